import type { NumericalAnswer, NumericalQuestion, NumericalUnit } from '../model';
import { parseNumberWithUnit } from '../text/parse-number';
import { graded, stringField, type Outcome } from './outcome';

export function scoreNumerical(q: NumericalQuestion, answer: unknown): Outcome {
  const raw = stringField(answer, 'value') ?? '';
  if (raw.trim() === '') return graded(0);
  const parsed = parseNumberWithUnit(raw);
  if (!parsed) return graded(0, ['The answer is not a number.']);
  const units = q.units ?? [];
  let value = parsed.value;
  let unitIsRight = true;
  if (units.length === 0) {
    if (parsed.unit !== undefined) return graded(0, ['The answer is not a number.']);
  } else if (parsed.unit === undefined) {
    unitIsRight = q.unitPolicy === 'optional';
  } else {
    const unit = findUnit(units, parsed.unit);
    if (unit) value = parsed.value / unit.multiplier;
    unitIsRight = unit !== undefined;
  }
  const best = bestAnswer(q.answers, value);
  const earned = best?.fraction ?? 0;
  const penalised = unitIsRight ? earned : earned * (1 - q.unitPenalty);
  const unitNote = unitIsRight || earned === 0 ? undefined : 'The unit is missing or not one this question accepts.';
  return graded(penalised, [best?.feedback, unitNote]);
}

function findUnit(units: NumericalUnit[], typed: string): NumericalUnit | undefined {
  // Exact first: "m" (metre) and "M" (mega) are different units; fall back to case-insensitive.
  return units.find((u) => u.unit === typed) ?? units.find((u) => u.unit.toLowerCase() === typed.toLowerCase());
}

function bestAnswer(answers: NumericalAnswer[], value: number): NumericalAnswer | undefined {
  let best: NumericalAnswer | undefined;
  for (const candidate of answers) {
    // Binary floating point: 0.1 + 0.2 must still be within a tolerance of 0 from 0.3.
    const slack = 1e-9 * Math.max(1, Math.abs(candidate.value));
    const within = Math.abs(value - candidate.value) <= candidate.tolerance + slack;
    if (within && (best === undefined || candidate.fraction > best.fraction)) best = candidate;
  }
  return best;
}
