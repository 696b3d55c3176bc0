import { Rubric } from '@pathwise/assessment';
import { ManualGradeRequest } from '@pathwise/contracts';
import { GradingTask } from './grading-queue';

/** Criterion id → index of the chosen level. */
export type RubricSelection = Readonly<Record<string, number>>;

export interface GradeDraft {
  rubric: RubricSelection;
  /** The points field as typed, for essays without a rubric. */
  points: string;
  comment: string;
}

export type GradeCheck =
  | { ok: true; request: ManualGradeRequest }
  | { ok: false; problem: 'criteria'; missing: string[] }
  | { ok: false; problem: 'points' };

export function rubricMax(rubric: Rubric): number {
  return rubric.criteria.reduce(
    (sum, c) => sum + Math.max(0, ...c.levels.map((l) => l.points)),
    0,
  );
}

export function rubricPoints(
  rubric: Rubric,
  selection: RubricSelection,
): number {
  return rubric.criteria.reduce((sum, c) => {
    const level = c.levels[selection[c.id] ?? -1];
    return sum + (level?.points ?? 0);
  }, 0);
}

/** The points the answer gets: the API scales a rubric to what the answer is worth. */
export function scaledRubricPoints(
  rubric: Rubric,
  selection: RubricSelection,
  maxPoints: number,
): number {
  const max = rubricMax(rubric);
  return max > 0
    ? round2((rubricPoints(rubric, selection) * maxPoints) / max)
    : 0;
}

export function missingCriteria(
  rubric: Rubric,
  selection: RubricSelection,
): string[] {
  return rubric.criteria
    .filter((c) => c.levels[selection[c.id] ?? -1] === undefined)
    .map((c) => c.id);
}

/** Parses the points field: 0 to the maximum, at most two decimals; a comma counts as the decimal point. */
export function parsePoints(text: string, maxPoints: number): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) return null;
  const points = Number(trimmed);
  return points <= maxPoints ? points : null;
}

/** The request to send, or what still stops it. */
export function checkGrade(task: GradingTask, draft: GradeDraft): GradeCheck {
  const comment = draft.comment.trim();
  const common: ManualGradeRequest = {
    ...(task.partId ? { partId: task.partId } : {}),
    ...(comment ? { comment } : {}),
  };
  const rubric = task.essay.rubric;
  if (rubric && rubric.criteria.length > 0) {
    const missing = missingCriteria(rubric, draft.rubric);
    if (missing.length > 0) return { ok: false, problem: 'criteria', missing };
    const selection = Object.fromEntries(
      rubric.criteria.map((c) => [c.id, draft.rubric[c.id]]),
    );
    return { ok: true, request: { ...common, rubric: selection } };
  }
  const points = parsePoints(draft.points, task.maxPoints);
  if (points === null) return { ok: false, problem: 'points' };
  return { ok: true, request: { ...common, points } };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
