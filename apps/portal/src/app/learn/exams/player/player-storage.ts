import { OutboxStorage, outboxStorageKey } from './answer-outbox';

/** Local storage, or null where the browser blocks it (some privacy modes throw on access). */
export function browserStorage(): OutboxStorage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

function positionKey(attemptId: string): string {
  return `pathwise.exam-position.${attemptId}`;
}

/** The question this browser had open, so a reload lands on it. */
export function readOpenQuestion(attemptId: string): number | null {
  const raw = browserStorage()?.getItem(positionKey(attemptId));
  const index = raw === null || raw === undefined ? NaN : Number(raw);
  return Number.isInteger(index) ? index : null;
}

export function writeOpenQuestion(attemptId: string, index: number): void {
  try {
    browserStorage()?.setItem(positionKey(attemptId), String(index));
  } catch {
    // Without storage a reload starts at the first question (or the furthest answered one).
  }
}

/** A submitted attempt leaves nothing behind in the browser. */
export function forgetAttempt(attemptId: string): void {
  const storage = browserStorage();
  storage?.removeItem(positionKey(attemptId));
  storage?.removeItem(outboxStorageKey(attemptId));
}
