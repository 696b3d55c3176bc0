import type { AcceptedAnswer, Blank, FillBlankQuestion } from '../model';
import { normaliseText } from '../text/normalise';
import { matchesPattern } from '../text/safe-regex';
import { field, graded, stringField, type Outcome, type PartOutcome } from './outcome';

export function scoreFillBlank(q: FillBlankQuestion, answer: unknown): Outcome {
  const responses = field(answer, 'blanks');
  const parts = q.blanks.map((blank): PartOutcome => {
    const best = bestMatch(blank, stringField(responses, blank.id) ?? '');
    return { id: blank.id, fraction: best?.fraction ?? 0, weight: 1, status: 'graded', feedback: best?.feedback };
  });
  const total = parts.reduce((sum, p) => sum + p.fraction, 0);
  return graded(parts.length === 0 ? 0 : total / parts.length, parts.map((p) => p.feedback), parts);
}

export function bestMatch(blank: Blank, response: string): AcceptedAnswer | undefined {
  const caseSensitive = blank.caseSensitive ?? false;
  const typed = normaliseText(response, caseSensitive);
  if (typed === '') return undefined;
  let best: AcceptedAnswer | undefined;
  for (const accepted of blank.accepted) {
    if (best !== undefined && accepted.fraction <= best.fraction) continue;
    const matches =
      accepted.kind === 'regex'
        ? matchesPattern(accepted.value, response, caseSensitive)
        : normaliseText(accepted.value, caseSensitive) === typed;
    if (matches) best = accepted;
  }
  return best;
}
