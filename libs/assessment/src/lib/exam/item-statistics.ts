import { round4 } from '../scoring/outcome';

export interface AttemptItemScores {
  attemptId: string;
  items: readonly { itemId: string; points: number; maxPoints: number }[];
}

export type ItemFlag = 'too_easy' | 'too_hard' | 'negative_discrimination' | 'weak_discrimination';

export interface ItemStatistic {
  itemId: string;
  /** Attempts that were shown the item. */
  attempts: number;
  /** Mean share of the item's points earned, 0–1 (Moodle's facility index). */
  facility: number;
  /** Correlation (−1…1) between the item's score and the rest of the attempt's score; null when either never varies. */
  discrimination: number | null;
  flags: ItemFlag[];
}

export interface ExamStatistics {
  attempts: number;
  items: ItemStatistic[];
  /** Cronbach's α (KR-20 for right/wrong items) over the items every attempt was shown; null with fewer than two such items or attempts. */
  reliability: number | null;
}

/** Below this many attempts an item is described but not flagged: the figures are noise. */
export const MIN_ATTEMPTS_FOR_FLAGS = 5;
export const THRESHOLDS = { tooEasy: 0.9, tooHard: 0.2, weakDiscrimination: 0.2 } as const;

/**
 * Classical test theory for one exam's graded attempts. Discrimination is the corrected
 * point-biserial: the item against the attempt's percent on its other questions, so an item does
 * not correlate with itself (and random draws of different sizes stay comparable).
 */
export function examStatistics(attempts: readonly AttemptItemScores[]): ExamStatistics {
  const perItem = new Map<string, { fraction: number; rest: number }[]>();
  for (const attempt of attempts) {
    const points = attempt.items.reduce((sum, item) => sum + item.points, 0);
    const maxPoints = attempt.items.reduce((sum, item) => sum + item.maxPoints, 0);
    for (const item of attempt.items) {
      if (item.maxPoints <= 0) continue;
      const restMax = maxPoints - item.maxPoints;
      const rest = restMax > 0 ? (points - item.points) / restMax : 0;
      const rows = perItem.get(item.itemId) ?? [];
      rows.push({ fraction: clamp01(item.points / item.maxPoints), rest });
      perItem.set(item.itemId, rows);
    }
  }
  const items = [...perItem.entries()].map(([itemId, rows]): ItemStatistic => {
    const facility = mean(rows.map((row) => row.fraction));
    const discrimination = correlation(rows.map((row) => row.fraction), rows.map((row) => row.rest));
    return { itemId, attempts: rows.length, facility: round4(facility), discrimination: discrimination === null ? null : round4(discrimination), flags: flagsFor(rows.length, facility, discrimination) };
  });
  return { attempts: attempts.length, items, reliability: reliability(attempts) };
}

function flagsFor(attempts: number, facility: number, discrimination: number | null): ItemFlag[] {
  if (attempts < MIN_ATTEMPTS_FOR_FLAGS) return [];
  const flags: ItemFlag[] = [];
  if (facility > THRESHOLDS.tooEasy) flags.push('too_easy');
  if (facility < THRESHOLDS.tooHard) flags.push('too_hard');
  if (discrimination !== null && discrimination < 0) flags.push('negative_discrimination');
  else if (discrimination !== null && discrimination < THRESHOLDS.weakDiscrimination) flags.push('weak_discrimination');
  return flags;
}

/** α = k/(k−1) · (1 − Σ var(item) / var(total)), over items present in every attempt. */
function reliability(attempts: readonly AttemptItemScores[]): number | null {
  if (attempts.length < 2) return null;
  const common = attempts
    .map((attempt) => new Set(attempt.items.filter((item) => item.maxPoints > 0).map((item) => item.itemId)))
    .reduce((shared, ids) => new Set([...shared].filter((id) => ids.has(id))));
  const k = common.size;
  if (k < 2) return null;
  const matrix = attempts.map((attempt) => attempt.items.filter((item) => common.has(item.itemId)).sort((a, b) => a.itemId.localeCompare(b.itemId)).map((item) => item.points));
  const itemVariance = [...Array(k).keys()].reduce((sum, i) => sum + variance(matrix.map((row) => row[i])), 0);
  const totalVariance = variance(matrix.map((row) => row.reduce((sum, value) => sum + value, 0)));
  if (totalVariance === 0) return null;
  return round4((k / (k - 1)) * (1 - itemVariance / totalVariance));
}

function mean(values: readonly number[]): number {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}

function variance(values: readonly number[]): number {
  const m = mean(values);
  return mean(values.map((value) => (value - m) ** 2));
}

function correlation(x: readonly number[], y: readonly number[]): number | null {
  const mx = mean(x);
  const my = mean(y);
  let covariance = 0;
  let vx = 0;
  let vy = 0;
  for (let i = 0; i < x.length; i++) {
    covariance += (x[i] - mx) * (y[i] - my);
    vx += (x[i] - mx) ** 2;
    vy += (y[i] - my) ** 2;
  }
  if (vx === 0 || vy === 0) return null;
  return covariance / Math.sqrt(vx * vy);
}

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
