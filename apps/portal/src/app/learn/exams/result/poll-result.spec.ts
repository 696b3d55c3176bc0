import { HttpErrorResponse } from '@angular/common/http';
import type { AttemptResultView } from '@pathwise/contracts';
import { Observable, of, throwError } from 'rxjs';
import { ResultPoll, pollResult } from './poll-result';

function result(status: AttemptResultView['status']): AttemptResultView {
  return {
    attemptId: 'a',
    examId: 'e',
    status,
    submittedAt: null,
    gradedAt: null,
    score: null,
    dimensions: null,
    questions: [],
  };
}

const failure = (status: number) => ({
  fails: new HttpErrorResponse({ status }),
});

/** Replies in turn; the last reply repeats. */
function server(
  ...replies: (AttemptResultView | { fails: HttpErrorResponse })[]
) {
  let calls = 0;
  const fetch = (): Observable<AttemptResultView> => {
    const reply = replies[Math.min(calls++, replies.length - 1)];
    return 'fails' in reply ? throwError(() => reply.fails) : of(reply);
  };
  return { fetch, calls: () => calls };
}

describe('pollResult', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function collect(source: Observable<ResultPoll>) {
    const seen: ResultPoll[] = [];
    let done = false;
    source.subscribe({
      next: (p) => seen.push(p),
      complete: () => (done = true),
    });
    // The first poll goes out on the next tick.
    jest.advanceTimersByTime(0);
    return { seen, done: () => done };
  }

  it('polls every interval while the attempt is being graded, then stops at the grade', () => {
    const s = server(
      result('submitted'),
      result('submitted'),
      result('graded'),
    );
    const run = collect(pollResult(s.fetch, 2000));
    expect(run.seen.map((p) => p.result?.status)).toEqual(['submitted']);
    jest.advanceTimersByTime(2000);
    expect(run.seen).toHaveLength(2);
    jest.advanceTimersByTime(2000);
    expect(run.seen.map((p) => p.result?.status)).toEqual([
      'submitted',
      'submitted',
      'graded',
    ]);
    expect(run.done()).toBe(true);
    jest.advanceTimersByTime(10_000);
    expect(s.calls()).toBe(3);
  });

  it('stops when the attempt waits for a trainer', () => {
    const run = collect(
      pollResult(server(result('needs_grading')).fetch, 2000),
    );
    expect(run.done()).toBe(true);
  });

  it('keeps the last result through a failed poll and tries again', () => {
    const s = server(result('submitted'), failure(0), result('graded'));
    const run = collect(pollResult(s.fetch, 2000));
    jest.advanceTimersByTime(2000);
    expect(run.seen[1].result?.status).toBe('submitted');
    expect(run.seen[1].error).toBeInstanceOf(HttpErrorResponse);
    jest.advanceTimersByTime(2000);
    expect(run.seen[2]).toEqual({ result: result('graded'), error: null });
    expect(run.done()).toBe(true);
  });

  it('gives up on an attempt that does not exist', () => {
    const run = collect(pollResult(server(failure(404)).fetch, 2000));
    expect(run.done()).toBe(true);
    expect(run.seen[0].error).toBeInstanceOf(HttpErrorResponse);
  });
});
