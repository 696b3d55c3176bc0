import type { SaveAnswerRequest, SaveAnswerResult } from '@pathwise/contracts';
import {
  AnswerOutbox,
  OutboxOptions,
  OutboxState,
  SaveFailure,
  outboxStorageKey,
} from './answer-outbox';

const ATTEMPT = 'attempt-1';

class MemoryStorage {
  readonly data = new Map<string, string>();
  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
}

interface Call {
  position: number;
  request: SaveAnswerRequest;
  resolve(result?: Partial<SaveAnswerResult>): void;
  reject(error: unknown): void;
}

/** A server whose every save waits until the test answers it. */
function harness(
  overrides: Partial<OutboxOptions> = {},
  storage = new MemoryStorage(),
) {
  const calls: Call[] = [];
  const states: OutboxState[] = [];
  const saved: SaveAnswerResult[] = [];
  const stale: number[] = [];
  let online = true;
  const options: OutboxOptions = {
    storage,
    send: (position, request) =>
      new Promise<SaveAnswerResult>((resolve, reject) =>
        calls.push({
          position,
          request,
          resolve: (result) =>
            resolve({
              position,
              seq: request.seq,
              deadline: null,
              serverNow: '2026-01-01T00:00:00.000Z',
              ...result,
            }),
          reject,
        }),
      ),
    classify: (error) => error as SaveFailure,
    onState: (state) => states.push(state),
    onSaved: (result) => saved.push(result),
    onStale: (position) => stale.push(position),
    isOnline: () => online,
    ...overrides,
  };
  const outbox = new AnswerOutbox(ATTEMPT, options);
  return {
    outbox,
    calls,
    states,
    saved,
    stale,
    storage,
    goOffline: () => {
      online = false;
      outbox.setOnline(false);
    },
    goOnline: () => {
      online = true;
      outbox.setOnline(true);
    },
    stored: () =>
      JSON.parse(storage.getItem(outboxStorageKey(ATTEMPT)) ?? 'null') as {
        lastSeq: Record<string, number>;
        pending: { position: number; seq: number }[];
      },
  };
}

/** Lets resolved promises run their callbacks. */
async function settle(): Promise<void> {
  await jest.advanceTimersByTimeAsync(0);
}

