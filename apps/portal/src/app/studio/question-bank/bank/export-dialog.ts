import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import {
  QUESTION_EXPORT_FORMATS,
  QuestionExportFormat,
  QuestionExportRequest,
} from '@pathwise/contracts';
import { MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import {
  SkippedExport,
  saveResponse,
  skippedFromHeaders,
} from '../file-download';
import { EXPORT_FORMAT_KEYS } from '../labels';
import { QuestionBankApi } from '../question-bank-api';

export interface ExportDialogData {
  bankId: string;
  bankName: string;
  /** Either the selected questions … */
  questionIds?: string[];
  /** … or a category, with its subcategories unless unticked. */
  category?: { id: string; name: string };
}

const EXTENSIONS: Record<QuestionExportFormat, string> = {
  gift: 'gift.txt',
  moodle_xml: 'xml',
  csv: 'csv',
  xlsx: 'xlsx',
};

@Component({
  selector: 'app-export-dialog',
  imports: [
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 mat-dialog-title>{{ 'bank.export.title' | t }}</h2>
    <mat-dialog-content>
      <p>
        @if (data.questionIds) {
          {{ 'bank.export.selection' | t: { count: data.questionIds.length } }}
        } @else if (data.category) {
          {{ 'bank.export.category' | t: { name: data.category.name } }}
        }
      </p>
      <mat-form-field appearance="outline" class="full">
        <mat-label>{{ 'bank.export.format' | t }}</mat-label>
        <mat-select
          [value]="format()"
          (selectionChange)="format.set($event.value)"
          data-testid="export-format"
        >
          @for (f of formats; track f) {
            <mat-option [value]="f">{{ formatKeys[f] | t }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
      @if (data.category) {
        <mat-checkbox
          [checked]="includeSubcategories()"
          (change)="includeSubcategories.set($event.checked)"
        >
          {{ 'bank.filter.includeSub' | t }}
        </mat-checkbox>
      }
      @if (busy()) {
        <mat-progress-bar
          mode="indeterminate"
          [attr.aria-label]="'common.loading' | t"
        />
      }
      <div aria-live="polite">
        @if (done()) {
          <p data-testid="export-done">{{ 'bank.export.done' | t }}</p>
          @if (skipped(); as s) {
            @if (s.count > 0) {
              <div class="skipped" data-testid="export-skipped">
                <p>{{ 'bank.export.skipped' | t: { count: s.count } }}</p>
                <ul>
                  @for (item of s.details; track $index) {
                    <li>
                      <strong>{{ item.name }}</strong
                      >: {{ item.reason }}
                    </li>
                  }
                </ul>
              </div>
            }
          }
        }
      </div>
      @if (errorKey(); as key) {
        <p class="error" role="alert">{{ key | t }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close>
        {{ (done() ? 'common.close' : 'common.cancel') | t }}
      </button>
      <button
        mat-flat-button
        type="button"
        data-testid="confirm-export"
        [disabled]="busy()"
        (click)="download()"
      >
        {{ 'bank.export.download' | t }}
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
    .skipped {
      padding: 8px 12px;
      border-radius: 8px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
  `,
})
export class ExportDialog {
  private readonly api = inject(QuestionBankApi);
  private readonly document = inject(DOCUMENT);
  protected readonly data = inject<ExportDialogData>(MAT_DIALOG_DATA);
  protected readonly formats = QUESTION_EXPORT_FORMATS;
  protected readonly formatKeys = EXPORT_FORMAT_KEYS;

  protected readonly format = signal<QuestionExportFormat>('xlsx');
  protected readonly includeSubcategories = signal(true);
  protected readonly busy = signal(false);
  protected readonly done = signal(false);
  protected readonly skipped = signal<{
    count: number;
    details: SkippedExport[];
  } | null>(null);
  protected readonly errorKey = signal<MessageKey | null>(null);

  protected download(): void {
    const format = this.format();
    const request: QuestionExportRequest = this.data.questionIds
      ? { format, questionIds: this.data.questionIds }
      : {
          format,
          categoryId: this.data.category?.id,
          includeSubcategories: this.includeSubcategories(),
        };
    this.busy.set(true);
    this.done.set(false);
    this.errorKey.set(null);
    this.api.exportQuestions(this.data.bankId, request).subscribe({
      next: (response) => {
        this.busy.set(false);
        this.done.set(true);
        this.skipped.set(skippedFromHeaders(response));
        const base = this.data.category?.name ?? this.data.bankName;
        saveResponse(this.document, response, `${base}.${EXTENSIONS[format]}`);
      },
      error: (error: unknown) => {
        this.busy.set(false);
        this.errorKey.set(errorMessageKey(error));
      },
    });
  }
}
