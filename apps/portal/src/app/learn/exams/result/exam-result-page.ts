import {
  ChangeDetectionStrategy,
  Component,
  booleanAttribute,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { of, switchMap } from 'rxjs';
import { I18nService, MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { errorMessageKey } from '../../../shared/api-error';
import { RadarAxis, RadarChart } from '../../../shared/charts/radar-chart';
import { loadOnChange } from '../../../shared/load-state';
import { LocalDatePipe } from '../../../shared/local-date.pipe';
import { AgentExamApi } from '../agent-exam-api';
import { ExamIcon } from '../exam-icon';
import { ResultPoll, pollResult } from './poll-result';
import { QuestionReview } from './question-review';

/**
 * A submitted attempt: "Grading…" while the queue works (polled, no refresh needed), then the
 * score, the capability radar and each question, as far as the review policy allows.
 */
@Component({
  selector: 'app-exam-result-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    ExamIcon,
    LocalDatePipe,
    QuestionReview,
    RadarChart,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './exam-result-page.html',
  styleUrl: './exam-result-page.scss',
})
export class ExamResultPage {
  private readonly api = inject(AgentExamApi);
  private readonly i18n = inject(I18nService);

  readonly attemptId = input.required<string>();
  /** `?timeUp=true`: the player submitted because time ran out. */
  readonly timeUp = input(false, { transform: booleanAttribute });

  private readonly poll = toSignal(
    toObservable(this.attemptId).pipe(
      switchMap((id) => pollResult(() => this.api.result(id))),
    ),
    { initialValue: { result: null, error: null } as ResultPoll },
  );
  protected readonly result = computed(() => this.poll().result);
  protected readonly loadError = computed<MessageKey | null>(() => {
    const { result, error } = this.poll();
    return error && !result ? errorMessageKey(error) : null;
  });

  /** The exam as my exams shows it (a retry, the review policy); gone once the exam is archived. */
  private readonly examId = computed(() => this.result()?.examId ?? null);
  private readonly examState = loadOnChange(this.examId, (examId) =>
    examId ? this.api.myExam(examId) : of(null),
  );
  protected readonly exam = computed(() => this.examState().value ?? null);
  private readonly dimensionsState = loadOnChange(signal(0), () =>
    this.api.dimensions(),
  );

  protected readonly hiddenKey = computed<MessageKey | null>(() => {
    const result = this.result();
    if (result?.status !== 'graded' || result.score) return null;
    if (result.reviewOpensAt) return 'exams.agent.result.hiddenUntilClose';
    const exam = this.exam();
    if (exam?.review.when === 'never') return 'exams.agent.result.hiddenNever';
    if (exam?.review.when === 'after_close' && exam.review.score)
      return exam.closesAt
        ? 'exams.agent.result.hiddenUntilClose'
        : 'exams.agent.result.hiddenUntilRelease';
    return 'exams.agent.result.hiddenScore';
  });

  /** Each dimension against its own pass mark, else the exam's. */
  protected readonly radar = computed<RadarAxis[]>(() => {
    const dimensions = this.result()?.dimensions ?? [];
    const names = new Map(
      (this.dimensionsState().value ?? []).map((d) => [
        d.code,
        this.i18n.locale() === 'zh-CN' ? d.nameZh : d.nameEn,
      ]),
    );
    const examPass = this.passMark();
    return dimensions.map((d) => ({
      label: names.get(d.code) ?? d.code,
      value: d.percent,
      threshold: d.passPercent ?? examPass,
    }));
  });

  protected readonly passMark = computed(
    () => this.result()?.passPercent ?? this.exam()?.passPercent ?? null,
  );

  protected readonly reviewOpensAt = computed(
    () => this.result()?.reviewOpensAt ?? this.exam()?.closesAt ?? null,
  );

  protected percent(value: number): number {
    return Math.round(value * 10) / 10;
  }
}
