import type { QuestionBase, RichText } from './common';

export interface MatchingPrompt {
  id: string;
  text: RichText;
  choiceId: string;
}

export interface MatchingChoice {
  id: string;
  text: RichText;
}

export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  prompts: MatchingPrompt[];
  /** May include distractors no prompt points to; several prompts may share a choice. */
  choices: MatchingChoice[];
  scoring: 'all_or_nothing' | 'partial';
}
