import { Question } from '@pathwise/assessment';
import { optionShares } from './option-shares';

const SINGLE: Question = {
  type: 'single_choice',
  stem: '<p>Which plan?</p>',
  options: [
    { id: 'a', text: 'Basic', fraction: 0 },
    { id: 'b', text: 'Plus', fraction: 1 },
    { id: 'c', text: 'Plus (old)', fraction: 0.5 },
  ],
};

describe('option shares', () => {
  it('lists options in the question order with their share of attempts and credit', () => {
    expect(optionShares({ b: 3, a: 1, c: 2 }, 6, SINGLE)).toEqual([
      { id: 'a', text: 'Basic', count: 1, percent: 16.7, credit: 'wrong' },
      { id: 'b', text: 'Plus', count: 3, percent: 50, credit: 'right' },
      {
        id: 'c',
        text: 'Plus (old)',
        count: 2,
        percent: 33.3,
        credit: 'partial',
      },
    ]);
  });

  it('keeps options the current version no longer has, and options nobody chose', () => {
    const shares = optionShares({ b: 2, z: 1 }, 3, SINGLE);
    expect(shares.map((s) => [s.id, s.count])).toEqual([
      ['a', 0],
      ['b', 2],
      ['c', 0],
      ['z', 1],
    ]);
    expect(shares[3]).toMatchObject({ text: null, credit: null });
  });

  it('marks the right value of a true/false question', () => {
    const question: Question = {
      type: 'true_false',
      stem: 'Refunds take 3 days.',
      correct: false,
    };
    expect(optionShares({ true: 1, false: 3 }, 4, question)).toEqual([
      { id: 'true', text: null, count: 1, percent: 25, credit: 'wrong' },
      { id: 'false', text: null, count: 3, percent: 75, credit: 'right' },
    ]);
  });

  it('shows the counts without a question, and no share without attempts', () => {
    expect(optionShares({ a: 0 }, 0, null)).toEqual([
      { id: 'a', text: null, count: 0, percent: 0, credit: null },
    ]);
  });
});
