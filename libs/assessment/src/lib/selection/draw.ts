import { shuffle } from './shuffle';

export interface Draw<T> {
  count: number;
  filter?: (question: T) => boolean;
}

export interface DrawResult<T> {
  questions: T[];
  /** How many questions the pool could not supply (0 when the draw is complete). */
  shortfall: number;
  /** How many drawn questions the learner had already seen (from avoidIds). */
  repeated: number;
}

/**
 * Draws `count` questions matching the filter. Questions in `avoidIds` (seen in earlier attempts)
 * are taken only when the fresh ones run out, so retakes see new questions while the pool allows.
 */
export function drawQuestions<T extends { id: string }>(
  pool: readonly T[],
  draw: Draw<T>,
  seed: string,
  options: { avoidIds?: ReadonlySet<string> } = {},
): DrawResult<T> {
  const count = Math.max(0, Math.floor(draw.count));
  const seen = new Set<string>();
  const eligible = pool.filter((q) => {
    if (seen.has(q.id) || (draw.filter && !draw.filter(q))) return false;
    seen.add(q.id);
    return true;
  });
  const avoid = options.avoidIds ?? new Set<string>();
  const fresh = shuffle(
    eligible.filter((q) => !avoid.has(q.id)),
    `${seed}:fresh`,
  );
  const reused = shuffle(
    eligible.filter((q) => avoid.has(q.id)),
    `${seed}:reused`,
  );
  const picked = [...fresh, ...reused].slice(0, count);
  const repeated = Math.max(0, picked.length - fresh.length);
  // Shuffle again so seen questions, when needed, are not always at the end of the exam.
  return { questions: shuffle(picked, `${seed}:order`), shortfall: count - picked.length, repeated };
}
