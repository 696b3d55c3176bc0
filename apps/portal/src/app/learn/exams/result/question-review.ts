import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';
import { AttemptResultView } from '@pathwise/contracts';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { QuestionView } from '../../../shared/question-view/question-view';
import { ExamIcon, ExamIconName } from '../exam-icon';
import { CORRECTNESS_KEYS } from '../exam-labels';

type ReviewItem = AttemptResultView['questions'][number];

const VERDICT_ICONS: Record<
  NonNullable<ReviewItem['correct']>,
  ExamIconName
> = {
  right: 'answered',
  partial: 'partial',
  wrong: 'wrong',
  pending: 'pending',
};

/** One question of a finished attempt: the agent's answer and whatever the review policy releases. */
@Component({
  selector: 'app-question-review',
  imports: [ExamIcon, QuestionView, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './question-review.scss',
  template: `
    @let item = review();
    <article
      class="review"
      [attr.aria-labelledby]="'review-' + item.position"
      [attr.data-testid]="'review-' + number()"
    >
      <div class="head">
        <h3 [id]="'review-' + item.position">
          {{ 'exams.agent.questionNumber' | t: { n: number() } }}
        </h3>
        @if (item.correct; as verdict) {
          <span
            class="verdict"
            [class]="'verdict-' + verdict"
            data-testid="review-verdict"
          >
            <app-exam-icon [name]="verdictIcons[verdict]" />
            {{ correctnessKeys[verdict] | t }}
          </span>
        }
        @if (item.points !== null) {
          <span class="points">
            {{
              'exams.agent.result.points'
                | t: { points: item.points, max: item.maxPoints }
            }}
          </span>
        }
      </div>
      <app-question-view
        [question]="item.question"
        [answer]="item.answer"
        [disabled]="true"
        [viewId]="'r' + item.position"
      />
      @if (item.answer === null) {
        <p class="muted">{{ 'exams.agent.result.notAnswered' | t }}</p>
      }
      @if (feedback().length > 0) {
        <h4>{{ 'exams.agent.result.feedback' | t }}</h4>
        <ul class="feedback">
          @for (text of feedback(); track $index) {
            <li [innerHTML]="text"></li>
          }
        </ul>
      }
      @if (item.correctAnswer) {
        <details class="key">
          <summary>{{ 'exams.agent.result.showCorrect' | t }}</summary>
          <app-question-view
            [question]="item.question"
            [answer]="item.correctAnswer"
            [disabled]="true"
            [viewId]="'k' + item.position"
          />
        </details>
      }
    </article>
  `,
})
export class QuestionReview {
  readonly review = input.required<ReviewItem>();
  /** 1-based, as the agent saw it. */
  readonly number = input.required<number>();

  protected readonly verdictIcons = VERDICT_ICONS;
  protected readonly correctnessKeys = CORRECTNESS_KEYS;
  protected readonly feedback = computed(() => this.review().feedback ?? []);
}
