export const GRADING_METHODS = ['highest', 'last', 'average', 'first'] as const;
export type GradingMethod = (typeof GRADING_METHODS)[number];

export interface FinishedAttempt {
  percent: number;
  passed: boolean | null;
  /** Order of submission (a timestamp or a sequence number). */
  submittedAt: number;
}

export interface FinalGrade {
  percent: number;
  passed: boolean | null;
  attemptsCounted: number;
}

/**
 * The grade an agent keeps for an exam across its graded attempts, as Moodle's quiz grading
 * method. An average passes when its percent reaches the pass mark.
 */
export function finalGrade(attempts: readonly FinishedAttempt[], method: GradingMethod, passPercent: number | null): FinalGrade | null {
  if (!attempts.length) return null;
  const ordered = [...attempts].sort((a, b) => a.submittedAt - b.submittedAt);
  switch (method) {
    case 'first':
      return pick(ordered[0], ordered.length);
    case 'last':
      return pick(ordered[ordered.length - 1], ordered.length);
    case 'highest':
      return pick(ordered.reduce((best, attempt) => (attempt.percent > best.percent ? attempt : best)), ordered.length);
    case 'average': {
      const percent = Math.round((ordered.reduce((sum, a) => sum + a.percent, 0) / ordered.length) * 100) / 100;
      return { percent, passed: passPercent === null ? null : percent >= passPercent, attemptsCounted: ordered.length };
    }
  }
}

function pick(attempt: FinishedAttempt, count: number): FinalGrade {
  return { percent: attempt.percent, passed: attempt.passed, attemptsCounted: count };
}
