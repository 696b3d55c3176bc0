/**
 * The first key of `raw` the engine did not read into `clean` (an answer's unknown field), or null.
 * Validation returns a clean copy; the API refuses what it would otherwise silently drop.
 */
export function unknownAnswerKey(raw: unknown, clean: unknown, path = 'answer'): string | null {
  if (Array.isArray(raw) && Array.isArray(clean)) {
    for (let i = 0; i < raw.length; i++) {
      const found = unknownAnswerKey(raw[i], clean[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (isRecord(raw) && isRecord(clean)) {
    for (const key of Object.keys(raw)) {
      if (!(key in clean)) return `${path}.${key}`;
      const found = unknownAnswerKey(raw[key], clean[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
