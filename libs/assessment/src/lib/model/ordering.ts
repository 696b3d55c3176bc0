import type { QuestionBase, RichText } from './common';

export interface OrderingItem {
  id: string;
  text: RichText;
}

export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  /** Listed in the correct order. */
  items: OrderingItem[];
  scoring: 'all_or_nothing' | 'partial';
}
