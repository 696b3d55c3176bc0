import type { OrderingQuestion } from '../model';
import { graded, stringList, type Outcome } from './outcome';

/**
 * Partial credit is Moodle's "longest ordered subset": the longest run of items, not necessarily
 * adjacent, that the learner placed in the correct relative order, divided by the number of items.
 * A single item is not an order, so a subset shorter than two earns nothing (a reversed list
 * scores 0).
 */
export function scoreOrdering(q: OrderingQuestion, answer: unknown): Outcome {
  const keyIndex = new Map(q.items.map((item, index) => [item.id, index]));
  const seen = new Set<string>();
  const positions: number[] = [];
  for (const id of stringList(answer, 'order')) {
    const index = keyIndex.get(id);
    if (index === undefined || seen.has(id)) continue;
    seen.add(id);
    positions.push(index);
  }
  const n = q.items.length;
  const exact = positions.length === n && positions.every((p, i) => p === i);
  if (q.scoring === 'all_or_nothing' || exact) return graded(exact ? 1 : 0);
  const longest = longestIncreasingRun(positions);
  return graded(longest < 2 ? 0 : longest / n);
}

/** Length of the longest strictly increasing subsequence (patience sorting, O(n log n)). */
export function longestIncreasingRun(values: number[]): number {
  const tails: number[] = [];
  for (const value of values) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < value) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = value;
  }
  return tails.length;
}
