export const QUESTION_TYPES = [
  'single_choice',
  'multiple_choice',
  'true_false',
  'fill_blank',
  'numerical',
  'ordering',
  'matching',
  'essay',
  'scenario',
] as const;

export type QuestionType = (typeof QUESTION_TYPES)[number];

/** An HTML fragment. Sanitising it is the API's job, not the engine's. */
export type RichText = string;

export interface QuestionBase {
  stem: RichText;
  generalFeedback?: RichText;
}
