import type { QuestionBase, RichText } from './common';

export interface ChoiceOption {
  id: string;
  text: RichText;
  feedback?: RichText;
  /** Moodle's credit weight in [-1, 1]: 1 full credit, 0 none, below 0 a penalty. */
  fraction: number;
}

export interface SingleChoiceQuestion extends QuestionBase {
  type: 'single_choice';
  options: ChoiceOption[];
  shuffleOptions?: boolean;
}

export type MultipleChoiceScoring = 'all_or_nothing' | 'partial' | 'weighted';

export interface MultipleChoiceQuestion extends QuestionBase {
  type: 'multiple_choice';
  options: ChoiceOption[];
  scoring: MultipleChoiceScoring;
  shuffleOptions?: boolean;
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'true_false';
  correct: boolean;
  feedbackTrue?: RichText;
  feedbackFalse?: RichText;
}
