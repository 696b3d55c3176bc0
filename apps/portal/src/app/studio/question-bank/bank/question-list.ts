import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  output,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import {
  MatPaginatorIntl,
  MatPaginatorModule,
  PageEvent,
} from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { QUESTION_TYPES, QuestionType } from '@pathwise/assessment';
import {
  BulkQuestionAction,
  BulkQuestionResult,
  CapabilityDimension,
  Difficulty,
  QUESTION_STATUSES,
  QuestionSearchQuery,
  QuestionSort,
  QuestionStatus,
  QuestionSummary,
} from '@pathwise/contracts';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  filter,
  of,
} from 'rxjs';
import { I18nService } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { loadOnChange } from '../../../shared/load-state';
import { LocalDatePipe } from '../../../shared/local-date.pipe';
import { TranslatedPaginatorIntl } from '../../../shared/translated-paginator-intl';
import { CategoryOption } from '../category-tree';
import {
  DIFFICULTIES,
  QUESTION_STATUS_KEYS,
  QUESTION_TYPE_KEYS,
  questionStatusKey,
  questionTypeKey,
} from '../labels';
import { QuestionBankApi } from '../question-bank-api';
import { BulkActionDialog, BulkActionDialogData } from './bulk-action-dialog';
import { ExportDialog, ExportDialogData } from './export-dialog';

const DEFAULT_STATUSES: QuestionStatus[] = ['draft', 'active'];

/** Toggles a value in a list, keeping the list in its canonical order. */
function toggled<T>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const set = new Set(list);
  if (set.has(value)) set.delete(value);
  else set.add(value);
  return order.filter((v) => set.has(v));
}

