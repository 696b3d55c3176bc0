import type { EssayQuestion, RubricCriterion } from '../model';
import { countWords } from '../text/normalise';
import { graded, stringField, type Outcome, type PartOutcome } from './outcome';

export function rubricMaxPoints(q: EssayQuestion): number | undefined {
  if (!q.rubric) return undefined;
  return q.rubric.criteria.reduce((sum, c) => sum + criterionMax(c), 0);
}

function criterionMax(criterion: RubricCriterion): number {
  return Math.max(0, ...criterion.levels.map((l) => l.points));
}

/** Essays wait for a grader, except an empty one: there is nothing to grade, so it scores 0. */
export function scoreEssay(q: EssayQuestion, answer: unknown): Outcome {
  const text = stringField(answer, 'text') ?? '';
  const words = countWords(text);
  if (words === 0) return graded(0, ['No answer was given.']);
  const notes: string[] = [];
  const has = `The answer has ${words} word${words === 1 ? '' : 's'}`;
  if (q.minWords !== undefined && words < q.minWords) notes.push(`${has}; at least ${q.minWords} were expected.`);
  if (q.maxWords !== undefined && words > q.maxWords) notes.push(`${has}; at most ${q.maxWords} were expected.`);
  const parts = (q.rubric?.criteria ?? []).map(
    (c): PartOutcome => ({ id: c.id, fraction: 0, weight: criterionMax(c), status: 'pending' }),
  );
  return { status: 'pending', fraction: 0, feedback: notes, parts };
}

export type RubricGrade =
  | { ok: true; points: number; maxPoints: number; parts: { id: string; points: number; maxPoints: number }[] }
  | { ok: false; message: string };

/** A grader's choice of one level per criterion (criterionId → index into its levels). */
export function scoreEssayWithRubric(q: EssayQuestion, selections: Record<string, number>): RubricGrade {
  if (!q.rubric) return { ok: false, message: 'This essay has no rubric; grade it with points instead.' };
  if (typeof selections !== 'object' || selections === null) return { ok: false, message: 'Choose one level for each criterion.' };
  const known = new Set(q.rubric.criteria.map((c) => c.id));
  const unknown = Object.keys(selections).find((id) => !known.has(id));
  if (unknown !== undefined) return { ok: false, message: `The rubric has no criterion "${unknown}".` };
  const parts: { id: string; points: number; maxPoints: number }[] = [];
  for (const criterion of q.rubric.criteria) {
    const index: unknown = Object.prototype.hasOwnProperty.call(selections, criterion.id) ? selections[criterion.id] : undefined;
    if (index === undefined) return { ok: false, message: `Choose a level for "${criterion.description}".` };
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= criterion.levels.length) {
      return { ok: false, message: `"${criterion.description}" has no level ${String(index)}.` };
    }
    parts.push({ id: criterion.id, points: criterion.levels[index].points, maxPoints: criterionMax(criterion) });
  }
  const points = parts.reduce((sum, p) => sum + p.points, 0);
  return { ok: true, points, maxPoints: rubricMaxPoints(q) ?? 0, parts };
}
