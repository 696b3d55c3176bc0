import { HttpErrorResponse } from '@angular/common/http';
import type { AttemptResultView } from '@pathwise/contracts';
import {
  Observable,
  catchError,
  exhaustMap,
  map,
  of,
  scan,
  takeWhile,
  timer,
} from 'rxjs';

export const POLL_INTERVAL_MS = 2_000;

export interface ResultPoll {
  /** The latest result received; kept while a later poll fails. */
  result: AttemptResultView | null;
  error: unknown;
}

/** Graded, or waiting for a trainer: either way nothing changes by polling again soon. */
function isSettled(result: AttemptResultView): boolean {
  return result.status === 'graded' || result.status === 'needs_grading';
}

/**
 * The result of an attempt, fetched now and every `intervalMs` until grading has settled. A
 * network or server failure is tried again on the next tick; a 4xx (no such attempt) ends it.
 */
export function pollResult(
  fetch: () => Observable<AttemptResultView>,
  intervalMs = POLL_INTERVAL_MS,
): Observable<ResultPoll> {
  return timer(0, intervalMs).pipe(
    exhaustMap(() =>
      fetch().pipe(
        map((result): ResultPoll => ({ result, error: null })),
        catchError((error: unknown) => of<ResultPoll>({ result: null, error })),
      ),
    ),
    scan(
      (last: ResultPoll, next: ResultPoll): ResultPoll =>
        next.result ? next : { result: last.result, error: next.error },
      { result: null, error: null },
    ),
    takeWhile(
      (poll) =>
        !(poll.result && !poll.error && isSettled(poll.result)) &&
        !isPermanent(poll.error),
      true,
    ),
  );
}

function isPermanent(error: unknown): boolean {
  return (
    error instanceof HttpErrorResponse &&
    error.status >= 400 &&
    error.status < 500
  );
}