/** The bank's questions: search, filters with counts, a selectable table and bulk actions. */
@Component({
  selector: 'app-question-list',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatSlideToggleModule,
    MatTableModule,
    LocalDatePipe,
    TranslatePipe,
  ],
  providers: [{ provide: MatPaginatorIntl, useClass: TranslatedPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './question-list.html',
  styleUrl: './question-list.scss',
})
export class QuestionList {
  private readonly api = inject(QuestionBankApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  readonly bankId = input.required<string>();
  readonly bankName = input('');
  readonly categoryId = input<string | null>(null);
  readonly categories = input<CategoryOption[]>([]);
  readonly reload = input(0);
  /** Something changed counts in the tree (a bulk move, retire …). */
  readonly changed = output<void>();

  protected readonly types = QUESTION_TYPES;
  protected readonly typeKeys = QUESTION_TYPE_KEYS;
  protected readonly typeKey = questionTypeKey;
  protected readonly statuses = QUESTION_STATUSES;
  protected readonly statusKeys = QUESTION_STATUS_KEYS;
  protected readonly statusKey = questionStatusKey;
  protected readonly difficulties = DIFFICULTIES;
  protected readonly pageSizeOptions = [10, 25, 50, 100];
  protected readonly columns = [
    'select',
    'name',
    'type',
    'difficulty',
    'status',
    'tags',
    'version',
    'updated',
  ];
  protected readonly trackById = (_: number, row: QuestionSummary) => row.id;

  protected readonly dimensions = toSignal(
    this.api.dimensions().pipe(catchError(() => of<CapabilityDimension[]>([]))),
    { initialValue: [] as CapabilityDimension[] },
  );

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
  protected readonly includeSubcategories = signal(true);
  protected readonly typeFilter = signal<QuestionType[]>([]);
  protected readonly statusFilter = signal<QuestionStatus[]>(DEFAULT_STATUSES);
  protected readonly difficultyFilter = signal<Difficulty[]>([]);
  protected readonly dimension = signal('');
  protected readonly sort = signal<QuestionSort>('updated');
  protected readonly pageSize = signal(25);
  protected readonly pageIndex = linkedSignal({
    source: () => [
      this.bankId(),
      this.categoryId(),
      this.debouncedSearch(),
      this.debouncedTag(),
      this.includeSubcategories(),
      this.typeFilter(),
      this.statusFilter(),
      this.difficultyFilter(),
      this.dimension(),
      this.sort(),
      this.pageSize(),
    ],
    computation: () => 0,
  });
  /** Kept across pages and filters; a new bank starts with nothing selected. */
  protected readonly selected = linkedSignal({
    source: this.bankId,
    computation: () => new Set<string>(),
  });

  private readonly localTick = signal(0);
  private readonly request = computed(() => {
    const query: QuestionSearchQuery = {
      q: this.debouncedSearch().trim() || undefined,
      categoryId: this.categoryId() ?? undefined,
      includeSubcategories: this.categoryId()
        ? this.includeSubcategories()
        : undefined,
      tag: this.debouncedTag().trim() || undefined,
      dimension: this.dimension() || undefined,
      type: this.typeFilter(),
      status: this.statusFilter(),
      difficulty: this.difficultyFilter(),
      sort: this.sort(),
      page: this.pageIndex() + 1,
      pageSize: this.pageSize(),
    };
    return {
      bankId: this.bankId(),
      query,
      tick: this.reload(),
      local: this.localTick(),
    };
  });

  protected readonly state = loadOnChange(this.request, ({ bankId, query }) =>
    this.api.search(bankId, query),
  );
  protected readonly rows = computed(() => this.state().value?.items ?? []);
  protected readonly total = computed(() => this.state().value?.total ?? 0);
  protected readonly facets = computed(
    () => this.state().value?.facets ?? null,
  );
  protected readonly typeFacets = computed(() => {
    const facets = this.facets()?.type ?? {};
    return QUESTION_TYPES.filter((t) => (facets[t] ?? 0) > 0).map((type) => ({
      type,
      count: facets[type] ?? 0,
    }));
  });
  protected readonly difficultyFacets = computed(() => {
    const facets = this.facets()?.difficulty ?? {};
    return DIFFICULTIES.filter((d) => (facets[`${d}`] ?? 0) > 0).map(
      (difficulty) => ({
        difficulty: difficulty as Difficulty,
        count: facets[`${difficulty}`] ?? 0,
      }),
    );
  });
  protected readonly errorKey = computed(() => {
    const state = this.state();
    return state.status === 'error' ? errorMessageKey(state.error) : null;
  });
  protected readonly allOnPageSelected = computed(() => {
    const rows = this.rows();
    const selected = this.selected();
    return rows.length > 0 && rows.every((r) => selected.has(r.id));
  });
  protected readonly someOnPageSelected = computed(() => {
    const selected = this.selected();
    return (
      this.rows().some((r) => selected.has(r.id)) && !this.allOnPageSelected()
    );
  });
  protected readonly filtersActive = computed(
    () =>
      !!this.search() ||
      !!this.tag() ||
      !!this.dimension() ||
      this.typeFilter().length > 0 ||
      this.difficultyFilter().length > 0 ||
      this.statusFilter().join() !== DEFAULT_STATUSES.join(),
  );

  protected onText(target: 'search' | 'tag', event: Event): void {
    this[target].set((event.target as HTMLInputElement).value);
  }

  protected toggleType(type: QuestionType): void {
    this.typeFilter.update((list) => toggled(list, type, QUESTION_TYPES));
  }

  protected toggleDifficulty(difficulty: Difficulty): void {
    this.difficultyFilter.update((list) =>
      toggled(list, difficulty, DIFFICULTIES),
    );
  }

  protected clearFilters(): void {
    this.search.set('');
    this.tag.set('');
    this.dimension.set('');
    this.typeFilter.set([]);
    this.difficultyFilter.set([]);
    this.statusFilter.set(DEFAULT_STATUSES);
  }

  protected onPage(event: PageEvent): void {
    if (event.pageSize !== this.pageSize()) this.pageSize.set(event.pageSize);
    else this.pageIndex.set(event.pageIndex);
  }

  protected dimensionName(dimension: CapabilityDimension): string {
    return this.i18n.locale() === 'zh-CN' ? dimension.nameZh : dimension.nameEn;
  }

  protected isSelected(id: string): boolean {
    return this.selected().has(id);
  }

  protected toggleRow(id: string, checked: boolean): void {
    this.selected.update((set) => {
      const next = new Set(set);
      if (checked) next.add(id);
      else next.delete(id);
      return next;
    });
  }

  protected togglePage(checked: boolean): void {
    this.selected.update((set) => {
      const next = new Set(set);
      for (const row of this.rows()) {
        if (checked) next.add(row.id);
        else next.delete(row.id);
      }
      return next;
    });
  }

  protected clearSelection(): void {
    this.selected.set(new Set());
  }

  /** A click anywhere on the row opens the question, except on its own controls. */
  protected openRow(row: QuestionSummary, event: MouseEvent): void {
    const target = event.target as HTMLElement;
    if (target.closest('a, button, input, label, .mat-mdc-checkbox')) return;
    void this.router.navigate(['/studio/questions', row.id]);
  }

  protected bulk(action: BulkQuestionAction): void {
    const data: BulkActionDialogData = {
      bankId: this.bankId(),
      action,
      questionIds: [...this.selected()],
      categories: this.categories(),
    };
    this.dialog
      .open<BulkActionDialog, BulkActionDialogData, BulkQuestionResult>(
        BulkActionDialog,
        {
          data,
          width: '520px',
          maxWidth: '95vw',
        },
      )
      .afterClosed()
      .pipe(filter((result): result is BulkQuestionResult => !!result))
      .subscribe((result) => {
        this.snackBar.open(
          this.i18n.t('bank.bulk.done', { count: result.affected }),
          undefined,
          {
            duration: 4000,
          },
        );
        this.localTick.update((n) => n + 1);
        this.changed.emit();
      });
  }

  protected exportSelection(): void {
    this.dialog.open<ExportDialog, ExportDialogData>(ExportDialog, {
      data: {
        bankId: this.bankId(),
        bankName: this.bankName(),
        questionIds: [...this.selected()],
      },
      width: '520px',
      maxWidth: '95vw',
    });
  }
}
