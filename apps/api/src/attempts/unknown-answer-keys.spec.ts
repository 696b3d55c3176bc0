import { unknownAnswerKey } from './unknown-answer-keys';

describe('unknownAnswerKey', () => {
  it('names a field the clean answer does not have, at any depth', () => {
    expect(unknownAnswerKey({ optionId: 'a', points: 100 }, { optionId: 'a' })).toBe('answer.points');
    expect(unknownAnswerKey({ parts: { p1: { value: true, x: 1 } } }, { parts: { p1: { value: true } } })).toBe('answer.parts.p1.x');
  });

  it('accepts an answer the engine read whole', () => {
    expect(unknownAnswerKey({ optionIds: ['a', 'b'] }, { optionIds: ['a', 'b'] })).toBeNull();
    expect(unknownAnswerKey({ blanks: { first: 'x' } }, { blanks: { first: 'x' } })).toBeNull();
  });
});
