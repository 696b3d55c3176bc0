import type { Answer } from '@pathwise/assessment';
import type { SaveAnswerRequest, SaveAnswerResult } from '@pathwise/contracts';

/** What one question still has to tell the server. */
export interface AnswerChange {
  answer?: Answer | null;
  flagged?: boolean;
}

interface OutboxEntry extends AnswerChange {
  position: number;
  seq: number;
  /** Typing waits until then (ms since epoch), so one save carries a burst of keystrokes. */
  sendAfter: number;
}

/** How a failed save is handled: try again later, or stop for good. */
export type SaveFailure =
  | { kind: 'offline' }
  | { kind: 'retry' }
  | { kind: 'closed'; reason: 'ATTEMPT_CLOSED' | 'TIME_UP' }
  | { kind: 'rejected' };

export interface OutboxState {
  /** Questions with changes the server has not acknowledged yet. */
  pending: number;
  sending: boolean;
  offline: boolean;
  /** The last save failed and will be tried again. */
  retrying: boolean;
  /** The server no longer accepts answers: nothing more will be sent. */
  closed: 'ATTEMPT_CLOSED' | 'TIME_UP' | null;
  /** Positions whose last save the server refused as invalid. */
  rejected: number[];
}

export type DrainOutcome = 'saved' | 'failed' | 'closed';

export interface OutboxStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface OutboxOptions {
  send(position: number, request: SaveAnswerRequest): Promise<SaveAnswerResult>;
  classify(error: unknown): SaveFailure;
  storage: OutboxStorage | null;
  onState?(state: OutboxState): void;
  /** Every acknowledged save: its `serverNow` keeps the countdown in step. */
  onSaved?(result: SaveAnswerResult): void;
  /** The server holds a newer save of this question (another tab or device). */
  onStale?(position: number): void;
  now?(): number;
  isOnline?(): boolean;
}

interface Persisted {
  lastSeq: Record<string, number>;
  pending: (AnswerChange & { position: number; seq: number })[];
}

const RETRY_DELAYS_MS = [1_000, 2_000, 4_000, 8_000, 15_000, 30_000];

export function outboxStorageKey(attemptId: string): string {
  return `pathwise.exam-outbox.${attemptId}`;
}

/**
 * The autosave queue of one attempt. Every change gets the next `seq` of its question and is kept
 * in local storage until the server acknowledges it, so a reload, a crash or a dead network loses
 * nothing. Saves go one at a time, oldest first; network and server failures are retried with
 * backoff, while a closed attempt stops the queue for good.
 */
export class AnswerOutbox {
  private readonly key: string;
  private readonly now: () => number;
  private lastSeq = new Map<number, number>();
  private queue: OutboxEntry[] = [];
  private inFlight: OutboxEntry | null = null;
  private offline = false;
  private failures = 0;
  private waitUntil = 0;
  private closed: OutboxState['closed'] = null;
  private readonly rejected = new Set<number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;
  private drainWaiters: ((outcome: DrainOutcome) => void)[] = [];

  constructor(
    attemptId: string,
    private readonly options: OutboxOptions,
  ) {
    this.key = outboxStorageKey(attemptId);
    this.now = options.now ?? (() => Date.now());
    this.offline = options.isOnline ? !options.isOnline() : false;
  }

  /**
   * Reconciles what this browser kept with what the server has (GET attempts/:id) and starts
   * sending. Returns the kept local changes, newest last, for the view to show: they are newer
   * than the server's copy.
   */
  restore(
    server: readonly { position: number; seq: number }[],
  ): Map<number, AnswerChange> {
    const saved = this.read();
    const serverSeq = new Map(server.map((q) => [q.position, q.seq]));
    this.lastSeq = new Map(
      Object.entries(saved.lastSeq).map(([p, seq]) => [Number(p), seq]),
    );
    for (const [position, seq] of serverSeq)
      this.lastSeq.set(
        position,
        Math.max(this.lastSeq.get(position) ?? 0, seq),
      );
    this.queue = saved.pending
      .filter((e) => e.seq > (serverSeq.get(e.position) ?? 0))
      .map((e) => ({ ...e, sendAfter: 0 }));
    const kept = new Map<number, AnswerChange>();
    for (const entry of this.queue)
      kept.set(entry.position, {
        ...kept.get(entry.position),
        ...changeOf(entry),
      });
    this.persist();
    this.emit();
    this.pump();
    return kept;
  }

  /** Records a change; it is sent after `debounceMs` unless another change of the question comes first. */
  change(position: number, change: AnswerChange, debounceMs = 0): void {
    if (this.closed || this.disposed) return;
    this.rejected.delete(position);
    const seq = (this.lastSeq.get(position) ?? 0) + 1;
    this.lastSeq.set(position, seq);
    const sendAfter = this.now() + debounceMs;
    const waiting = this.queue.find(
      (e) => e.position === position && e !== this.inFlight,
    );
    if (waiting) {
      Object.assign(waiting, definedOnly(change), { seq, sendAfter });
    } else {
      this.queue.push({ position, seq, sendAfter, ...definedOnly(change) });
    }
    this.persist();
    this.emit();
    this.pump();
  }

  /** Sends everything now (no typing delay, no backoff) and resolves when it is saved or fails. */
  drain(): Promise<DrainOutcome> {
    if (this.closed) return Promise.resolve('closed');
    if (this.queue.length === 0) return Promise.resolve('saved');
    for (const entry of this.queue) entry.sendAfter = 0;
    this.waitUntil = 0;
    const outcome = new Promise<DrainOutcome>((resolve) =>
      this.drainWaiters.push(resolve),
    );
    this.pump(true);
    return outcome;
  }

