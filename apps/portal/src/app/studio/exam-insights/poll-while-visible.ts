import {
  EMPTY,
  Observable,
  distinctUntilChanged,
  fromEvent,
  map,
  startWith,
  switchMap,
  timer,
} from 'rxjs';

/** What the poller needs of `document`: a fake in tests. */
export type VisibilitySource = EventTarget & Pick<Document, 'visibilityState'>;

/**
 * Ticks now and then every `periodMs` while the tab is visible; silent while it is hidden, and
 * ticks at once when it comes back, so a background tab costs the server nothing.
 */
export function pollWhileVisible(
  doc: VisibilitySource,
  periodMs: number,
): Observable<number> {
  return fromEvent(doc, 'visibilitychange').pipe(
    startWith(null),
    map(() => doc.visibilityState === 'visible'),
    distinctUntilChanged(),
    switchMap((visible) => (visible ? timer(0, periodMs) : EMPTY)),
  );
}
