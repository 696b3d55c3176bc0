import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import { ErrorCode, MyExam } from '@pathwise/contracts';
import { MessageKey } from '../../../i18n/i18n.service';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { apiErrorCode, errorMessageKey } from '../../../shared/api-error';
import { loadOnChange } from '../../../shared/load-state';
import { LocalDatePipe } from '../../../shared/local-date.pipe';
import { AgentExamApi } from '../agent-exam-api';
import { ExamIcon } from '../exam-icon';
import { LAYOUT_KEYS, NAVIGATION_KEYS, reviewPromise } from '../exam-labels';
import { attemptsLeft } from '../my-exams/exam-groups';

const BLOCKED_KEYS: Record<NonNullable<MyExam['blockedReason']>, MessageKey> = {
  not_open: 'exams.agent.blocked.not_open',
  closed: 'exams.agent.blocked.closed',
  no_attempts_left: 'exams.agent.blocked.no_attempts_left',
  cooldown: 'exams.agent.blocked.cooldown',
};

/** An exam's rules before the clock starts, and the explicit "Start exam". */
@Component({
  selector: 'app-exam-start-page',
  imports: [
    MatButtonModule,
    MatProgressBarModule,
    RouterLink,
    ExamIcon,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './exam-start-page.html',
  styleUrl: './exam-start-page.scss',
})
export class ExamStartPage {
  private readonly api = inject(AgentExamApi);
  private readonly router = inject(Router);

  readonly examId = input.required<string>();

  protected readonly state = loadOnChange(this.examId, (examId) =>
    this.api.myExam(examId),
  );
  protected readonly exam = computed(() => {
    const state = this.state();
    return state.status === 'ready' ? state.value : null;
  });
  /** Not published for this agent (or no longer): the API answers 404. */
  protected readonly notFound = computed(() => {
    const state = this.state();
    return (
      state.status === 'error' &&
      apiErrorCode(state.error) === ErrorCode.NotFound
    );
  });
  protected readonly loadError = computed<MessageKey | null>(() => {
    const state = this.state();
    return state.status === 'error' && !this.notFound()
      ? errorMessageKey(state.error)
      : null;
  });
  protected readonly left = computed(() => {
    const exam = this.exam();
    return exam ? attemptsLeft(exam) : null;
  });
  protected readonly review = computed(() => {
    const exam = this.exam();
    return exam ? reviewPromise(exam.review, exam.closesAt) : null;
  });
  protected readonly blockedKey = computed(() => {
    const reason = this.exam()?.blockedReason;
    return reason ? BLOCKED_KEYS[reason] : null;
  });
  protected readonly layoutKeys = LAYOUT_KEYS;
  protected readonly navigationKeys = NAVIGATION_KEYS;

  protected readonly starting = signal(false);
  protected readonly startError = signal<MessageKey | null>(null);

  protected start(): void {
    this.starting.set(true);
    this.startError.set(null);
    this.api.start(this.examId()).subscribe({
      next: (attempt) =>
        void this.router.navigate(['/learn/exams/attempts', attempt.id]),
      error: (error: unknown) => {
        this.starting.set(false);
        this.startError.set(errorMessageKey(error));
      },
    });
  }
}
