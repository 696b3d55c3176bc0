import { DrawExamItem, DrawPreview } from '@pathwise/contracts';
import { HttpErrorResponse } from '@angular/common/http';
import { Observable, throwError } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { LiveCount, liveDrawCount, shortfall } from './live-draw-count';

const draw = (bankId: string, tags: string[] = []): DrawExamItem => ({
  kind: 'draw',
  count: 1,
  points: 0,
  bankId,
  tags,
});

describe('liveDrawCount', () => {
  let scheduler: TestScheduler;

  beforeEach(() => {
    scheduler = new TestScheduler((actual, expected) =>
      expect(actual).toEqual(expected),
    );
  });

  it('waits until the filters settle, then asks once', () => {
    scheduler.run(({ cold, hot, expectObservable }) => {
      const asked: string[] = [];
      const filters = hot<DrawExamItem | null>('a-b-c', {
        a: draw('a'),
        b: draw('b'),
        c: draw('c'),
      });
      const preview = (item: DrawExamItem): Observable<DrawPreview> => {
        asked.push(item.bankId);
        return cold('--r|', { r: { available: 7 } });
      };
      expectObservable(liveDrawCount(filters, preview, 5, scheduler)).toBe(
        '---------l-r',
        {
          l: { status: 'loading' } satisfies LiveCount,
          r: { status: 'ready', available: 7 } satisfies LiveCount,
        },
      );
      scheduler.flush();
      expect(asked).toEqual(['c']);
    });
  });

  it('drops the answer to an older filter once a newer one is asked', () => {
    scheduler.run(({ cold, hot, expectObservable }) => {
      const filters = hot<DrawExamItem | null>('a---b', {
        a: draw('a'),
        b: draw('b'),
      });
      const preview = (item: DrawExamItem) =>
        item.bankId === 'a'
          ? cold<DrawPreview>('-------r|', { r: { available: 1 } })
          : cold<DrawPreview>('-r|', { r: { available: 2 } });
      expectObservable(liveDrawCount(filters, preview, 2, scheduler)).toBe(
        '--l---lr',
        {
          l: { status: 'loading' },
          r: { status: 'ready', available: 2 },
        },
      );
    });
  });

  it('does not ask again when only the count or points change', () => {
    scheduler.run(({ cold, hot, expectObservable }) => {
      let asked = 0;
      const filters = hot<DrawExamItem | null>('a----b', {
        a: draw('x', ['t']),
        b: draw('x', ['t']),
      });
      const preview = () => {
        asked++;
        return cold<DrawPreview>('r|', { r: { available: 3 } });
      };
      expectObservable(liveDrawCount(filters, preview, 1, scheduler)).toBe(
        '-(lr)',
        {
          l: { status: 'loading' },
          r: { status: 'ready', available: 3 },
        },
      );
      scheduler.flush();
      expect(asked).toBe(1);
    });
  });

  it('asks nothing without a bank and reports a failed request by its error code', () => {
    scheduler.run(({ hot, expectObservable }) => {
      const filters = hot<DrawExamItem | null>('n--a', {
        n: null,
        a: draw('gone'),
      });
      const preview = () =>
        throwError(
          () =>
            new HttpErrorResponse({
              status: 404,
              error: {
                statusCode: 404,
                code: 'NOT_FOUND',
                message: 'Question bank not found',
              },
            }),
        );
      expectObservable(liveDrawCount(filters, preview, 1, scheduler)).toBe(
        '-i--(le)',
        {
          i: { status: 'idle' },
          l: { status: 'loading' },
          e: { status: 'error', key: 'error.NOT_FOUND' },
        },
      );
    });
  });
});

describe('shortfall', () => {
  it('is how many more questions the draw asks for than match', () => {
    expect(shortfall({ status: 'ready', available: 3 }, 5)).toBe(2);
    expect(shortfall({ status: 'ready', available: 5 }, 5)).toBe(0);
    expect(shortfall({ status: 'ready', available: 9 }, 5)).toBe(0);
  });

  it('is 0 while the count is unknown', () => {
    expect(shortfall({ status: 'loading' }, 5)).toBe(0);
    expect(shortfall({ status: 'idle' }, 5)).toBe(0);
    expect(shortfall({ status: 'ready', available: 0 }, null)).toBe(0);
  });
});
