export type ReliabilityBand =
  | 'good'
  | 'acceptable'
  | 'questionable'
  | 'poor'
  | 'unknown';

/**
 * The usual reading of Cronbach's α (KR-20): ≥ 0.8 good for a certification exam, ≥ 0.7
 * acceptable, ≥ 0.5 questionable, below that the total score says little.
 */
export function reliabilityBand(alpha: number | null): ReliabilityBand {
  if (alpha === null || Number.isNaN(alpha)) return 'unknown';
  if (alpha >= 0.8) return 'good';
  if (alpha >= 0.7) return 'acceptable';
  if (alpha >= 0.5) return 'questionable';
  return 'poor';
}
