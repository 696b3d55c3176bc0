import { finalGrade, FinishedAttempt, GradingMethod } from './grading-method';

export interface OverviewAttempt extends Partial<FinishedAttempt> {
  agentId: string;
  status: 'in_progress' | 'submitted' | 'needs_grading' | 'graded';
}

export interface ExamOverviewFigures {
  inProgress: number;
  submitted: number;
  needsGrading: number;
  graded: number;
  agents: number;
  agentsGraded: number;
  agentsPassed: number;
  passRate: number | null;
  averagePercent: number | null;
  histogram: number[];
}

export const HISTOGRAM_BINS = 10;

/** Which of the ten bins a percent falls in: 0–<10 … 90–100 (100 belongs to the last bin). */
export function histogramBin(percent: number): number {
  return Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.floor(percent / (100 / HISTOGRAM_BINS))));
}

/**
 * An exam at a glance: attempts by status, the distribution of graded attempts, and each agent's
 * grade by the exam's grading method — the pass rate counts agents, not attempts, as a trainer
 * reports it ("82% of the team passed").
 */
export function examOverview(attempts: readonly OverviewAttempt[], method: GradingMethod, passPercent: number | null): ExamOverviewFigures {
  const histogram = new Array<number>(HISTOGRAM_BINS).fill(0);
  const count = { in_progress: 0, submitted: 0, needs_grading: 0, graded: 0 };
  const gradedByAgent = new Map<string, FinishedAttempt[]>();
  const agents = new Set<string>();
  let percentSum = 0;
  for (const attempt of attempts) {
    agents.add(attempt.agentId);
    count[attempt.status]++;
    if (attempt.status !== 'graded' || attempt.percent === undefined) continue;
    const finished = { percent: attempt.percent, passed: attempt.passed ?? null, submittedAt: attempt.submittedAt ?? 0 };
    histogram[histogramBin(finished.percent)]++;
    percentSum += finished.percent;
    gradedByAgent.set(attempt.agentId, [...(gradedByAgent.get(attempt.agentId) ?? []), finished]);
  }
  let agentsPassed = 0;
  for (const finished of gradedByAgent.values()) if (finalGrade(finished, method, passPercent)?.passed) agentsPassed++;
  const agentsGraded = gradedByAgent.size;
  return {
    inProgress: count.in_progress,
    submitted: count.submitted,
    needsGrading: count.needs_grading,
    graded: count.graded,
    agents: agents.size,
    agentsGraded,
    agentsPassed,
    passRate: passPercent === null || agentsGraded === 0 ? null : agentsPassed / agentsGraded,
    averagePercent: count.graded ? Math.round((percentSum / count.graded) * 100) / 100 : null,
    histogram,
  };
}