  setOnline(online: boolean): void {
    this.offline = !online;
    if (online) {
      this.failures = 0;
      this.waitUntil = 0;
    }
    this.emit();
    this.pump();
  }

  state(): OutboxState {
    return {
      pending: new Set(this.queue.map((e) => e.position)).size,
      sending: this.inFlight !== null,
      offline: this.offline,
      retrying: this.failures > 0 && !this.closed,
      closed: this.closed,
      rejected: [...this.rejected].sort((a, b) => a - b),
    };
  }

  /** After a submit: nothing of this attempt needs to stay in the browser. */
  clear(): void {
    this.queue = [];
    this.options.storage?.removeItem(this.key);
    this.dispose();
  }

  /** Stops timers; unsent changes stay in storage for the next visit. */
  dispose(): void {
    this.disposed = true;
    clearTimeout(this.timer);
    this.settleDrains(this.closed ? 'closed' : 'failed');
  }

  private pump(force = false): void {
    if (this.disposed || this.closed || this.inFlight) return;
    clearTimeout(this.timer);
    if (this.queue.length === 0) return;
    const now = this.now();
    if (!force && this.waitUntil > now) {
      this.schedule(this.waitUntil - now);
      return;
    }
    if (!force && this.offline && this.options.isOnline?.() === false) {
      // The `online` event resumes sending; the timer only guards against a missed event.
      this.schedule(RETRY_DELAYS_MS[RETRY_DELAYS_MS.length - 1]);
      return;
    }
    const ready = this.queue.find((e) => e.sendAfter <= now);
    if (!ready) {
      this.schedule(Math.min(...this.queue.map((e) => e.sendAfter)) - now);
      return;
    }
    this.send(ready);
  }

  private send(entry: OutboxEntry): void {
    this.inFlight = entry;
    this.emit();
    const request: SaveAnswerRequest = { seq: entry.seq, ...changeOf(entry) };
    this.options.send(entry.position, request).then(
      (result) => this.acknowledged(entry, result),
      (error: unknown) => this.failed(entry, error),
    );
  }

  private acknowledged(entry: OutboxEntry, result: SaveAnswerResult): void {
    this.inFlight = null;
    this.queue = this.queue.filter((e) => e !== entry);
    this.failures = 0;
    this.waitUntil = 0;
    this.offline = false;
    const stale = result.seq > entry.seq;
    const waiting = this.queue.find((e) => e.position === entry.position);
    if (stale) {
      const newest = Math.max(
        this.lastSeq.get(entry.position) ?? 0,
        result.seq,
      );
      this.lastSeq.set(entry.position, newest);
      // A change made here after the other save is the newest: number it above the server's.
      if (waiting) {
        waiting.seq = newest + 1;
        this.lastSeq.set(entry.position, waiting.seq);
      }
    }
    this.persist();
    this.options.onSaved?.(result);
    if (stale && !waiting) this.options.onStale?.(entry.position);
    this.emit();
    this.pump(this.drainWaiters.length > 0);
  }

  private failed(entry: OutboxEntry, error: unknown): void {
    this.inFlight = null;
    const failure = this.options.classify(error);
    switch (failure.kind) {
      case 'closed':
        this.closed = failure.reason;
        clearTimeout(this.timer);
        break;
      case 'rejected':
        // The server will never take this save; keep the others moving.
        this.queue = this.queue.filter((e) => e !== entry);
        this.rejected.add(entry.position);
        this.persist();
        break;
      case 'offline':
      case 'retry':
        this.offline = failure.kind === 'offline';
        this.failures++;
        this.waitUntil =
          this.now() +
          RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length) - 1];
        this.settleDrains('failed');
        break;
    }
    this.emit();
    this.pump();
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.pump(), Math.max(0, delayMs));
  }

  private emit(): void {
    const state = this.state();
    this.options.onState?.(state);
    if (state.closed) this.settleDrains('closed');
    else if (state.pending === 0) this.settleDrains('saved');
  }

  private settleDrains(outcome: DrainOutcome): void {
    const waiters = this.drainWaiters;
    this.drainWaiters = [];
    for (const resolve of waiters) resolve(outcome);
  }

  private read(): Persisted {
    try {
      const raw = this.options.storage?.getItem(this.key);
      const parsed: unknown = raw ? JSON.parse(raw) : null;
      if (isPersisted(parsed)) return parsed;
    } catch {
      // Unreadable storage holds nothing we can trust; the server's copy stands.
    }
    return { lastSeq: {}, pending: [] };
  }

  private persist(): void {
    const data: Persisted = {
      lastSeq: Object.fromEntries(this.lastSeq),
      pending: this.queue.map((e) => ({
        position: e.position,
        seq: e.seq,
        ...changeOf(e),
      })),
    };
    try {
      this.options.storage?.setItem(this.key, JSON.stringify(data));
    } catch {
      // A full or blocked storage: the queue still works for as long as the tab stays open.
    }
  }
}

function changeOf(entry: AnswerChange): AnswerChange {
  return definedOnly({ answer: entry.answer, flagged: entry.flagged });
}

function definedOnly(change: AnswerChange): AnswerChange {
  const result: AnswerChange = {};
  if (change.answer !== undefined) result.answer = change.answer;
  if (change.flagged !== undefined) result.flagged = change.flagged;
  return result;
}

function isPersisted(value: unknown): value is Persisted {
  if (typeof value !== 'object' || value === null) return false;
  const { lastSeq, pending } = value as Record<string, unknown>;
  return (
    typeof lastSeq === 'object' &&
    lastSeq !== null &&
    Array.isArray(pending) &&
    pending.every(
      (e: unknown) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as Record<string, unknown>)['position'] === 'number' &&
        typeof (e as Record<string, unknown>)['seq'] === 'number',
    )
  );
}
