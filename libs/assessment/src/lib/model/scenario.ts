import type { QuestionBase, RichText } from './common';
import type { PartQuestion } from './question';

export interface ScenarioPart {
  id: string;
  /** Points this part is worth. */
  weight: number;
  question: PartQuestion;
}

export interface ScenarioQuestion extends QuestionBase {
  type: 'scenario';
  /** The customer case the parts refer to. */
  caseText: RichText;
  parts: ScenarioPart[];
}
