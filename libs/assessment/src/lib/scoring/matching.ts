import type { MatchingQuestion } from '../model';
import { field, graded, stringField, type Outcome, type PartOutcome } from './outcome';

export function scoreMatching(q: MatchingQuestion, answer: unknown): Outcome {
  const pairs = field(answer, 'pairs');
  const parts = q.prompts.map(
    (prompt): PartOutcome => ({
      id: prompt.id,
      fraction: stringField(pairs, prompt.id) === prompt.choiceId ? 1 : 0,
      weight: 1,
      status: 'graded',
    }),
  );
  const right = parts.filter((p) => p.fraction === 1).length;
  const n = parts.length;
  const fraction = q.scoring === 'all_or_nothing' ? (n > 0 && right === n ? 1 : 0) : n === 0 ? 0 : right / n;
  return graded(fraction, [], q.scoring === 'partial' ? parts : []);
}
