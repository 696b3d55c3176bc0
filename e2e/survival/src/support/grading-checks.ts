import { TestDatabase } from './database';

/**
 * What is wrong with the grading of these attempts, read from the database; empty when each is
 * `graded` with exactly one result row per question it holds (the primary key allows no more, so
 * missing and stray rows are what to look for), rows that add up to the attempt's total, and the
 * total its answers deserve.
 */
export async function gradingProblems(db: TestDatabase, expectedPoints: Map<string, number>): Promise<string[]> {
  const ids = [...expectedPoints.keys()];
  if (!ids.length) return [];
  const attempts = await db.rows<{ id: string; status: string; points: number | null; max_points: number | null; percent: number | null; graded_at: Date | null; question_count: number }>(
    'SELECT id, status, points, max_points, percent, graded_at, question_count FROM attempts WHERE id IN (?)',
    [ids],
  );
  const results = await db.rows<{ attempt_id: string; rows: number; points: number; max_points: number }>(
    'SELECT attempt_id, COUNT(*) AS `rows`, SUM(points) AS points, SUM(max_points) AS max_points FROM attempt_item_results WHERE attempt_id IN (?) GROUP BY attempt_id',
    [ids],
  );
  const stray = await db.rows<{ attempt_id: string; position: number }>(
    `SELECT r.attempt_id, r.position FROM attempt_item_results r
       LEFT JOIN attempt_questions q ON q.attempt_id = r.attempt_id AND q.position = r.position
      WHERE r.attempt_id IN (?) AND q.attempt_id IS NULL`,
    [ids],
  );
  const byAttempt = new Map(results.map((r) => [r.attempt_id, r]));
  const problems = stray.map((s) => `${s.attempt_id}: a result for position ${s.position}, which the attempt does not have`);
  if (attempts.length !== ids.length) problems.push(`${ids.length - attempts.length} attempt(s) missing from the database`);
  for (const attempt of attempts) {
    const result = byAttempt.get(attempt.id);
    const expected = expectedPoints.get(attempt.id);
    if (attempt.status !== 'graded' || !attempt.graded_at) {
      problems.push(`${attempt.id}: status ${attempt.status}, graded_at ${attempt.graded_at}`);
      continue;
    }
    if (!result || Number(result.rows) !== attempt.question_count) {
      problems.push(`${attempt.id}: ${result?.rows ?? 0} result rows for ${attempt.question_count} questions`);
      continue;
    }
    if (Number(result.points) !== attempt.points || Number(result.max_points) !== attempt.max_points) {
      problems.push(`${attempt.id}: result rows sum to ${result.points}/${result.max_points}, the attempt says ${attempt.points}/${attempt.max_points}`);
    }
    if (attempt.points !== expected || attempt.max_points !== attempt.question_count) {
      problems.push(`${attempt.id}: scored ${attempt.points}/${attempt.max_points}, its answers deserve ${expected}/${attempt.question_count}`);
    }
    if (attempt.percent === null || Math.abs(attempt.percent - (100 * (attempt.points ?? 0)) / (attempt.max_points ?? 1)) > 0.01) {
      problems.push(`${attempt.id}: percent ${attempt.percent} for ${attempt.points}/${attempt.max_points}`);
    }
  }
  return problems;
}

/** How many of these attempts have each status. */
export async function statusCounts(db: TestDatabase, ids: string[]): Promise<Record<string, number>> {
  if (!ids.length) return {};
  const rows = await db.rows<{ status: string; n: number }>('SELECT status, COUNT(*) AS n FROM attempts WHERE id IN (?) GROUP BY status', [ids]);
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
