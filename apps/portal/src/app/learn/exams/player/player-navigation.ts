import type { AttemptView } from '@pathwise/contracts';

export type Navigation = AttemptView['navigation'];

/**
 * Which question an agent may open from `current`. Free navigation goes anywhere; sequential
 * goes only forward, one question at a time, and never back.
 */
export function canOpen(
  target: number,
  current: number,
  count: number,
  navigation: Navigation,
): boolean {
  if (target < 0 || target >= count) return false;
  return navigation === 'free' || target === current || target === current + 1;
}

/**
 * Where a reload or another device picks up. Free: where this browser was. Sequential: the
 * furthest question reached, known locally or from the last answer the server holds, since the
 * agent cannot go back to earlier ones.
 */
export function resumeIndex(
  answered: readonly boolean[],
  navigation: Navigation,
  stored: number | null,
): number {
  const count = answered.length;
  if (count === 0) return 0;
  const clamp = (i: number) => Math.min(Math.max(i, 0), count - 1);
  const local =
    stored !== null && Number.isInteger(stored) ? clamp(stored) : null;
  if (navigation === 'free') return local ?? 0;
  return Math.max(local ?? 0, answered.lastIndexOf(true), 0);
}
