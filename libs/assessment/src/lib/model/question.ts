import type { MultipleChoiceQuestion, SingleChoiceQuestion, TrueFalseQuestion } from './choice';
import type { EssayQuestion } from './essay';
import type { FillBlankQuestion } from './fill-blank';
import type { MatchingQuestion } from './matching';
import type { NumericalQuestion } from './numerical';
import type { OrderingQuestion } from './ordering';
import type { ScenarioQuestion } from './scenario';

/** Any question that may stand inside a scenario. */
export type PartQuestion =
  | SingleChoiceQuestion
  | MultipleChoiceQuestion
  | TrueFalseQuestion
  | FillBlankQuestion
  | NumericalQuestion
  | OrderingQuestion
  | MatchingQuestion
  | EssayQuestion;

export type Question = PartQuestion | ScenarioQuestion;
