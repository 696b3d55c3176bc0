import { COMMA, ENTER, SEMICOLON } from '@angular/cdk/keycodes';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  BulkQuestionAction,
  BulkQuestionRequest,
  BulkQuestionResult,
  Difficulty,
} from '@pathwise/contracts';
import { MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { CategoryOption } from '../category-tree';
import { BULK_ACTION_KEYS, DIFFICULTIES } from '../labels';
import { QuestionBankApi } from '../question-bank-api';
import {
  normaliseTags,
  splitTagInput,
} from '../question-editor/question-draft';

export interface BulkActionDialogData {
  bankId: string;
  action: BulkQuestionAction;
  questionIds: string[];
  categories: CategoryOption[];
}

/** Asks for what the action needs (a category, tags, a difficulty), confirms, then applies it. */
@Component({
  selector: 'app-bulk-action-dialog',
  imports: [
    MatButtonModule,
    MatChipsModule,
    MatDialogModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ actionKey | t }}</h2>
    <mat-dialog-content>
      <p>{{ 'bank.bulk.confirm' | t: { count: data.questionIds.length } }}</p>
      @switch (data.action) {
        @case ('move') {
          <mat-form-field appearance="outline" class="full">
            <mat-label>{{ 'bank.category.target' | t }}</mat-label>
            <mat-select
              [value]="categoryId()"
              (selectionChange)="categoryId.set($event.value)"
              data-testid="bulk-category"
            >
              @for (option of data.categories; track option.id) {
                <mat-option [value]="option.id">
                  <span
                    [style.padding-inline-start.px]="(option.level - 1) * 16"
                    >{{ option.name }}</span
                  >
                </mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        @case ('set_difficulty') {
          <mat-form-field appearance="outline" class="full">
            <mat-label>{{ 'editor.meta.difficulty' | t }}</mat-label>
            <mat-select
              [value]="difficulty()"
              (selectionChange)="difficulty.set($event.value)"
              data-testid="bulk-difficulty"
            >
              <mat-option [value]="null">{{
                'editor.meta.notSet' | t
              }}</mat-option>
              @for (d of difficulties; track d) {
                <mat-option [value]="d">{{
                  'bank.difficulty.level' | t: { n: d }
                }}</mat-option>
              }
            </mat-select>
          </mat-form-field>
        }
        @case ('retire') {
          <p>{{ 'bank.bulk.retireExplain' | t }}</p>
        }
        @case ('activate') {
          <p>{{ 'bank.bulk.activateExplain' | t }}</p>
        }
        @default {
          <mat-form-field appearance="outline" class="full">
            <mat-label>{{ 'editor.meta.tags' | t }}</mat-label>
            <mat-chip-grid #grid [attr.aria-label]="'editor.meta.tags' | t">
              @for (tag of tags(); track tag) {
                <mat-chip-row (removed)="tags.set(tagsWithout(tag))">
                  {{ tag }}
                  <button
                    matChipRemove
                    type="button"
                    [attr.aria-label]="'editor.meta.removeTag' | t: { tag }"
                  >
                    <span aria-hidden="true">✕</span>
                  </button>
                </mat-chip-row>
              }
            </mat-chip-grid>
            <!-- Outside the grid: a textbox is not a valid child of role=grid (axe aria-required-children). -->
            <input
              data-testid="bulk-tags"
              [matChipInputFor]="grid"
              [matChipInputSeparatorKeyCodes]="separators"
              [matChipInputAddOnBlur]="true"
              (matChipInputTokenEnd)="addTags($event)"
            />
            <mat-hint>{{ 'editor.meta.tagsHint' | t }}</mat-hint>
          </mat-form-field>
        }
      }
      @if (busy()) {
        <mat-progress-bar
          mode="indeterminate"
          [attr.aria-label]="'common.loading' | t"
        />
      }
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
        type="button"
        data-testid="confirm-bulk"
        [disabled]="!ready() || busy()"
        (click)="apply()"
      >
        {{ 'bank.bulk.apply' | t: { count: data.questionIds.length } }}
      </button>
    </mat-dialog-actions>
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
export class BulkActionDialog {
  private readonly api = inject(QuestionBankApi);
  private readonly dialogRef =
    inject<MatDialogRef<BulkActionDialog, BulkQuestionResult>>(MatDialogRef);
  protected readonly data = inject<BulkActionDialogData>(MAT_DIALOG_DATA);
  protected readonly actionKey = BULK_ACTION_KEYS[this.data.action];
  protected readonly difficulties = DIFFICULTIES;
  protected readonly separators = [ENTER, COMMA, SEMICOLON];

  protected readonly categoryId = signal('');
  protected readonly difficulty = signal<Difficulty | null>(null);
  protected readonly tags = signal<string[]>([]);
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<MessageKey | null>(null);

  protected readonly ready = computed(() => {
    switch (this.data.action) {
      case 'move':
        return !!this.categoryId();
      case 'tag':
      case 'untag':
        return this.tags().length > 0;
      case 'set_difficulty':
      case 'retire':
      case 'activate':
        return true;
    }
  });

  protected tagsWithout(tag: string): string[] {
    return this.tags().filter((t) => t !== tag);
  }

  protected addTags(event: MatChipInputEvent): void {
    this.tags.set(
      normaliseTags([...this.tags(), ...splitTagInput(event.value)]),
    );
    event.chipInput.clear();
  }

  protected apply(): void {
    const request: BulkQuestionRequest = {
      action: this.data.action,
      questionIds: this.data.questionIds,
    };
    if (this.data.action === 'move') request.categoryId = this.categoryId();
    if (this.data.action === 'tag' || this.data.action === 'untag')
      request.tags = this.tags();
    if (this.data.action === 'set_difficulty')
      request.difficulty = this.difficulty();
    this.busy.set(true);
    this.errorKey.set(null);
    this.api.bulk(this.data.bankId, request).subscribe({
      next: (result) => this.dialogRef.close(result),
      error: (error: unknown) => {
        this.busy.set(false);
        this.errorKey.set(errorMessageKey(error));
      },
    });
  }
}
