import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSnackBar } from '@angular/material/snack-bar';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { MIN_ATTEMPTS_FOR_FLAGS } from '@pathwise/assessment';
import { RegradeProgress } from '@pathwise/contracts';
import { filter, first, map, switchMap, take, timer } from 'rxjs';
import { I18nService, MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { confirm } from '../../../shared/confirm-dialog';
import { loadOnChange } from '../../../shared/load-state';
import { LocalDatePipe } from '../../../shared/local-date.pipe';
import { questionTypeKey } from '../../question-bank/labels';
import { ExamInsightsApi } from '../exam-insights-api';
import {
  ITEM_FLAGS,
  ITEM_FLAG_HINT_KEYS,
  ITEM_FLAG_KEYS,
  itemFlagHintKey,
  itemFlagKey,
} from '../labels';
import { shareAsPercent } from '../percent';
import {
  ItemRow,
  ItemSortColumn,
  SortDirection,
  itemRows,
  sortItemRows,
} from './item-rows';
import { OptionBars } from './option-bars';
import { RegradeProgressView } from './regrade-progress';
import { ReliabilityBand, reliabilityBand } from './reliability';

const RECOMPUTE_POLL_MS = 1000;
/** The job usually takes a second; after this the page stops waiting and says so. */
const RECOMPUTE_MAX_POLLS = 60;

const BAND_KEYS: Record<ReliabilityBand, MessageKey> = {
  good: 'insights.reliability.good',
  acceptable: 'insights.reliability.acceptable',
  questionable: 'insights.reliability.questionable',
  poor: 'insights.reliability.poor',
  unknown: 'insights.reliability.unknown',
};

interface RegradeEntry {
  questionName: string;
  run: RegradeProgress;
}

/** Which questions work: facility, discrimination and flags per question, and regrades after a fix. */
@Component({
  selector: 'app-item-statistics-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    LocalDatePipe,
    OptionBars,
    RegradeProgressView,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './item-statistics-page.html',
  styleUrl: './item-statistics-page.scss',
})
export class ItemStatisticsPage {
  private readonly api = inject(ExamInsightsApi);
  private readonly dialog = inject(MatDialog);
  private readonly snackBar = inject(MatSnackBar);
  private readonly i18n = inject(I18nService);
  private readonly destroyRef = inject(DestroyRef);

  /** Route parameter. */
  readonly examId = input.required<string>();

  protected readonly typeKey = questionTypeKey;
  protected readonly flagKey = itemFlagKey;
  protected readonly flagHintKey = itemFlagHintKey;
  protected readonly flagKeys = ITEM_FLAG_KEYS;
  protected readonly flagHintKeys = ITEM_FLAG_HINT_KEYS;
  protected readonly flags = ITEM_FLAGS;
  protected readonly minAttemptsForFlags = MIN_ATTEMPTS_FOR_FLAGS;
  protected readonly columns = [
    'name',
    'type',
    'attempts',
    'facility',
    'discrimination',
    'flags',
    'actions',
  ];
  protected readonly asPercent = shareAsPercent;
  protected readonly trackById = (_: number, row: ItemRow) => row.questionId;

  protected readonly examState = loadOnChange(this.examId, (id) =>
    this.api.exam(id),
  );
  private readonly tick = signal(0);
  private readonly statsRequest = computed(() => ({
    examId: this.examId(),
    tick: this.tick(),
  }));
  protected readonly statsState = loadOnChange(
    this.statsRequest,
    ({ examId }) => this.api.statistics(examId),
  );
  protected readonly stats = computed(() => this.statsState().value ?? null);
  protected readonly reliability = computed(
    () => this.stats()?.reliability ?? null,
  );
  protected readonly reliabilityText = computed(() => {
    const alpha = this.reliability();
    return alpha === null ? '–' : alpha.toFixed(2);
  });
  protected readonly bandKey = computed(
    () => BAND_KEYS[reliabilityBand(this.reliability())],
  );

  protected readonly sort = signal<{
    active: ItemSortColumn | '';
    direction: SortDirection;
  }>({ active: '', direction: '' });
  protected readonly rows = computed(() => {
    const stats = this.stats();
    const { active, direction } = this.sort();
    return stats ? sortItemRows(itemRows(stats), active, direction) : [];
  });
  protected readonly expanded = signal<ReadonlySet<string>>(new Set());

  protected readonly recomputing = signal(false);
  protected readonly recomputeMessage = signal<MessageKey | null>(null);
  protected readonly regrades = signal<RegradeEntry[]>([]);

  protected readonly errorKey = computed<MessageKey | null>(() => {
    for (const state of [this.examState(), this.statsState()]) {
      if (state.status === 'error') return errorMessageKey(state.error);
    }
    return null;
  });

  protected onSort(sort: Sort): void {
    this.sort.set({
      active: sort.active as ItemSortColumn,
      direction: sort.direction,
    });
  }

  protected isExpanded(row: ItemRow): boolean {
    return this.expanded().has(row.questionId);
  }

  protected toggle(row: ItemRow): void {
    this.expanded.update((set) => {
      const next = new Set(set);
      if (next.has(row.questionId)) next.delete(row.questionId);
      else next.add(row.questionId);
      return next;
    });
  }

  /** Queues the job, then waits for a newer `computedAt` and shows the new figures. */
  protected recompute(): void {
    const examId = this.examId();
    const before = this.stats()?.computedAt ?? null;
    this.recomputing.set(true);
    this.recomputeMessage.set(null);
    this.api
      .refreshStatistics(examId)
      .pipe(
        switchMap(() =>
          timer(RECOMPUTE_POLL_MS, RECOMPUTE_POLL_MS).pipe(
            take(RECOMPUTE_MAX_POLLS),
            switchMap(() => this.api.statistics(examId)),
            map((view) => view.computedAt !== before),
            filter(Boolean),
            first(null, false),
          ),
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (updated) => {
          this.recomputing.set(false);
          this.recomputeMessage.set(
            updated
              ? 'insights.stats.recomputed'
              : 'insights.stats.stillRunning',
          );
          this.tick.update((n) => n + 1);
        },
        error: (error: unknown) => {
          this.recomputing.set(false);
          this.recomputeMessage.set(errorMessageKey(error));
        },
      });
  }

  protected regrade(row: ItemRow): void {
    confirm(this.dialog, {
      title: 'insights.regrade.confirmTitle',
      message: 'insights.regrade.confirmMessage',
      params: { name: row.name },
      confirm: 'insights.regrade.confirm',
    })
      .pipe(
        filter(Boolean),
        switchMap(() => this.api.startRegrade(row.questionId)),
      )
      .subscribe({
        next: (run) =>
          this.regrades.update((list) => [
            { questionName: row.name, run },
            ...list.filter((entry) => entry.run.questionId !== run.questionId),
          ]),
        error: (error: unknown) =>
          this.snackBar.open(
            this.i18n.t(errorMessageKey(error)),
            this.i18n.t('common.dismiss'),
            { duration: 6000 },
          ),
      });
  }

  protected regradeFinished(run: RegradeProgress): void {
    if (run.status === 'done' && run.changed > 0)
      this.recomputeMessage.set('insights.regrade.recomputeHint');
  }
}
