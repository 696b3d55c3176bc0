import { ItemFlag, QUESTION_TYPES, QuestionType } from '@pathwise/assessment';
import { ExamStatisticsView } from '@pathwise/contracts';

/** One question of the exam in the statistics table. */
export interface ItemRow {
  questionId: string;
  name: string;
  type: QuestionType | null;
  attempts: number;
  /** 0–1. */
  facility: number;
  discrimination: number | null;
  flags: ItemFlag[];
  /** How often each option was chosen; null for question types without options. */
  options: Record<string, number> | null;
}

export type ItemSortColumn =
  | 'name'
  | 'type'
  | 'attempts'
  | 'facility'
  | 'discrimination'
  | 'flags';
export type SortDirection = 'asc' | 'desc' | '';

function asQuestionType(type: string | undefined): QuestionType | null {
  return (QUESTION_TYPES as readonly string[]).includes(type ?? '')
    ? (type as QuestionType)
    : null;
}

/** Joins each item's figures with its question's name and type; a deleted question keeps its id as name. */
export function itemRows(view: ExamStatisticsView): ItemRow[] {
  return view.items.map((item) => {
    const question = view.questions[item.itemId];
    return {
      questionId: item.itemId,
      name: question?.name ?? item.itemId,
      type: asQuestionType(question?.type),
      attempts: item.attempts,
      facility: item.facility,
      discrimination: item.discrimination,
      flags: item.flags,
      options: view.options[item.itemId] ?? null,
    };
  });
}

/** A sorted copy; rows without a figure (no discrimination yet) stay at the end either way. */
export function sortItemRows(
  rows: readonly ItemRow[],
  column: ItemSortColumn | '',
  direction: SortDirection,
): ItemRow[] {
  if (!column || !direction) return [...rows];
  const sign = direction === 'asc' ? 1 : -1;
  const key = (row: ItemRow): string | number | null => {
    switch (column) {
      case 'name':
        return row.name;
      case 'type':
        return row.type ?? '';
      case 'attempts':
        return row.attempts;
      case 'facility':
        return row.facility;
      case 'discrimination':
        return row.discrimination;
      case 'flags':
        return row.flags.length;
    }
  };
  return [...rows].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    if (x === null || y === null) {
      if (x === y) return a.name.localeCompare(b.name);
      return x === null ? 1 : -1;
    }
    const order =
      typeof x === 'number' && typeof y === 'number'
        ? x - y
        : String(x).localeCompare(String(y));
    return order === 0 ? a.name.localeCompare(b.name) : sign * order;
  });
}
