import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatTableModule } from '@angular/material/table';
import { RouterLink } from '@angular/router';
import { USER_IMPORT_COLUMNS, UserImportReport } from '@pathwise/contracts';
import { TranslatePipe } from '../../i18n/t.pipe';
import { I18nService, MessageKey } from '../../i18n/i18n.service';
import { apiErrorBody, errorMessageKey } from '../../shared/api-error';
import { csvField, downloadText } from '../../shared/download';
import { UsersApi } from '../../users/users-api';
import { importColumnText, importErrorText } from './import-error-text';

/** What the API adds to its 422 body when a commit is refused. */
interface ImportRejectedBody {
  report?: UserImportReport;
}

/**
 * CSV import in two steps: a dry run that lists every bad row, then a commit that the API applies
 * all-or-nothing. Temporary passwords of created users are shown once.
 */
@Component({
  selector: 'app-user-import-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatProgressBarModule,
    MatTableModule,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './user-import-page.html',
  styleUrl: './user-import-page.scss',
})
export class UserImportPage {
  private readonly api = inject(UsersApi);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18nService);

  protected readonly columnsHint = USER_IMPORT_COLUMNS.join(', ');
  protected readonly errorColumns = ['line', 'column', 'message'];
  protected readonly createdColumns = ['line', 'email', 'temporaryPassword'];

  protected readonly fileName = signal<string | null>(null);
  private readonly csv = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly errorKey = signal<MessageKey | null>(null);
  /** The latest dry run, or the refused commit's report. */
  protected readonly preview = signal<UserImportReport | null>(null);
  /** Set once the import is committed. */
  protected readonly result = signal<UserImportReport | null>(null);
  protected readonly refused = signal(false);

  /** The preview's errors as the table shows them, in the current language. */
  protected readonly errorRows = computed(() =>
    (this.preview()?.errors ?? []).map((error) => ({
      line: error.line,
      column: importColumnText(this.i18n, error.column),
      message: importErrorText(this.i18n, error),
    })),
  );

  protected readonly canCommit = computed(() => {
    const report = this.preview();
    return (
      !!report &&
      !this.refused() &&
      report.errors.length === 0 &&
      report.validRows > 0 &&
      !this.result()
    );
  });

  protected onFileSelected(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    this.reset();
    if (file) void this.read(file);
  }

  private async read(file: File): Promise<void> {
    this.fileName.set(file.name);
    const text = await file.text();
    if (!text.trim()) {
      this.errorKey.set('import.emptyFile');
      return;
    }
    this.csv.set(text);
    this.runPreview();
  }

  protected runPreview(): void {
    const csv = this.csv();
    if (!csv) return;
    this.busy.set(true);
    this.errorKey.set(null);
    this.refused.set(false);
    this.api.importCsv(csv, true).subscribe({
      next: (report) => {
        this.busy.set(false);
        this.preview.set(report);
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected commit(): void {
    const csv = this.csv();
    if (!csv || !this.canCommit()) return;
    this.busy.set(true);
    this.errorKey.set(null);
    this.api.importCsv(csv, false).subscribe({
      next: (report) => {
        this.busy.set(false);
        if (report.committed) {
          this.result.set(report);
        } else {
          this.refused.set(true);
          this.preview.set(report);
        }
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected downloadTemplate(): void {
    this.api.importTemplate().subscribe({
      next: (text) =>
        downloadText(this.document, 'pathwise-users-template.csv', text),
      error: (error: unknown) => this.errorKey.set(errorMessageKey(error)),
    });
  }

  protected downloadCredentials(report: UserImportReport): void {
    const lines = [
      ['line', 'email', 'temporary_password'].join(','),
      ...report.created.map((row) =>
        [row.line, row.email, row.temporaryPassword].map(csvField).join(','),
      ),
    ];
    downloadText(
      this.document,
      'pathwise-imported-users.csv',
      lines.join('\r\n') + '\r\n',
    );
  }

  protected startOver(input: HTMLInputElement): void {
    input.value = '';
    this.reset();
    input.focus();
  }

  private reset(): void {
    this.fileName.set(null);
    this.csv.set(null);
    this.preview.set(null);
    this.result.set(null);
    this.refused.set(false);
    this.errorKey.set(null);
  }

  private failed(error: unknown): void {
    this.busy.set(false);
    const report = (apiErrorBody(error) as ImportRejectedBody | null)?.report;
    if (report) {
      // The commit was refused (422 IMPORT_REJECTED): show why, row by row; nothing was written.
      this.refused.set(true);
      this.preview.set(report);
    }
    this.errorKey.set(errorMessageKey(error));
  }
}
