import { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { Observable, catchError, map, of, startWith, switchMap } from 'rxjs';

export type LoadState<T> =
  | { status: 'loading'; value?: T }
  | { status: 'ready'; value: T }
  | { status: 'error'; error: unknown; value?: T };

/**
 * Re-runs `load` whenever `params` changes, cancelling the previous request, and exposes the
 * outcome as a signal. While a new load runs the previous value stays available, so tables do not
 * flash empty between pages. Must be called in an injection context.
 */
export function loadOnChange<P, T>(
  params: Signal<P>,
  load: (params: P) => Observable<T>,
): Signal<LoadState<T>> {
  let last: T | undefined;
  return toSignal(
    toObservable(params).pipe(
      switchMap((p) =>
        load(p).pipe(
          map((value): LoadState<T> => {
            last = value;
            return { status: 'ready', value };
          }),
          catchError((error: unknown) =>
            of<LoadState<T>>({ status: 'error', error, value: last }),
          ),
          startWith<LoadState<T>>({ status: 'loading', value: last }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } },
  );
}
