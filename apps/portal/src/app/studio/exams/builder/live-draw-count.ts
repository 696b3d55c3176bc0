import { DrawExamItem, DrawPreview } from '@pathwise/contracts';
import {
  Observable,
  SchedulerLike,
  asyncScheduler,
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { MessageKey } from '../../../i18n/i18n.service';
import { errorMessageKey } from '../../../shared/api-error';

export type LiveCount =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; available: number }
  | { status: 'error'; key: MessageKey };

const sameFilter = (a: DrawExamItem | null, b: DrawExamItem | null) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * How many questions a draw can pick from, asked a moment after the trainer stops changing its
 * filters; each new filter cancels the request still running for an older one, so a slow answer
 * never overwrites a newer count. A null filter (no bank chosen yet) asks nothing.
 */
export function liveDrawCount(
  filters: Observable<DrawExamItem | null>,
  preview: (item: DrawExamItem) => Observable<DrawPreview>,
  wait = 300,
  scheduler: SchedulerLike = asyncScheduler,
): Observable<LiveCount> {
  return filters.pipe(
    debounceTime(wait, scheduler),
    distinctUntilChanged(sameFilter),
    switchMap((item) =>
      item === null
        ? of<LiveCount>({ status: 'idle' })
        : preview(item).pipe(
            map(
              (result): LiveCount => ({
                status: 'ready',
                available: result.available,
              }),
            ),
            catchError((error: unknown) =>
              of<LiveCount>({ status: 'error', key: errorMessageKey(error) }),
            ),
            startWith<LiveCount>({ status: 'loading' }),
          ),
    ),
  );
}

/** Questions the draw asks for beyond what it can pick from; 0 when it can be filled. */
export function shortfall(live: LiveCount, count: number | null): number {
  if (live.status !== 'ready' || count === null) return 0;
  return Math.max(0, count - live.available);
}
