export interface SingleChoiceAnswer {
  optionId: string;
}
export interface MultipleChoiceAnswer {
  optionIds: string[];
}
export interface TrueFalseAnswer {
  value: boolean;
}
export interface FillBlankAnswer {
  blanks: Record<string, string>;
}
/** The learner's raw input, e.g. "1,000.5 kg"; parsed when scoring. */
export interface NumericalResponse {
  value: string;
}
export interface OrderingAnswer {
  order: string[];
}
export interface MatchingAnswer {
  /** promptId → choiceId */
  pairs: Record<string, string>;
}
export interface EssayAnswer {
  text: string;
}
export interface ScenarioAnswer {
  parts: Record<string, PartAnswer>;
}

export interface AnswerByType {
  single_choice: SingleChoiceAnswer;
  multiple_choice: MultipleChoiceAnswer;
  true_false: TrueFalseAnswer;
  fill_blank: FillBlankAnswer;
  numerical: NumericalResponse;
  ordering: OrderingAnswer;
  matching: MatchingAnswer;
  essay: EssayAnswer;
  scenario: ScenarioAnswer;
}

export type PartAnswer = AnswerByType[Exclude<keyof AnswerByType, 'scenario'>];
export type Answer = AnswerByType[keyof AnswerByType];

/** Longest string any answer field may carry. */
export const MAX_ANSWER_TEXT = 10_000;
