import {
  ChangeDetectionStrategy,
  Component,
  input,
  output,
} from '@angular/core';
import {
  EssayQuestion,
  FillBlankQuestion,
  MatchingQuestion,
  MultipleChoiceQuestion,
  NumericalQuestion,
  OrderingQuestion,
  PartQuestion,
  SingleChoiceQuestion,
  TrueFalseQuestion,
} from '@pathwise/assessment';
import { TranslatePipe } from '../../../i18n/t.pipe';
import { ChoiceEditor } from './choice-editor';
import { EssayEditor } from './essay-editor';
import { FillBlankEditor } from './fill-blank-editor';
import { MatchingEditor } from './matching-editor';
import { NumericalEditor } from './numerical-editor';
import { OrderingEditor } from './ordering-editor';
import { ProblemIndex } from './problem-text';
import { RichTextField } from './rich-text-field';
import { TrueFalseEditor } from './true-false-editor';

/** Stem, the type's own fields and general feedback: a whole question, or one scenario part. */
@Component({
  selector: 'app-part-editor',
  imports: [
    ChoiceEditor,
    EssayEditor,
    FillBlankEditor,
    MatchingEditor,
    NumericalEditor,
    OrderingEditor,
    RichTextField,
    TrueFalseEditor,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
  `,
  template: `
    @let q = question();
    @let p = problems();
    <app-rich-text-field
      [label]="'editor.stem' | t"
      [value]="q.stem"
      [rows]="4"
      [required]="true"
      [bankId]="bankId()"
      [problems]="p.at('stem')"
      [matcher]="p.matcher('stem')"
      [testId]="testIdPrefix() + 'stem'"
      (valueChange)="emit({ stem: $event })"
    />
    @switch (q.type) {
      @case ('single_choice') {
        <app-choice-editor
          [question]="single(q)"
          [problems]="p"
          [bankId]="bankId()"
          (questionChange)="questionChange.emit($event)"
        />
      }
      @case ('multiple_choice') {
        <app-choice-editor
          [question]="multiple(q)"
          [problems]="p"
          [bankId]="bankId()"
          (questionChange)="questionChange.emit($event)"
        />
      }
      @case ('true_false') {
        <app-true-false-editor
          [question]="trueFalse(q)"
          [problems]="p"
          [bankId]="bankId()"
          (questionChange)="questionChange.emit($event)"
        />
      }
      @case ('fill_blank') {
        <app-fill-blank-editor
          [question]="fillBlank(q)"
          [problems]="p"
          [bankId]="bankId()"
          (questionChange)="questionChange.emit($event)"
        />
      }
      @case ('numerical') {
        <app-numerical-editor
          [question]="numerical(q)"
          [problems]="p"
          [bankId]="bankId()"
          (questionChange)="questionChange.emit($event)"
        />
      }
      @case ('ordering') {
        <app-ordering-editor
          [question]="ordering(q)"
          [problems]="p"
          [bankId]="bankId()"
          (questionChange)="questionChange.emit($event)"
        />
      }
      @case ('matching') {
        <app-matching-editor
          [question]="matching(q)"
          [problems]="p"
          [bankId]="bankId()"
          (questionChange)="questionChange.emit($event)"
        />
      }
      @case ('essay') {
        <app-essay-editor
          [question]="essay(q)"
          [problems]="p"
          [bankId]="bankId()"
          (questionChange)="questionChange.emit($event)"
        />
      }
    }
    <app-rich-text-field
      [label]="'editor.generalFeedback' | t"
      [hint]="'editor.generalFeedbackHint' | t"
      [value]="q.generalFeedback ?? ''"
      [rows]="2"
      [bankId]="bankId()"
      [problems]="p.at('generalFeedback')"
      (valueChange)="emit({ generalFeedback: $event })"
    />
  `,
})
export class PartEditor {
  readonly question = input.required<PartQuestion>();
  readonly problems = input.required<ProblemIndex>();
  readonly bankId = input<string | null>(null);
  readonly testIdPrefix = input('');
  readonly questionChange = output<PartQuestion>();

  protected emit(
    change: Partial<Pick<PartQuestion, 'stem' | 'generalFeedback'>>,
  ): void {
    this.questionChange.emit({ ...this.question(), ...change });
  }

  protected single(q: PartQuestion): SingleChoiceQuestion {
    return q as SingleChoiceQuestion;
  }
  protected multiple(q: PartQuestion): MultipleChoiceQuestion {
    return q as MultipleChoiceQuestion;
  }
  protected trueFalse(q: PartQuestion): TrueFalseQuestion {
    return q as TrueFalseQuestion;
  }
  protected fillBlank(q: PartQuestion): FillBlankQuestion {
    return q as FillBlankQuestion;
  }
  protected numerical(q: PartQuestion): NumericalQuestion {
    return q as NumericalQuestion;
  }
  protected ordering(q: PartQuestion): OrderingQuestion {
    return q as OrderingQuestion;
  }
  protected matching(q: PartQuestion): MatchingQuestion {
    return q as MatchingQuestion;
  }
  protected essay(q: PartQuestion): EssayQuestion {
    return q as EssayQuestion;
  }
}
