import { Logger } from '@nestjs/common';
import { JobHandlerRegistry } from './job-handler.registry';
import { InProcessJobQueue } from './in-process-job-queue';

/** A registry double is right here: these tests are about the queue's scheduling, not about any handler. */
function queueWith(run: (name: string, payload: unknown) => Promise<unknown>): InProcessJobQueue {
  return new InProcessJobQueue({ run } as unknown as JobHandlerRegistry);
}

const JOB = 'purge-expired-refresh-tokens' as const;

describe('InProcessJobQueue', () => {
  beforeAll(() => Logger.overrideLogger(false));

  it('runs an enqueued job with its payload', async () => {
    const seen: unknown[] = [];
    const queue = queueWith(async (_name, payload) => seen.push(payload));
    await queue.enqueue(JOB, { olderThanDays: 3 });
    await queue.drain();
    expect(seen).toEqual([{ olderThanDays: 3 }]);
  });

  it('ignores a second job with the same deduplication id while the first is pending, and allows it once finished', async () => {
    let runs = 0;
    const queue = queueWith(async () => runs++);
    const first = await queue.enqueue(JOB, {}, { deduplicationId: 'same' });
    const second = await queue.enqueue(JOB, {}, { deduplicationId: 'same' });
    expect(second).toBe(first);
    await queue.drain();
    expect(runs).toBe(1);
    const third = await queue.enqueue(JOB, {}, { deduplicationId: 'same' });
    expect(third).not.toBe(first);
    await queue.drain();
    expect(runs).toBe(2);
  });

  it('deduplicates only until the start when asked: a request made while the job runs queues one more run, and only one', async () => {
    let runs = 0;
    let firstStarted: () => void = () => undefined;
    let finishFirst: () => void = () => undefined;
    const firstRunning = new Promise<void>((resolve) => (firstStarted = resolve));
    const queue = queueWith(async () => {
      runs++;
      if (runs > 1) return;
      firstStarted();
      await new Promise<void>((resolve) => (finishFirst = resolve));
    });
    const options = { deduplicationId: 'stats', deduplicateUntilStart: true };
    const first = await queue.enqueue(JOB, {}, options);
    expect(await queue.enqueue(JOB, {}, options)).toBe(first);
    await firstRunning;
    // The first run has read its data: a change now must get its own run, and two changes one run.
    const second = await queue.enqueue(JOB, {}, options);
    expect(second).not.toBe(first);
    expect(await queue.enqueue(JOB, {}, options)).toBe(second);
    finishFirst();
    await queue.drain();
    expect(runs).toBe(2);
  });

  it('retries a failing job, then gives up after three attempts', async () => {
    let attempts = 0;
    const queue = queueWith(async () => {
      attempts++;
      throw new Error('database briefly unavailable');
    });
    await queue.enqueue(JOB, {});
    await queue.drain();
    expect(attempts).toBe(3);
  });

  it('honours a delay', async () => {
    const started = Date.now();
    let ranAt = 0;
    const queue = queueWith(async () => (ranAt = Date.now()));
    await queue.enqueue(JOB, {}, { delayMs: 60 });
    await queue.drain();
    expect(ranAt - started).toBeGreaterThanOrEqual(55);
  });

  it('lets a running job finish on shutdown and accepts no new work afterwards', async () => {
    let finished = false;
    let runs = 0;
    const queue = queueWith(async () => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 80));
      finished = true;
    });
    await queue.enqueue(JOB, {});
    await new Promise((resolve) => setTimeout(resolve, 10));
    await queue.beforeApplicationShutdown();
    expect(finished).toBe(true);
    await queue.enqueue(JOB, {});
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(runs).toBe(1);
  });

  it('repeats a scheduled job and replaces a schedule registered again under the same id', async () => {
    let runs = 0;
    const queue = queueWith(async () => runs++);
    await queue.repeat('purge', JOB, {}, { everyMs: 20 });
    await queue.repeat('purge', JOB, {}, { everyMs: 20 });
    await new Promise((resolve) => setTimeout(resolve, 110));
    await queue.beforeApplicationShutdown();
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(runs).toBeLessThanOrEqual(6);
  });
});
