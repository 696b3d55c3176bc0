import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatStepper, MatStepperModule } from '@angular/material/stepper';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import {
  QUESTION_IMPORT_FORMATS,
  QuestionBankSummary,
  QuestionCategoryNode,
  QuestionImportFormat,
  QuestionImportPreview,
  QuestionImportSummary,
} from '@pathwise/contracts';
import { catchError, of, switchMap } from 'rxjs';
import { MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { Icon } from '../../../shared/icon';
import { buildCategoryTree, categoryOptions } from '../category-tree';
import { saveResponse } from '../file-download';
import { acceptFor, guessImportFormat } from '../import-format';
import {
  IMPORT_FORMAT_KEYS,
  QUESTION_TYPE_KEYS,
  questionTypeKey,
} from '../labels';
import { QuestionBankApi } from '../question-bank-api';

type Busy = 'uploading' | 'committing' | null;

/**
 * Import in three steps: the file is parsed and checked on the server (nothing is written), the
 * trainer reviews what will be created and what was rejected, then commits.
 */
@Component({
  selector: 'app-question-import-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatRadioModule,
    MatSelectModule,
    MatStepperModule,
    MatTableModule,
    Icon,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-import-page.html',
  styleUrl: './question-import-page.scss',
})
export class QuestionImportPage {
  private readonly api = inject(QuestionBankApi);
  private readonly document = inject(DOCUMENT);
  private readonly router = inject(Router);

  readonly bankId = input.required<string>();

  protected readonly formats = QUESTION_IMPORT_FORMATS;
  protected readonly formatKeys = IMPORT_FORMAT_KEYS;
  protected readonly typeKeys = QUESTION_TYPE_KEYS;
  protected readonly typeKey = questionTypeKey;
  protected readonly acceptedColumns = [
    'line',
    'name',
    'type',
    'category',
    'tags',
    'difficulty',
  ];
  protected readonly top = '';

  private readonly stepper = viewChild.required(MatStepper);

  protected readonly bank = toSignal(
    toObservable(this.bankId).pipe(
      switchMap((id) =>
        this.api.banks().pipe(
          catchError(() => of<QuestionBankSummary[]>([])),
          switchMap((banks) => of(banks.find((b) => b.id === id) ?? null)),
        ),
      ),
    ),
    { initialValue: null },
  );
  private readonly flat = toSignal(
    toObservable(this.bankId).pipe(
      switchMap((id) =>
        this.api
          .categories(id)
          .pipe(catchError(() => of<QuestionCategoryNode[]>([]))),
      ),
    ),
    { initialValue: [] as QuestionCategoryNode[] },
  );
  protected readonly categories = computed(() =>
    categoryOptions(buildCategoryTree(this.flat())),
  );

  protected readonly format = signal<QuestionImportFormat>('gift');
  protected readonly file = signal<File | null>(null);
  protected readonly guessed = signal(false);
  protected readonly busy = signal<Busy>(null);
  protected readonly errorKey = signal<MessageKey | null>(null);
  protected readonly preview = signal<QuestionImportPreview | null>(null);
  protected readonly summary = signal<QuestionImportSummary | null>(null);
  protected readonly parentCategoryId = signal('');
  protected readonly status = signal<'draft' | 'active'>('draft');

  protected readonly accept = computed(() => acceptFor(this.format()));
  protected readonly parentName = computed(
    () =>
      this.categories().find((c) => c.id === this.parentCategoryId())
        ?.pathText ?? null,
  );

  protected onFile(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0] ?? null;
    this.file.set(file);
    this.errorKey.set(null);
    this.preview.set(null);
    if (!file) return;
    const guess = guessImportFormat(file.name);
    this.guessed.set(!!guess);
    if (guess) this.format.set(guess);
  }

  protected upload(): void {
    const file = this.file();
    if (!file || this.busy()) return;
    if (file.size === 0) {
      this.errorKey.set('questionImport.emptyFile');
      return;
    }
    this.busy.set('uploading');
    this.errorKey.set(null);
    this.api.startImport(this.bankId(), this.format(), file).subscribe({
      next: (preview) => {
        this.busy.set(null);
        this.preview.set(preview);
        this.advance();
      },
      error: (error: unknown) => this.failed(error),
    });
  }

  protected commit(): void {
    const preview = this.preview();
    if (!preview || preview.accepted.length === 0 || this.busy()) return;
    this.busy.set('committing');
    this.errorKey.set(null);
    this.api
      .commitImport(this.bankId(), preview.id, {
        parentCategoryId: this.parentCategoryId() || null,
        status: this.status(),
      })
      .subscribe({
        next: (summary) => {
          this.busy.set(null);
          this.summary.set(summary);
          this.advance();
        },
        error: (error: unknown) => this.failed(error),
      });
  }

  protected openInBank(): void {
    const category = this.parentCategoryId();
    void this.router.navigate(['/studio/question-banks', this.bankId()], {
      queryParams: category ? { category } : {},
    });
  }

  protected startOver(): void {
    this.file.set(null);
    this.preview.set(null);
    this.summary.set(null);
    this.errorKey.set(null);
    this.stepper().reset();
  }

  protected downloadTemplate(format: 'csv' | 'xlsx'): void {
    this.api.importTemplate(format).subscribe({
      next: (response) =>
        saveResponse(
          this.document,
          response,
          `pathwise-questions-template.${format}`,
        ),
      error: (error: unknown) => this.errorKey.set(errorMessageKey(error)),
    });
  }

  protected where(issue: { line?: number; element?: number }): string {
    return issue.line !== undefined
      ? `${issue.line}`
      : issue.element !== undefined
        ? `#${issue.element}`
        : '–';
  }

  /** The step's `completed` flag is bound in the template: move on once it has rendered. */
  private advance(): void {
    setTimeout(() => this.stepper().next());
  }

  private failed(error: unknown): void {
    this.busy.set(null);
    this.errorKey.set(errorMessageKey(error));
  }
}
