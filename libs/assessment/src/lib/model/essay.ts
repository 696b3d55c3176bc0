import type { QuestionBase, RichText } from './common';

export interface RubricLevel {
  points: number;
  description: string;
}

export interface RubricCriterion {
  id: string;
  description: string;
  levels: RubricLevel[];
}

export interface Rubric {
  criteria: RubricCriterion[];
}

export interface EssayQuestion extends QuestionBase {
  type: 'essay';
  responseFormat: 'short' | 'long';
  minWords?: number;
  maxWords?: number;
  rubric?: Rubric;
  /** Notes for the grader; never shown to the learner. */
  graderInfo?: RichText;
}
