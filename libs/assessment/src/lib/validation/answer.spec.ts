import type { Question } from '../model';
import { samples, scenarioOf, valid } from '../../testing/fixtures';
import { validateAnswer } from './answer';

const message = (q: Question, a: unknown) => {
  const result = validateAnswer(q, a);
  return result.ok ? 'ok' : result.message;
};

describe('validateAnswer', () => {
  const single = valid(samples.single);
  const multiple = valid(samples.multiple('partial'));
  const ordering = valid(samples.ordering('partial'));
  const matching = valid(samples.matching('partial'));
  const fill = valid(samples.fillBlank);
  const essay = valid(samples.essay);

  it('accepts well-formed answers and returns a clean copy', () => {
    expect(validateAnswer(single, { optionId: 'b', extra: 1 })).toEqual({ ok: true, answer: { optionId: 'b' } });
    expect(message(multiple, { optionIds: [] })).toBe('ok');
    expect(message(valid(samples.trueFalse), { value: false })).toBe('ok');
    expect(message(fill, { blanks: { brand: 'x' } })).toBe('ok');
    expect(message(valid(samples.numerical), { value: '1 kg' })).toBe('ok');
    expect(message(ordering, { order: ['close', 'confirm', 'solve', 'apologise', 'listen'] })).toBe('ok');
    expect(message(matching, { pairs: { basic: 'p99' } })).toBe('ok');
    expect(message(essay, { text: 'Sorry' })).toBe('ok');
  });

  it('refuses unknown ids', () => {
    expect(message(single, { optionId: 'z' })).toBe('There is no option "z".');
    expect(message(multiple, { optionIds: ['id', 'z'] })).toBe('There is no option "z".');
    expect(message(fill, { blanks: { city: 'x' } })).toBe('There is no blank "city".');
    expect(message(matching, { pairs: { basic: 'p50' } })).toBe('There is no choice "p50".');
    expect(message(matching, { pairs: { nobody: 'p10' } })).toBe('There is no prompt "nobody".');
    expect(message(fill, { blanks: JSON.parse('{"__proto__": "x"}') })).toBe('There is no blank "__proto__".');
  });

  it('refuses wrong shapes', () => {
    expect(message(single, null)).toBe('The answer is malformed.');
    expect(message(single, [])).toBe('The answer is malformed.');
    expect(message(multiple, { optionIds: ['id', 'id'] })).toMatch(/each at most once/);
    expect(message(valid(samples.trueFalse), { value: 'true' })).toBe('Answer true or false.');
    expect(message(fill, { blanks: { brand: 3 } })).toBe('The answer for blank "brand" must be text.');
  });

  it('requires an order to be a permutation of the items', () => {
    const wrong = 'The order must list every item exactly once.';
    expect(message(ordering, { order: ['listen', 'apologise', 'solve', 'confirm'] })).toBe(wrong);
    expect(message(ordering, { order: ['listen', 'listen', 'solve', 'confirm', 'close'] })).toBe(wrong);
    expect(message(ordering, { order: ['listen', 'apologise', 'solve', 'confirm', 'zzz'] })).toBe(wrong);
  });

  it('refuses strings over 10,000 characters', () => {
    expect(message(essay, { text: 'a'.repeat(10_001) })).toBe('The answer may have at most 10000 characters.');
    expect(message(fill, { blanks: { brand: 'a'.repeat(10_001) } })).toMatch(/at most 10000/);
  });

  it('checks each scenario part against its own question', () => {
    const scenario = valid(scenarioOf([{ id: 'tf', weight: 1, question: samples.trueFalse }, { id: 'pick', weight: 1, question: samples.single }]));
    expect(validateAnswer(scenario, { parts: { tf: { value: true } } })).toEqual({ ok: true, answer: { parts: { tf: { value: true } } } });
    expect(message(scenario, { parts: { pick: { optionId: 'z' } } })).toBe('Part "pick": There is no option "z".');
    expect(message(scenario, { parts: { other: {} } })).toBe('The scenario has no part "other".');
    expect(message(scenario, { value: true })).toBe('The answer must list the parts answered.');
  });
});
