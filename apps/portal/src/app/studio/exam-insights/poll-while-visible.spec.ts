import { Subscription } from 'rxjs';
import { VisibilitySource, pollWhileVisible } from './poll-while-visible';

function fakeDocument(state: DocumentVisibilityState): VisibilitySource & {
  show(): void;
  hide(): void;
} {
  let visibility = state;
  const target = Object.defineProperty(new EventTarget(), 'visibilityState', {
    get: () => visibility,
  }) as EventTarget & { visibilityState: DocumentVisibilityState };
  const set = (next: DocumentVisibilityState) => {
    visibility = next;
    target.dispatchEvent(new Event('visibilitychange'));
  };
  return Object.assign(target, {
    show: () => set('visible'),
    hide: () => set('hidden'),
  });
}

describe('pollWhileVisible', () => {
  let subscription: Subscription | undefined;

  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    subscription?.unsubscribe();
    jest.useRealTimers();
  });

  it('ticks at once and then every period while the tab is visible', () => {
    const doc = fakeDocument('visible');
    const ticks: number[] = [];
    subscription = pollWhileVisible(doc, 5000).subscribe((n) => ticks.push(n));
    jest.advanceTimersByTime(0);
    expect(ticks).toHaveLength(1);
    jest.advanceTimersByTime(15_000);
    expect(ticks).toHaveLength(4);
  });

  it('stays silent while hidden and ticks at once when the tab comes back', () => {
    const doc = fakeDocument('visible');
    let count = 0;
    subscription = pollWhileVisible(doc, 5000).subscribe(() => count++);
    jest.advanceTimersByTime(0);
    doc.hide();
    jest.advanceTimersByTime(60_000);
    expect(count).toBe(1);
    doc.show();
    jest.advanceTimersByTime(0);
    expect(count).toBe(2);
    jest.advanceTimersByTime(5000);
    expect(count).toBe(3);
  });

  it('does not poll a tab that opens in the background until it is shown', () => {
    const doc = fakeDocument('hidden');
    let count = 0;
    subscription = pollWhileVisible(doc, 5000).subscribe(() => count++);
    jest.advanceTimersByTime(30_000);
    expect(count).toBe(0);
    doc.show();
    jest.advanceTimersByTime(0);
    expect(count).toBe(1);
  });
});
