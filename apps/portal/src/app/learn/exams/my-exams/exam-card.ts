import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import { MyExam } from '@pathwise/contracts';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { LocalDatePipe } from '../../../shared/local-date.pipe';
import { ExamIcon } from '../exam-icon';
import { attemptsLeft, examBadge } from './exam-groups';

/** One exam in "My exams": its timing, attempts and score, and the next step. */
@Component({
  selector: 'app-exam-card',
  imports: [
    MatButtonModule,
    RouterLink,
    ExamIcon,
    LocalDatePipe,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './exam-card.scss',
  template: `
    @let e = exam();
    <article
      class="exam-card"
      [attr.aria-labelledby]="headingId()"
      [attr.data-testid]="'exam-card-' + e.examId"
    >
      <h3 [id]="headingId()">{{ e.title }}</h3>
      @if (badge(); as b) {
        <p class="badge" [class.urgent]="urgent()" data-testid="exam-badge">
          <app-exam-icon [name]="urgent() ? 'warning' : 'timer'" />
          @switch (b.kind) {
            @case ('notOpen') {
              {{
                'exams.agent.badge.notOpen' | t: { date: (b.until | localDate) }
              }}
            }
            @case ('cooldown') {
              {{
                'exams.agent.badge.cooldown'
                  | t: { date: (b.until | localDate) }
              }}
            }
            @case ('overdue') {
              {{ 'exams.agent.badge.overdue' | t }}
            }
            @case ('closesToday') {
              {{ 'exams.agent.badge.closesToday' | t }}
            }
            @case ('dueInDays') {
              {{ 'exams.agent.badge.dueInDays' | t: { days: b.days } }}
            }
          }
        </p>
      }
      <dl class="facts">
        <div>
          <dt>{{ 'exams.agent.fact.questions' | t }}</dt>
          <dd>{{ e.questionCount }}</dd>
        </div>
        <div>
          <dt>{{ 'exams.agent.fact.timeLimit' | t }}</dt>
          <dd>
            {{
              e.timeLimitMinutes
                ? ('exams.agent.minutes' | t: { count: e.timeLimitMinutes })
                : ('exams.agent.untimed' | t)
            }}
          </dd>
        </div>
        <div>
          <dt>{{ 'exams.agent.fact.attempts' | t }}</dt>
          <dd data-testid="exam-attempts">
            @if (left() === null) {
              {{
                'exams.agent.attemptsUnlimited' | t: { used: e.attemptsUsed }
              }}
            } @else {
              {{
                'exams.agent.attemptsLeft'
                  | t: { left: left() ?? 0, max: e.maxAttempts ?? 0 }
              }}
            }
          </dd>
        </div>
        @if (e.inProgressDeadline) {
          <div>
            <dt>{{ 'exams.agent.fact.attemptEnds' | t }}</dt>
            <dd data-testid="exam-attempt-ends">
              {{ e.inProgressDeadline | localDate }}
            </dd>
          </div>
        }
        @if (e.closesAt) {
          <div>
            <dt>{{ 'exams.agent.fact.closes' | t }}</dt>
            <dd>{{ e.closesAt | localDate }}</dd>
          </div>
        }
        @if (e.bestPercent !== null) {
          <div>
            <dt>{{ 'exams.agent.fact.best' | t }}</dt>
            <dd data-testid="exam-best">
              {{ 'exams.agent.percent' | t: { value: e.bestPercent } }}
              @if (e.passed !== null) {
                ·
                {{
                  (e.passed ? 'exams.agent.passed' : 'exams.agent.notPassed')
                    | t
                }}
              }
            </dd>
          </div>
        } @else if (e.lastAttemptStatus === 'needs_grading') {
          <div>
            <dt>{{ 'exams.agent.fact.last' | t }}</dt>
            <dd>{{ 'exams.agent.waitingForGrading' | t }}</dd>
          </div>
        }
      </dl>
      <div class="actions">
        @if (e.inProgressAttemptId; as attemptId) {
          <a
            mat-flat-button
            [routerLink]="['/learn/exams/attempts', attemptId]"
            data-testid="resume-exam"
            >{{ 'exams.agent.resume' | t }}</a
          >
        } @else if (group() === 'available' && e.canStart) {
          <a
            mat-flat-button
            [routerLink]="['/learn/exams', e.examId]"
            data-testid="open-exam"
            >{{ 'exams.agent.open' | t }}</a
          >
        } @else if (group() === 'available') {
          <a
            mat-stroked-button
            [routerLink]="['/learn/exams', e.examId]"
            data-testid="open-exam"
            >{{ 'exams.agent.details' | t }}</a
          >
        }
        @if (e.lastAttemptId && !e.inProgressAttemptId) {
          <a
            mat-stroked-button
            [routerLink]="['/learn/exams/attempts', e.lastAttemptId, 'result']"
            data-testid="exam-result-link"
            >{{ 'exams.agent.viewResult' | t }}</a
          >
        }
      </div>
    </article>
  `,
})
export class ExamCard {
  readonly exam = input.required<MyExam>();
  readonly group = input.required<'inProgress' | 'available' | 'finished'>();
  /** "Now" from the page, so every card in a list agrees on the time. */
  readonly now = input.required<Date>();

  protected readonly headingId = computed(() => `exam-${this.exam().examId}`);
  protected readonly badge = computed(() => examBadge(this.exam(), this.now()));
  protected readonly urgent = computed(() => {
    const kind = this.badge()?.kind;
    return kind === 'overdue' || kind === 'closesToday';
  });
  protected readonly left = computed(() => attemptsLeft(this.exam()));
}
