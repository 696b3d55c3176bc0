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
export function examStatistics(attempts: Iterable<AttemptItemScores>): ExamStatistics {
  const accumulator = new ItemStatisticsAccumulator();
  for (const attempt of attempts) accumulator.add(attempt);
  return accumulator.result();
}

interface ItemSums {
  index: number;
  /** Attempts that showed the item (with points to earn). */
  n: number;
  fraction: number;
  fraction2: number;
  rest: number;
  rest2: number;
  fractionRest: number;
  points: number;
  points2: number;
}

/**
 * The same figures from running sums, one attempt at a time: memory grows with the questions (and
 * the pairs of questions seen together), not with the attempts, so a launch exam with tens of
 * thousands of attempts is read in chunks and never held at once.
 */
export class ItemStatisticsAccumulator {
  private attempts = 0;
  private readonly items = new Map<string, ItemSums>();
  /** Σ points_i × points_j per pair of item indices (i < j), for the variance of the total. */
  private readonly pairs = new Map<number, number>();

  add(attempt: AttemptItemScores): void {
    this.attempts++;
    const scored = attempt.items.filter((item) => item.maxPoints > 0);
    const points = attempt.items.reduce((sum, item) => sum + item.points, 0);
    const maxPoints = attempt.items.reduce((sum, item) => sum + item.maxPoints, 0);
    const seen: { index: number; points: number }[] = [];
    for (const item of scored) {
      const sums = this.sumsOf(item.itemId);
      const restMax = maxPoints - item.maxPoints;
      const rest = restMax > 0 ? (points - item.points) / restMax : 0;
      const fraction = clamp01(item.points / item.maxPoints);
      sums.n++;
      sums.fraction += fraction;
      sums.fraction2 += fraction * fraction;
      sums.rest += rest;
      sums.rest2 += rest * rest;
      sums.fractionRest += fraction * rest;
      sums.points += item.points;
      sums.points2 += item.points * item.points;
      seen.push({ index: sums.index, points: item.points });
    }
    for (let a = 0; a < seen.length; a++) {
      for (let b = a + 1; b < seen.length; b++) {
        const key = pairKey(seen[a].index, seen[b].index);
        this.pairs.set(key, (this.pairs.get(key) ?? 0) + seen[a].points * seen[b].points);
      }
    }
  }

  result(): ExamStatistics {
    const items = [...this.items.entries()]
      .filter(([, sums]) => sums.n > 0)
      .map(([itemId, sums]): ItemStatistic => {
        const facility = sums.fraction / sums.n;
        const discrimination = correlation(sums.n, sums.fraction, sums.fraction2, sums.rest, sums.rest2, sums.fractionRest);
        return { itemId, attempts: sums.n, facility: round4(facility), discrimination: discrimination === null ? null : round4(discrimination), flags: flagsFor(sums.n, facility, discrimination) };
      });
    return { attempts: this.attempts, items, reliability: this.reliability() };
  }

  /** α = k/(k−1) · (1 − Σ var(item) / var(total)), over items present in every attempt. */
  private reliability(): number | null {
    const n = this.attempts;
    if (n < 2) return null;
    const common = [...this.items.values()].filter((sums) => sums.n === n);
    const k = common.length;
    if (k < 2) return null;
    const variances = common.map((sums) => sums.points2 / n - (sums.points / n) ** 2);
    const itemVariance = variances.reduce((sum, v) => sum + v, 0);
    let covariances = 0;
    for (let a = 0; a < k; a++) {
      for (let b = a + 1; b < k; b++) {
        const product = this.pairs.get(pairKey(common[a].index, common[b].index)) ?? 0;
        covariances += product / n - (common[a].points / n) * (common[b].points / n);
      }
    }
    const totalVariance = itemVariance + 2 * covariances;
    if (nearZero(totalVariance, itemVariance)) return null;
    return round4((k / (k - 1)) * (1 - itemVariance / totalVariance));
  }

  private sumsOf(itemId: string): ItemSums {
    let sums = this.items.get(itemId);
    if (!sums) {
      sums = { index: this.items.size, n: 0, fraction: 0, fraction2: 0, rest: 0, rest2: 0, fractionRest: 0, points: 0, points2: 0 };
      this.items.set(itemId, sums);
    }
    return sums;
  }
}

function pairKey(a: number, b: number): number {
  return a < b ? a * 1_048_576 + b : b * 1_048_576 + a;
}

/** Pearson's r from running sums; null when either side never varies. */
function correlation(n: number, x: number, x2: number, y: number, y2: number, xy: number): number | null {
  const vx = x2 - (x * x) / n;
  const vy = y2 - (y * y) / n;
  if (nearZero(vx, x2) || nearZero(vy, y2)) return null;
  return Math.max(-1, Math.min(1, (xy - (x * y) / n) / Math.sqrt(vx * vy)));
}

/** Zero up to the rounding error of sums of this size (a one-pass variance is never exactly 0). */
function nearZero(value: number, scale: number): boolean {
  return value <= 1e-9 * Math.max(1, Math.abs(scale));
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

function clamp01(value: number): number {
  return Math.min(1, Math.max(0, value));
}
