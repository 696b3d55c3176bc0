import type { Answer, MultipleChoiceQuestion, SingleChoiceQuestion, TrueFalseQuestion } from '../model';
import { samples, valid } from '../../testing/fixtures';
import { scoreAnswer } from './score';

const single = valid<SingleChoiceQuestion>(samples.single);
const score = (q: Parameters<typeof scoreAnswer>[0], a: unknown, points = 10) => scoreAnswer(q, a as Answer, points);

describe('single choice', () => {
  it('gives full credit and the option feedback for the right option', () => {
    expect(score(single, { optionId: 'b' })).toMatchObject({ status: 'graded', points: 10, maxPoints: 10, fraction: 1, feedback: ['Right.'] });
  });
  it('gives partial credit for a half-right option', () => {
    expect(score(single, { optionId: 'c' }).points).toBe(5);
  });
  it('never goes below zero for a penalty option', () => {
    expect(score(single, { optionId: 'd' }).points).toBe(0);
  });
  it('scores an empty, unknown or malformed answer 0 without throwing', () => {
    for (const answer of [undefined, null, {}, { optionId: 'zzz' }, { optionId: 5 }, 'b', []]) {
      expect(score(single, answer).points).toBe(0);
    }
  });
  it('rounds points to 4 decimals', () => {
    expect(score(single, { optionId: 'b' }, 1 / 3).points).toBe(0.3333);
  });
});

describe('multiple choice', () => {
  const q = (scoring: 'all_or_nothing' | 'partial' | 'weighted') => valid<MultipleChoiceQuestion>(samples.multiple(scoring));

  it('all or nothing: full credit only for exactly the correct set', () => {
    expect(score(q('all_or_nothing'), { optionIds: ['pp', 'id'] }).points).toBe(10);
    expect(score(q('all_or_nothing'), { optionIds: ['id'] }).points).toBe(0);
    expect(score(q('all_or_nothing'), { optionIds: ['id', 'pp', 'card'] }).points).toBe(0);
  });
  it('partial: +1/k for each correct choice, -1/k for each wrong one, floored at 0', () => {
    expect(score(q('partial'), { optionIds: ['id'] }).points).toBe(5);
    expect(score(q('partial'), { optionIds: ['id', 'pp', 'card'] }).points).toBe(5);
    expect(score(q('partial'), { optionIds: ['id', 'bill', 'card'] }).points).toBe(0);
    expect(score(q('partial'), { optionIds: ['id', 'pp'] }).points).toBe(10);
  });
  it('partial: choosing every option does not earn full credit', () => {
    expect(score(q('partial'), { optionIds: ['id', 'pp', 'bill', 'card'] }).points).toBe(0);
  });
  it('weighted: sums the chosen fractions, clamped to [0, 1]', () => {
    expect(score(q('weighted'), { optionIds: ['id'] }).points).toBe(5);
    expect(score(q('weighted'), { optionIds: ['id', 'pp'] }).points).toBe(10);
    expect(score(q('weighted'), { optionIds: ['id', 'pp', 'bill'] }).points).toBe(0);
    expect(score(q('weighted'), { optionIds: ['bill'] }).points).toBe(0);
  });
  it('ignores repeated and unknown ids and empty answers', () => {
    expect(score(q('weighted'), { optionIds: ['id', 'id', 'id'] }).points).toBe(5);
    expect(score(q('partial'), { optionIds: [] }).points).toBe(0);
    expect(score(q('partial'), { optionIds: 'id' }).points).toBe(0);
  });
});

describe('true/false', () => {
  const q = valid<TrueFalseQuestion>(samples.trueFalse);
  it('scores the right value with its feedback', () => {
    expect(score(q, { value: true })).toMatchObject({ points: 10, feedback: ['Yes.'] });
    expect(score(q, { value: false })).toMatchObject({ points: 0, feedback: ['It is 3 days.'] });
  });
  it('does not accept the string "true"', () => {
    expect(score(q, { value: 'true' }).points).toBe(0);
  });
});