describe('AnswerOutbox', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('sends one save at a time, oldest first, with the next seq of each question', async () => {
    const h = harness();
    h.outbox.restore([
      { position: 1, seq: 0 },
      { position: 2, seq: 4 },
    ]);
    h.outbox.change(1, { answer: { optionId: 'a' } });
    h.outbox.change(2, { answer: { value: true } });
    expect(h.calls).toHaveLength(1);
    expect(h.calls[0]).toMatchObject({
      position: 1,
      request: { seq: 1, answer: { optionId: 'a' } },
    });
    h.calls[0].resolve();
    await settle();
    expect(h.calls).toHaveLength(2);
    expect(h.calls[1]).toMatchObject({
      position: 2,
      request: { seq: 5, answer: { value: true } },
    });
    h.calls[1].resolve();
    await settle();
    expect(h.outbox.state()).toMatchObject({ pending: 0, sending: false });
    expect(h.saved.map((r) => r.position)).toEqual([1, 2]);
  });

  it('queues a change made while the same question is on the wire behind it, with a higher seq', async () => {
    const h = harness();
    h.outbox.restore([]);
    h.outbox.change(3, { answer: { optionId: 'a' } });
    h.outbox.change(3, { flagged: true });
    h.outbox.change(3, { answer: { optionId: 'b' } });
    expect(h.calls).toHaveLength(1);
    expect(h.outbox.state().pending).toBe(1);
    h.calls[0].resolve();
    await settle();
    expect(h.calls[1].request).toEqual({
      seq: 3,
      answer: { optionId: 'b' },
      flagged: true,
    });
  });

  it('sends a flag change alone, without touching the answer', () => {
    const h = harness();
    h.outbox.restore([]);
    h.outbox.change(1, { flagged: true });
    expect(h.calls[0].request).toEqual({ seq: 1, flagged: true });
  });

  it('waits for typing to pause before sending, and a choice does not wait behind it', async () => {
    const h = harness();
    h.outbox.restore([]);
    h.outbox.change(1, { answer: { text: 'Hel' } }, 600);
    await jest.advanceTimersByTimeAsync(400);
    h.outbox.change(1, { answer: { text: 'Hello' } }, 600);
    h.outbox.change(2, { answer: { optionId: 'c' } });
    expect(h.calls.map((c) => c.position)).toEqual([2]);
    h.calls[0].resolve();
    await jest.advanceTimersByTimeAsync(599);
    expect(h.calls).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(h.calls[1]).toMatchObject({
      position: 1,
      request: { seq: 2, answer: { text: 'Hello' } },
    });
  });

  it('keeps unsent changes in storage and never reuses a seq after a reload', async () => {
    const storage = new MemoryStorage();
    const first = harness({}, storage);
    first.outbox.restore([{ position: 1, seq: 2 }]);
    first.outbox.change(1, { answer: { optionId: 'a' } });
    first.calls[0].resolve();
    await settle();
    first.goOffline();
    first.outbox.change(1, { answer: { optionId: 'b' } });
    first.outbox.change(2, { answer: { value: false } });
    expect(first.stored()).toEqual({
      lastSeq: { '1': 4, '2': 1 },
      pending: [
        { position: 1, seq: 4, answer: { optionId: 'b' } },
        { position: 2, seq: 1, answer: { value: false } },
      ],
    });
    first.outbox.dispose();

    // The reload: the server still has seq 3 for question 1 and nothing for question 2.
    const second = harness({}, storage);
    const kept = second.outbox.restore([
      { position: 1, seq: 3 },
      { position: 2, seq: 0 },
    ]);
    expect([...kept]).toEqual([
      [1, { answer: { optionId: 'b' } }],
      [2, { answer: { value: false } }],
    ]);
    expect(second.calls[0].request.seq).toBe(4);
    second.calls[0].resolve();
    await settle();
    expect(second.calls[1].request.seq).toBe(1);
    second.calls[1].resolve();
    await settle();
    second.outbox.change(1, { flagged: true });
    expect(second.calls[2].request.seq).toBe(5);
  });

  it('drops a kept change when the server already holds a newer save of that question', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      outboxStorageKey(ATTEMPT),
      JSON.stringify({
        lastSeq: { '1': 2 },
        pending: [{ position: 1, seq: 2, answer: { optionId: 'old' } }],
      }),
    );
    const h = harness({}, storage);
    const kept = h.outbox.restore([{ position: 1, seq: 7 }]);
    expect(kept.size).toBe(0);
    expect(h.calls).toHaveLength(0);
    h.outbox.change(1, { answer: { optionId: 'new' } });
    expect(h.calls[0].request.seq).toBe(8);
  });

  it('ignores storage it cannot read', () => {
    const storage = new MemoryStorage();
    storage.setItem(outboxStorageKey(ATTEMPT), '{not json');
    const h = harness({}, storage);
    expect(h.outbox.restore([{ position: 1, seq: 0 }]).size).toBe(0);
    h.outbox.change(1, { answer: { optionId: 'a' } });
    expect(h.calls[0].request.seq).toBe(1);
  });

  it('retries a network failure with growing delays, reporting offline, then succeeds', async () => {
    const h = harness();
    h.outbox.restore([]);
    h.outbox.change(1, { answer: { optionId: 'a' } });
    h.calls[0].reject({ kind: 'offline' });
    await settle();
    expect(h.outbox.state()).toMatchObject({
      pending: 1,
      offline: true,
      retrying: true,
    });
    await jest.advanceTimersByTimeAsync(999);
    expect(h.calls).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(h.calls).toHaveLength(2);
    expect(h.calls[1].request.seq).toBe(1);
    h.calls[1].reject({ kind: 'retry' });
    await settle();
    await jest.advanceTimersByTimeAsync(1_999);
    expect(h.calls).toHaveLength(2);
    await jest.advanceTimersByTimeAsync(1);
    h.calls[2].resolve();
    await settle();
    expect(h.outbox.state()).toMatchObject({
      pending: 0,
      offline: false,
      retrying: false,
    });
  });

  it('holds changes while the browser is offline and sends them in order when it is back', async () => {
    const h = harness();
    h.outbox.restore([]);
    h.goOffline();
    h.outbox.change(4, { answer: { optionId: 'a' } });
    h.outbox.change(5, { answer: { value: true } });
    expect(h.calls).toHaveLength(0);
    expect(h.outbox.state()).toMatchObject({ pending: 2, offline: true });
    h.goOnline();
    expect(h.calls.map((c) => c.position)).toEqual([4]);
    h.calls[0].resolve();
    await settle();
    expect(h.calls.map((c) => c.position)).toEqual([4, 5]);
  });

  it('stops for good when the attempt is closed or time is up', async () => {
    const h = harness();
    h.outbox.restore([]);
    h.outbox.change(1, { answer: { optionId: 'a' } });
    h.outbox.change(2, { answer: { optionId: 'b' } });
    h.calls[0].reject({ kind: 'closed', reason: 'TIME_UP' });
    await settle();
    await jest.advanceTimersByTimeAsync(60_000);
    h.outbox.change(3, { answer: { optionId: 'c' } });
    expect(h.calls).toHaveLength(1);
    expect(h.outbox.state().closed).toBe('TIME_UP');
    await expect(h.outbox.drain()).resolves.toBe('closed');
  });

  it('drops a save the server refuses as invalid and goes on with the rest', async () => {
    const h = harness();
    h.outbox.restore([]);
    h.outbox.change(1, { answer: { optionId: 'gone' } });
    h.outbox.change(2, { answer: { optionId: 'b' } });
    h.calls[0].reject({ kind: 'rejected' });
    await settle();
    expect(h.outbox.state()).toMatchObject({ pending: 1, rejected: [1] });
    expect(h.calls[1].position).toBe(2);
    h.outbox.change(1, { answer: { optionId: 'a' } });
    expect(h.outbox.state().rejected).toEqual([]);
  });

  it('reports a stale save and numbers a later local change above the server', async () => {
    const h = harness();
    h.outbox.restore([]);
    h.outbox.change(1, { answer: { optionId: 'a' } });
    h.calls[0].resolve({ seq: 9 });
    await settle();
    expect(h.stale).toEqual([1]);
    h.outbox.change(1, { answer: { optionId: 'b' } });
    expect(h.calls[1].request.seq).toBe(10);

    h.outbox.change(2, { answer: { optionId: 'a' } });
    h.calls[1].resolve();
    await settle();
    h.outbox.change(2, { answer: { optionId: 'b' } });
    h.calls[2].resolve({ seq: 20 });
    await settle();
    expect(h.stale).toEqual([1]);
    expect(h.calls[3].request).toMatchObject({
      seq: 21,
      answer: { optionId: 'b' },
    });
  });

  it('drains: sends typing at once and resolves when everything is saved', async () => {
    const h = harness();
    h.outbox.restore([]);
    h.outbox.change(1, { answer: { text: 'draft' } }, 600);
    const outcome = h.outbox.drain();
    expect(h.calls).toHaveLength(1);
    h.calls[0].resolve();
    await expect(outcome).resolves.toBe('saved');
    await expect(h.outbox.drain()).resolves.toBe('saved');
  });

  it('drains: resolves as failed when the network is down', async () => {
    const h = harness();
    h.outbox.restore([]);
    h.goOffline();
    h.outbox.change(1, { answer: { optionId: 'a' } });
    const outcome = h.outbox.drain();
    expect(h.calls).toHaveLength(1);
    h.calls[0].reject({ kind: 'offline' });
    await expect(outcome).resolves.toBe('failed');
  });

  it('clears its storage after a submit', () => {
    const h = harness();
    h.outbox.restore([]);
    h.goOffline();
    h.outbox.change(1, { answer: { optionId: 'a' } });
    expect(h.stored()).not.toBeNull();
    h.outbox.clear();
    expect(h.stored()).toBeNull();
  });
});
