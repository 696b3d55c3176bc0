import { round4 } from '../scoring/outcome';
import type { ScoreStatus } from '../model';

/** One question of a submitted attempt, as graded. */
export interface GradedItem {
  points: number;
  maxPoints: number;
  status: ScoreStatus;
  /** Capability dimension codes of the question. */
  dimensions: readonly string[];
}

export interface PassRule {
  /** Overall pass mark in percent (0–100); null = the exam has none (practice). */
  passPercent: number | null;
  /** Optional minimum percent per dimension code. */
  dimensionPassPercent?: Readonly<Record<string, number>>;
}

export interface DimensionResult {
  code: string;
  points: number;
  maxPoints: number;
  percent: number;
  passPercent: number | null;
  passed: boolean | null;
}

export interface AttemptResult {
  /** Pending while any question waits for manual grading. */
  status: ScoreStatus;
  points: number;
  maxPoints: number;
  percent: number;
  passed: boolean | null;
  dimensions: DimensionResult[];
}

/**
 * Totals an attempt. A question counts in full towards each of its dimensions (a question on
 * trade-in complaints measures both product knowledge and complaint handling). Pass/fail needs the
 * overall mark and every dimension mark the exam sets; it is unknown (null) while grading is
 * pending or when the exam has no pass mark.
 */
export function summariseAttempt(items: readonly GradedItem[], rule: PassRule): AttemptResult {
  const status: ScoreStatus = items.some((item) => item.status === 'pending') ? 'pending' : 'graded';
  const points = round4(items.reduce((sum, item) => sum + item.points, 0));
  const maxPoints = round4(items.reduce((sum, item) => sum + item.maxPoints, 0));
  const byDimension = new Map<string, { points: number; maxPoints: number }>();
  for (const item of items) {
    for (const code of new Set(item.dimensions)) {
      const total = byDimension.get(code) ?? { points: 0, maxPoints: 0 };
      total.points += item.points;
      total.maxPoints += item.maxPoints;
      byDimension.set(code, total);
    }
  }
  const graded = status === 'graded';
  const dimensions = [...byDimension.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, total]): DimensionResult => {
      const percent = percentOf(total.points, total.maxPoints);
      const passPercent = rule.dimensionPassPercent?.[code] ?? null;
      return { code, points: round4(total.points), maxPoints: round4(total.maxPoints), percent, passPercent, passed: passPercent === null || !graded ? null : percent >= passPercent };
    });
  const percent = percentOf(points, maxPoints);
  let passed: boolean | null = null;
  if (graded && (rule.passPercent !== null || Object.keys(rule.dimensionPassPercent ?? {}).length)) {
    // A dimension mark no question measures cannot be judged here; the exam builder refuses to publish one.
    passed = (rule.passPercent === null || percent >= rule.passPercent) && dimensions.every((d) => d.passed !== false);
  }
  return { status, points, maxPoints, percent, passed, dimensions };
}

/** Percent with two decimals; an exam worth nothing scores 0. */
export function percentOf(points: number, maxPoints: number): number {
  return maxPoints > 0 ? Math.round((points / maxPoints) * 10_000) / 100 : 0;
}
