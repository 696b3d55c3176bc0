import type { QuestionBase, RichText } from './common';

export interface AcceptedAnswer {
  value: string;
  kind: 'text' | 'regex';
  /** Credit in [0, 1]; 1 when omitted. */
  fraction: number;
  feedback?: RichText;
}

export interface Blank {
  id: string;
  accepted: AcceptedAnswer[];
  caseSensitive?: boolean;
}

export interface FillBlankQuestion extends QuestionBase {
  type: 'fill_blank';
  /** Contains one `[[blankId]]` placeholder per blank. */
  text: RichText;
  blanks: Blank[];
}

export const PLACEHOLDER_PATTERN = /\[\[([^\]]*)\]\]/g;
