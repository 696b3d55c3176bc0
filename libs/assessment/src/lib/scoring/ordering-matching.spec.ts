import type { Answer, MatchingQuestion, OrderingQuestion } from '../model';
import { samples, valid } from '../../testing/fixtures';
import { longestIncreasingRun } from './ordering';
import { scoreAnswer } from './score';

const score = (q: OrderingQuestion | MatchingQuestion, a: unknown) => scoreAnswer(q, a as Answer, 10);

describe('ordering', () => {
  const strict = valid<OrderingQuestion>(samples.ordering('all_or_nothing'));
  const partial = valid<OrderingQuestion>(samples.ordering('partial'));
  const key = ['listen', 'apologise', 'solve', 'confirm', 'close'];

  it('all or nothing: only the exact order earns credit', () => {
    expect(score(strict, { order: key }).points).toBe(10);
    expect(score(strict, { order: ['apologise', 'listen', 'solve', 'confirm', 'close'] }).points).toBe(0);
  });
  it('partial: longest ordered subset / number of items', () => {
    // listen, solve, confirm, close are in order (4 of 5); apologise is misplaced.
    expect(score(partial, { order: ['apologise', 'listen', 'solve', 'confirm', 'close'] }).points).toBe(8);
    // Non-adjacent items still count when in the right relative order: listen, solve, close.
    expect(score(partial, { order: ['confirm', 'listen', 'apologise', 'close', 'solve'] }).points).toBe(6);
  });
  it('partial: a reversed list earns nothing (a single item is not an order)', () => {
    expect(score(partial, { order: [...key].reverse() }).points).toBe(0);
  });
  it('ignores unknown and repeated ids and scores empty answers 0', () => {
    expect(score(partial, { order: ['listen', 'listen', 'zzz', 'apologise'] }).points).toBe(4);
    expect(score(partial, {}).points).toBe(0);
    expect(score(partial, { order: 'listen' }).points).toBe(0);
  });
  it('computes the longest increasing subsequence', () => {
    expect(longestIncreasingRun([])).toBe(0);
    expect(longestIncreasingRun([3, 1, 2, 0, 4])).toBe(3);
    expect(longestIncreasingRun([4, 3, 2, 1])).toBe(1);
  });
});

describe('matching', () => {
  const partial = valid<MatchingQuestion>(samples.matching('partial'));
  const strict = valid<MatchingQuestion>(samples.matching('all_or_nothing'));
  const key = { basic: 'p10', plus: 'p20', max: 'p30', family: 'p30' };

  it('partial: correct pairs / prompts, with a part per prompt', () => {
    const result = score(partial, { pairs: { ...key, plus: 'p99' } });
    expect(result.points).toBe(7.5);
    expect(result.parts.map((p) => p.points)).toEqual([2.5, 0, 2.5, 2.5]);
  });
  it('all or nothing: every prompt must be right', () => {
    expect(score(strict, { pairs: key }).points).toBe(10);
    expect(score(strict, { pairs: { ...key, family: 'p20' } }).points).toBe(0);
  });
  it('lets several prompts share a choice and scores missing pairs 0', () => {
    expect(score(partial, { pairs: { max: 'p30', family: 'p30' } }).points).toBe(5);
    expect(score(partial, { pairs: null }).points).toBe(0);
  });
});
