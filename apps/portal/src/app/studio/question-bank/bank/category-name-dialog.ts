import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import {
  NonNullableFormBuilder,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ErrorCode, QuestionCategoryNode } from '@pathwise/contracts';
import { MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { apiErrorCode, errorMessageKey } from '../../../shared/api-error';
import { QuestionBankApi } from '../question-bank-api';

export interface CategoryNameDialogData {
  bankId: string;
  /** Renaming this category … */
  category?: QuestionCategoryNode;
  /** … or adding one below this parent (absent: at the top level). */
  parent?: QuestionCategoryNode | null;
}

@Component({
  selector: 'app-category-name-dialog',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>
      @if (data.category) {
        {{ 'bank.category.renameTitle' | t: { name: data.category.name } }}
      } @else if (data.parent) {
        {{ 'bank.category.addSubTitle' | t: { parent: data.parent.name } }}
      } @else {
        {{ 'bank.category.addTitle' | t }}
      }
    </h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'bank.category.name' | t }}</mat-label>
          <input
            matInput
            formControlName="name"
            required
            maxlength="120"
            data-testid="category-name"
          />
          @if (form.controls.name.hasError('required')) {
            <mat-error>{{ 'validation.required' | t }}</mat-error>
          } @else if (form.controls.name.hasError('taken')) {
            <mat-error>{{ 'error.CATEGORY_NAME_TAKEN' | t }}</mat-error>
          }
        </mat-form-field>
        @if (errorKey(); as key) {
          <p class="error" role="alert">{{ key | t }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>
          {{ 'common.cancel' | t }}
        </button>
        <button
          mat-flat-button
          type="submit"
          [disabled]="saving()"
          data-testid="save-category"
        >
          {{ 'common.save' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .full {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
})
export class CategoryNameDialog {
  private readonly api = inject(QuestionBankApi);
  private readonly dialogRef =
    inject<MatDialogRef<CategoryNameDialog, QuestionCategoryNode>>(
      MatDialogRef,
    );
  protected readonly data = inject<CategoryNameDialogData>(MAT_DIALOG_DATA);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: [
      this.data.category?.name ?? '',
      [Validators.required, Validators.maxLength(120)],
    ],
  });
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<MessageKey | null>(null);

  protected save(): void {
    const name = this.form.controls.name.value.trim();
    if (!name) {
      this.form.controls.name.setErrors({ required: true });
      this.form.markAllAsTouched();
      return;
    }
    const { bankId, category, parent } = this.data;
    const request$ = category
      ? this.api.updateCategory(bankId, category.id, { name })
      : this.api.createCategory(bankId, { name, parentId: parent?.id ?? null });
    this.saving.set(true);
    this.errorKey.set(null);
    request$.subscribe({
      next: (saved) => this.dialogRef.close(saved),
      error: (error: unknown) => {
        this.saving.set(false);
        if (apiErrorCode(error) === ErrorCode.CategoryNameTaken) {
          this.form.controls.name.setErrors({ taken: true });
          this.form.controls.name.markAsTouched();
        } else {
          this.errorKey.set(errorMessageKey(error));
        }
      },
    });
  }
}
