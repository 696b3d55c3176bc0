import type { QuestionType, RichText } from './common';

/** What a learner may see: no fractions, accepted answers, correct flags, pairings or grader notes. */
export interface LearnerBase {
  type: QuestionType;
  stem: RichText;
}

export interface LearnerChoiceQuestion extends LearnerBase {
  type: 'single_choice' | 'multiple_choice';
  options: { id: string; text: RichText }[];
}

export interface LearnerTrueFalseQuestion extends LearnerBase {
  type: 'true_false';
}

export interface LearnerFillBlankQuestion extends LearnerBase {
  type: 'fill_blank';
  text: RichText;
  blanks: { id: string }[];
}

export interface LearnerNumericalQuestion extends LearnerBase {
  type: 'numerical';
  units: string[];
  unitPolicy: 'optional' | 'required';
}

export interface LearnerOrderingQuestion extends LearnerBase {
  type: 'ordering';
  items: { id: string; text: RichText }[];
}

export interface LearnerMatchingQuestion extends LearnerBase {
  type: 'matching';
  prompts: { id: string; text: RichText }[];
  choices: { id: string; text: RichText }[];
}

export interface LearnerEssayQuestion extends LearnerBase {
  type: 'essay';
  responseFormat: 'short' | 'long';
  minWords?: number;
  maxWords?: number;
  criteria?: { id: string; description: string }[];
}

export type LearnerPartQuestion =
  | LearnerChoiceQuestion
  | LearnerTrueFalseQuestion
  | LearnerFillBlankQuestion
  | LearnerNumericalQuestion
  | LearnerOrderingQuestion
  | LearnerMatchingQuestion
  | LearnerEssayQuestion;

export interface LearnerScenarioQuestion extends LearnerBase {
  type: 'scenario';
  caseText: RichText;
  parts: { id: string; weight: number; question: LearnerPartQuestion }[];
}

export type LearnerQuestion = LearnerPartQuestion | LearnerScenarioQuestion;
