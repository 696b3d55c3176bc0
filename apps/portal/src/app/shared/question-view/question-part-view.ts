import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
  output,
} from '@angular/core';
import {
  LearnerChoiceQuestion,
  LearnerEssayQuestion,
  LearnerFillBlankQuestion,
  LearnerMatchingQuestion,
  LearnerNumericalQuestion,
  LearnerOrderingQuestion,
  LearnerPartQuestion,
  LearnerTrueFalseQuestion,
  PartAnswer,
} from '@pathwise/assessment';
import { ChoiceView } from './choice-view';
import { EssayView } from './essay-view';
import { FillBlankView } from './fill-blank-view';
import { MatchingView } from './matching-view';
import { NumericalView } from './numerical-view';
import { OrderingView } from './ordering-view';
import { TrueFalseView } from './true-false-view';

/** The stem and the answer controls of one question that is not a scenario. */
@Component({
  selector: 'app-question-part-view',
  imports: [
    ChoiceView,
    EssayView,
    FillBlankView,
    MatchingView,
    NumericalView,
    OrderingView,
    TrueFalseView,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="qv-stem qv-rich"
      [id]="stemId()"
      [innerHTML]="question().stem"
    ></div>
    @let q = question();
    @switch (q.type) {
      @case ('single_choice') {
        <app-choice-view
          [question]="asChoice(q)"
          [answer]="answer()"
          [disabled]="disabled()"
          [idPrefix]="idPrefix()"
          [stemId]="stemId()"
          (answerChange)="answerChange.emit($event)"
        />
      }
      @case ('multiple_choice') {
        <app-choice-view
          [question]="asChoice(q)"
          [answer]="answer()"
          [disabled]="disabled()"
          [idPrefix]="idPrefix()"
          [stemId]="stemId()"
          (answerChange)="answerChange.emit($event)"
        />
      }
      @case ('true_false') {
        <app-true-false-view
          [question]="asTrueFalse(q)"
          [answer]="answer()"
          [disabled]="disabled()"
          [idPrefix]="idPrefix()"
          [stemId]="stemId()"
          (answerChange)="answerChange.emit($event)"
        />
      }
      @case ('fill_blank') {
        <app-fill-blank-view
          [question]="asFillBlank(q)"
          [answer]="answer()"
          [disabled]="disabled()"
          [idPrefix]="idPrefix()"
          [stemId]="stemId()"
          (answerChange)="answerChange.emit($event)"
        />
      }
      @case ('numerical') {
        <app-numerical-view
          [question]="asNumerical(q)"
          [answer]="answer()"
          [disabled]="disabled()"
          [idPrefix]="idPrefix()"
          [stemId]="stemId()"
          (answerChange)="answerChange.emit($event)"
        />
      }
      @case ('ordering') {
        <app-ordering-view
          [question]="asOrdering(q)"
          [answer]="answer()"
          [disabled]="disabled()"
          [idPrefix]="idPrefix()"
          [stemId]="stemId()"
          (answerChange)="answerChange.emit($event)"
        />
      }
      @case ('matching') {
        <app-matching-view
          [question]="asMatching(q)"
          [answer]="answer()"
          [disabled]="disabled()"
          [idPrefix]="idPrefix()"
          [stemId]="stemId()"
          (answerChange)="answerChange.emit($event)"
        />
      }
      @case ('essay') {
        <app-essay-view
          [question]="asEssay(q)"
          [answer]="answer()"
          [disabled]="disabled()"
          [idPrefix]="idPrefix()"
          [stemId]="stemId()"
          (answerChange)="answerChange.emit($event)"
        />
      }
    }
  `,
})
export class QuestionPartView {
  readonly question = input.required<LearnerPartQuestion>();
  readonly answer = input<unknown>(null);
  readonly disabled = input(false);
  readonly idPrefix = input.required<string>();
  readonly answerChange = output<PartAnswer>();

  protected readonly stemId = computed(() => `${this.idPrefix()}-stem`);

  // Keep the sub-views' inputs exactly typed whatever the template checker narrows.
  protected asTrueFalse(q: LearnerPartQuestion): LearnerTrueFalseQuestion {
    return q as LearnerTrueFalseQuestion;
  }
  protected asFillBlank(q: LearnerPartQuestion): LearnerFillBlankQuestion {
    return q as LearnerFillBlankQuestion;
  }
  protected asNumerical(q: LearnerPartQuestion): LearnerNumericalQuestion {
    return q as LearnerNumericalQuestion;
  }
  protected asOrdering(q: LearnerPartQuestion): LearnerOrderingQuestion {
    return q as LearnerOrderingQuestion;
  }
  protected asMatching(q: LearnerPartQuestion): LearnerMatchingQuestion {
    return q as LearnerMatchingQuestion;
  }
  protected asEssay(q: LearnerPartQuestion): LearnerEssayQuestion {
    return q as LearnerEssayQuestion;
  }
  protected asChoice(q: LearnerPartQuestion): LearnerChoiceQuestion {
    return q as LearnerChoiceQuestion;
  }
}
