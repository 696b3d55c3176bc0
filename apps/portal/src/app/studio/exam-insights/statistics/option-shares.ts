import { Question } from '@pathwise/assessment';
import { roundPercent } from '../percent';

export type OptionCredit = 'right' | 'partial' | 'wrong';

export interface OptionShare {
  id: string;
  /** The option's text (HTML) from the question; null for true/false and unknown options. */
  text: string | null;
  count: number;
  /** Share of the attempts that chose it, 0–100. */
  percent: number;
  credit: OptionCredit | null;
}

function creditOf(fraction: number): OptionCredit {
  if (fraction >= 1) return 'right';
  return fraction > 0 ? 'partial' : 'wrong';
}

/**
 * Each option with how often it was chosen, in the question's own order. With multiple choice an
 * attempt picks several, so shares are of attempts and need not add up to 100.
 */
export function optionShares(
  counts: Record<string, number>,
  attempts: number,
  question: Question | null,
): OptionShare[] {
  const share = (count: number) =>
    attempts > 0 ? roundPercent((count / attempts) * 100) : 0;
  if (
    question?.type === 'single_choice' ||
    question?.type === 'multiple_choice'
  ) {
    const known = new Set(question.options.map((option) => option.id));
    return [
      ...question.options.map((option) => ({
        id: option.id,
        text: option.text,
        count: counts[option.id] ?? 0,
        percent: share(counts[option.id] ?? 0),
        credit: creditOf(option.fraction),
      })),
      // Options removed in a later version still show what was chosen.
      ...Object.entries(counts)
        .filter(([id]) => !known.has(id))
        .map(([id, count]) => ({
          id,
          text: null,
          count,
          percent: share(count),
          credit: null,
        })),
    ];
  }
  return Object.entries(counts).map(([id, count]) => ({
    id,
    text: null,
    count,
    percent: share(count),
    credit:
      question?.type === 'true_false'
        ? String(question.correct) === id
          ? 'right'
          : 'wrong'
        : null,
  }));
}
