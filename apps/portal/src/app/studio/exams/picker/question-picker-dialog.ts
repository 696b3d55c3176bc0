import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  MatPaginatorIntl,
  MatPaginatorModule,
  PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Answer, QUESTION_TYPES, QuestionType } from '@pathwise/assessment';
import {
  Difficulty,
  QuestionBankSummary,
  QuestionCategoryNode,
  QuestionPreview,
  QuestionSearchQuery,
  QuestionSearchResult,
  QuestionSummary,
} from '@pathwise/contracts';
import { catchError, debounceTime, distinctUntilChanged, of } from 'rxjs';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { loadOnChange } from '../../../shared/load-state';
import { QuestionView } from '../../../shared/question-view/question-view';
import { TranslatedPaginatorIntl } from '../../../shared/translated-paginator-intl';
import {
  buildCategoryTree,
  categoryOptions,
} from '../../question-bank/category-tree';
import { DIFFICULTIES, QUESTION_TYPE_KEYS } from '../../question-bank/labels';
import { QuestionBankApi } from '../../question-bank/question-bank-api';

const NO_RESULTS: QuestionSearchResult = {
  items: [],
  total: 0,
  page: 1,
  pageSize: 10,
  facets: { type: {}, difficulty: {}, status: {} },
};

export interface QuestionPickerData {
  /** 1-based, for the title. */
  sectionNumber: number;
  bankId: string | null;
  /** Questions the exam already holds: shown, but not offered again. */
  excludeIds: string[];
}

export interface QuestionPick {
  questions: QuestionSummary[];
  /** Null: each question keeps its own default points. */
  points: number | null;
}

/** Find active questions in a bank, look at them as an agent will, and add the chosen ones. */
@Component({
  selector: 'app-question-picker-dialog',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatDialogModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    QuestionView,
    TranslatePipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-picker-dialog.html',
  styleUrl: './question-picker-dialog.scss',
})
export class QuestionPickerDialog {
  private readonly api = inject(QuestionBankApi);
  private readonly dialogRef =
    inject<MatDialogRef<QuestionPickerDialog, QuestionPick>>(MatDialogRef);
  protected readonly data = inject<QuestionPickerData>(MAT_DIALOG_DATA);

  protected readonly types = QUESTION_TYPES;
  protected readonly typeKeys = QUESTION_TYPE_KEYS;
  protected readonly difficulties = DIFFICULTIES;
  private readonly excluded = new Set(this.data.excludeIds);

  protected readonly banks = toSignal(
    this.api.banks().pipe(catchError(() => of<QuestionBankSummary[]>([]))),
    { initialValue: [] as QuestionBankSummary[] },
  );
  protected readonly bankId = signal(this.data.bankId ?? '');

  protected readonly search = signal('');
  private readonly debouncedSearch = toSignal(
    toObservable(this.search).pipe(debounceTime(300), distinctUntilChanged()),
    { initialValue: '' },
  );
  protected readonly tag = signal('');
  private readonly debouncedTag = toSignal(
    toObservable(this.tag).pipe(debounceTime(300), distinctUntilChanged()),
    { initialValue: '' },
  );
  protected readonly categoryId = linkedSignal<string, string | null>({
    source: this.bankId,
    computation: () => null,
  });
  protected readonly typeFilter = signal<QuestionType[]>([]);
  protected readonly difficultyFilter = signal<Difficulty[]>([]);
  protected readonly pageSize = 10;
  protected readonly pageIndex = linkedSignal({
    source: () => [
      this.bankId(),
      this.categoryId(),
      this.debouncedSearch(),
      this.debouncedTag(),
      this.typeFilter(),
      this.difficultyFilter(),
    ],
    computation: () => 0,
  });

  private readonly categoriesState = loadOnChange(this.bankId, (bankId) =>
    bankId ? this.api.categories(bankId) : of<QuestionCategoryNode[]>([]),
  );
  protected readonly categories = computed(() =>
    categoryOptions(buildCategoryTree(this.categoriesState().value ?? [])),
  );

  private readonly request = computed(() => {
    const query: QuestionSearchQuery = {
      q: this.debouncedSearch().trim() || undefined,
      categoryId: this.categoryId() ?? undefined,
      includeSubcategories: this.categoryId() ? true : undefined,
      tag: this.debouncedTag().trim() || undefined,
      type: this.typeFilter(),
      difficulty: this.difficultyFilter(),
      // Drafts are not ready for agents and retired ones are on their way out.
      status: ['active'],
      sort: 'name',
      page: this.pageIndex() + 1,
      pageSize: this.pageSize,
    };
    return { bankId: this.bankId(), query };
  });
  protected readonly state = loadOnChange(this.request, ({ bankId, query }) =>
    bankId ? this.api.search(bankId, query) : of(NO_RESULTS),
  );
  protected readonly rows = computed(() => this.state().value?.items ?? []);
  protected readonly total = computed(() => this.state().value?.total ?? 0);
  protected readonly errorKey = computed(() => {
    const state = this.state();
    return state.status === 'error' ? errorMessageKey(state.error) : null;
  });

  protected readonly selected = signal<ReadonlyMap<string, QuestionSummary>>(
    new Map(),
  );
  protected readonly points = signal<number | null>(null);

  protected readonly previewed = signal<QuestionSummary | null>(null);
  private readonly previewId = computed(() => this.previewed()?.id ?? null);
  protected readonly previewState = loadOnChange(this.previewId, (id) =>
    id ? this.api.preview(id) : of<QuestionPreview | null>(null),
  );
  protected readonly previewAnswer = signal<Answer | null>(null);

  constructor() {
    // Without a bank to start in, open the first one.
    effect(() => {
      const first = this.banks()[0];
      if (!this.bankId() && first) this.bankId.set(first.id);
    });
  }

  protected onText(target: 'search' | 'tag', event: Event): void {
    this[target].set((event.target as HTMLInputElement).value);
  }

  protected onPage(event: PageEvent): void {
    this.pageIndex.set(event.pageIndex);
  }

  protected isInExam(question: QuestionSummary): boolean {
    return this.excluded.has(question.id);
  }

  protected isSelected(question: QuestionSummary): boolean {
    return this.selected().has(question.id);
  }

  protected toggle(question: QuestionSummary, checked: boolean): void {
    this.selected.update((chosen) => {
      const next = new Map(chosen);
      if (checked) next.set(question.id, question);
      else next.delete(question.id);
      return next;
    });
  }

  protected preview(question: QuestionSummary): void {
    this.previewAnswer.set(null);
    this.previewed.set(this.previewed()?.id === question.id ? null : question);
  }

  protected add(): void {
    const questions = [...this.selected().values()];
    if (questions.length === 0) return;
    this.dialogRef.close({ questions, points: this.points() });
  }
}
