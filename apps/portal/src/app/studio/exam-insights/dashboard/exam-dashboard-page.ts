import { DOCUMENT } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { catchError, exhaustMap, map, of, scan, switchMap } from 'rxjs';
import { I18nService, MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { HistogramChart } from '../../../shared/charts/histogram-chart';
import { loadOnChange } from '../../../shared/load-state';
import { saveResponse } from '../../question-bank/file-download';
import { ExamInsightsApi, ResultsExportFormat } from '../exam-insights-api';
import { STATUS_KEYS } from '../../exams/exam-labels';
import { roundPercent, shareAsPercent } from '../percent';
import { pollWhileVisible } from '../poll-while-visible';
import { AttemptsTable } from './attempts-table';
import {
  INITIAL_LIVE_OVERVIEW,
  OverviewPoll,
  reduceOverview,
} from './live-overview';

/** Live enough for a proctor watching submissions come in, light enough for a room of trainers. */
const POLL_MS = 5000;

/** One exam at a glance: live attempt counts, pass rate, score distribution and every attempt. */
@Component({
  selector: 'app-exam-dashboard-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatProgressBarModule,
    AttemptsTable,
    HistogramChart,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './exam-dashboard-page.html',
  styleUrl: './exam-dashboard-page.scss',
})
export class ExamDashboardPage {
  private readonly api = inject(ExamInsightsApi);
  private readonly document = inject(DOCUMENT);
  private readonly i18n = inject(I18nService);

  /** Route parameter. */
  readonly examId = input.required<string>();

  /** The same words as the exam list's status chips. */
  protected readonly examStatusKeys = STATUS_KEYS;
  protected readonly formats: ResultsExportFormat[] = ['csv', 'xlsx'];
  protected readonly formatKeys: Record<ResultsExportFormat, MessageKey> = {
    csv: 'insights.export.csv',
    xlsx: 'insights.export.xlsx',
  };

  protected readonly examState = loadOnChange(this.examId, (id) =>
    this.api.exam(id),
  );
  protected readonly exam = computed(() => this.examState().value ?? null);

  private readonly live = toSignal(
    toObservable(this.examId).pipe(
      switchMap((id) =>
        pollWhileVisible(this.document, POLL_MS).pipe(
          // A slow answer is not stacked up behind: the next tick waits for it.
          exhaustMap(() =>
            this.api.overview(id).pipe(
              map((overview): OverviewPoll => ({ overview })),
              catchError((error: unknown) => of<OverviewPoll>({ error })),
            ),
          ),
          scan(reduceOverview, INITIAL_LIVE_OVERVIEW),
        ),
      ),
    ),
    { initialValue: INITIAL_LIVE_OVERVIEW },
  );
  protected readonly overview = computed(() => this.live().overview);
  /** The attempts table reloads when the counts move. */
  protected readonly changes = computed(() => this.live().changes);
  protected readonly passRate = computed(() =>
    shareAsPercent(this.overview()?.passRate ?? null),
  );
  protected readonly average = computed(() => {
    const average = this.overview()?.averagePercent ?? null;
    return average === null ? null : roundPercent(average);
  });
  protected readonly gradedCount = computed(() =>
    (this.overview()?.histogram ?? []).reduce((sum, n) => sum + n, 0),
  );
  protected readonly histogramSummary = computed(() => {
    const overview = this.overview();
    if (!overview) return '';
    const count = this.gradedCount();
    return overview.passPercent === null
      ? this.i18n.t('insights.histogram.summary', { count })
      : this.i18n.t('insights.histogram.summaryPass', {
          count,
          pass: overview.passPercent,
        });
  });
  /** Announced politely, only when a poll changes the counts. */
  protected readonly announcement = computed(() => {
    const { overview, changes } = this.live();
    if (!overview || changes === 0) return '';
    return this.i18n.t('insights.live.changed', {
      inProgress: overview.inProgress,
      submitted: overview.submitted,
      needsGrading: overview.needsGrading,
      graded: overview.graded,
    });
  });
  protected readonly errorKey = computed<MessageKey | null>(() => {
    const exam = this.examState();
    if (exam.status === 'error') return errorMessageKey(exam.error);
    const live = this.live();
    return live.error ? errorMessageKey(live.error) : null;
  });

  protected readonly exporting = signal<ResultsExportFormat | null>(null);
  protected readonly exported = signal<ResultsExportFormat | null>(null);
  protected readonly exportErrorKey = signal<MessageKey | null>(null);

  protected exportResults(format: ResultsExportFormat): void {
    this.exporting.set(format);
    this.exported.set(null);
    this.exportErrorKey.set(null);
    this.api.exportResults(this.examId(), format).subscribe({
      next: (response) => {
        this.exporting.set(null);
        this.exported.set(format);
        const title = this.exam()?.title ?? 'results';
        saveResponse(this.document, response, `${title}.${format}`);
      },
      error: (error: unknown) => {
        this.exporting.set(null);
        this.exportErrorKey.set(errorMessageKey(error));
      },
    });
  }
}
