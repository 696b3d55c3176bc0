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
import { MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ErrorCode, QuestionBankSummary } from '@pathwise/contracts';
import { MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { apiErrorCode, errorMessageKey } from '../../../shared/api-error';
import { QuestionBankApi } from '../question-bank-api';

@Component({
  selector: 'app-bank-dialog',
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
    <h2 mat-dialog-title>{{ 'bank.create.title' | t }}</h2>
    <form [formGroup]="form" (ngSubmit)="save()" novalidate>
      <mat-dialog-content>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'bank.create.name' | t }}</mat-label>
          <input
            matInput
            formControlName="name"
            required
            maxlength="120"
            data-testid="bank-name"
          />
          @if (form.controls.name.hasError('required')) {
            <mat-error>{{ 'validation.required' | t }}</mat-error>
          } @else if (form.controls.name.hasError('taken')) {
            <mat-error>{{ 'error.BANK_NAME_TAKEN' | t }}</mat-error>
          }
        </mat-form-field>
        <mat-form-field appearance="outline" class="full">
          <mat-label>{{ 'bank.create.description' | t }}</mat-label>
          <textarea
            matInput
            formControlName="description"
            rows="3"
            maxlength="1000"
          ></textarea>
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
          data-testid="save-bank"
        >
          {{ 'bank.create.submit' | t }}
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
export class BankDialog {
  private readonly api = inject(QuestionBankApi);
  private readonly dialogRef =
    inject<MatDialogRef<BankDialog, QuestionBankSummary>>(MatDialogRef);
  protected readonly form = inject(NonNullableFormBuilder).group({
    name: ['', [Validators.required, Validators.maxLength(120)]],
    description: [''],
  });
  protected readonly saving = signal(false);
  protected readonly errorKey = signal<MessageKey | null>(null);

  protected save(): void {
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      return;
    }
    const { name, description } = this.form.getRawValue();
    this.saving.set(true);
    this.errorKey.set(null);
    this.api
      .createBank({
        name: name.trim(),
        description: description.trim() || null,
      })
      .subscribe({
        next: (bank) => this.dialogRef.close(bank),
        error: (error: unknown) => {
          this.saving.set(false);
          if (apiErrorCode(error) === ErrorCode.BankNameTaken) {
            this.form.controls.name.setErrors({ taken: true });
            this.form.controls.name.markAsTouched();
          } else {
            this.errorKey.set(errorMessageKey(error));
          }
        },
      });
  }
}
