/** A percent as trainers read it: one decimal at most (84.62 → 84.6). */
export function roundPercent(percent: number): number {
  return Math.round(percent * 10) / 10;
}

/** A 0–1 share as a percent with one decimal, or null. */
export function shareAsPercent(share: number | null): number | null {
  return share === null ? null : roundPercent(share * 100);
}
