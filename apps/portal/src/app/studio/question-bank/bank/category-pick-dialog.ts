import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { MessageKey, MessageParams } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { CategoryOption } from '../category-tree';

export interface CategoryPickDialogData {
  title: MessageKey;
  message: MessageKey;
  params?: MessageParams;
  confirm: MessageKey;
  options: CategoryOption[];
  /** Offer "top level" (moving a category) as a choice. */
  allowTopLevel?: boolean;
  initial?: string | null;
  destructive?: boolean;
}

/** The picked category id, or null for the top level; undefined when cancelled. */
export interface CategoryPick {
  categoryId: string | null;
}

const TOP = '__top__';

@Component({
  selector: 'app-category-pick-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ data.title | t: data.params }}</h2>
    <mat-dialog-content>
      <p>{{ data.message | t: data.params }}</p>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'bank.category.target' | t }}</mat-label>
        <mat-select
          [value]="choice()"
          (selectionChange)="choice.set($event.value)"
          data-testid="category-target"
        >
          @if (data.allowTopLevel) {
            <mat-option [value]="top">{{
              'bank.category.topLevel' | t
            }}</mat-option>
          }
          @for (option of data.options; track option.id) {
            <mat-option [value]="option.id">
              <span [style.padding-inline-start.px]="(option.level - 1) * 16">{{
                option.name
              }}</span>
            </mat-option>
          }
        </mat-select>
      </mat-form-field>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>
        {{ 'common.cancel' | t }}
      </button>
      <button
        mat-flat-button
        type="button"
        data-testid="confirm-button"
        [class.destructive]="data.destructive"
        [disabled]="choice() === ''"
        [mat-dialog-close]="result()"
      >
        {{ data.confirm | t: data.params }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .full {
      width: 100%;
    }
  `,
})
export class CategoryPickDialog {
  protected readonly data = inject<CategoryPickDialogData>(MAT_DIALOG_DATA);
  protected readonly top = TOP;
  protected readonly choice = signal<string>(
    this.data.initial === null && this.data.allowTopLevel
      ? TOP
      : (this.data.initial ?? ''),
  );

  protected result(): CategoryPick {
    const choice = this.choice();
    return { categoryId: choice === TOP ? null : choice };
  }
}
