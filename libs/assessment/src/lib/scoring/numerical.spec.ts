import type { Answer, NumericalQuestion } from '../model';
import { samples, valid } from '../../testing/fixtures';
import { scoreAnswer } from './score';

const q = valid<NumericalQuestion>(samples.numerical);
const score = (value: unknown, question: NumericalQuestion = q) => scoreAnswer(question, { value } as Answer, 10);

describe('numerical', () => {
  it('accepts full-width digits, thousands separators and a unit', () => {
    expect(score('１，０００．５ ｋｇ').points).toBe(10);
    expect(score('1,000.5kg').points).toBe(10);
    expect(score('1000.9 kg').points).toBe(10);
  });
  it('converts other units with Moodle multipliers (1 kg = 1000 g)', () => {
    expect(score('1000500 g').points).toBe(10);
    expect(score('1.0005e6 g').points).toBe(10);
  });
  it('takes the best matching answer', () => {
    expect(score('995 kg')).toMatchObject({ points: 5, fraction: 0.5 });
    expect(score('2000 kg').points).toBe(0);
  });
  it('applies the unit penalty when a required unit is missing or unknown', () => {
    expect(score('1000.5')).toMatchObject({ points: 8 });
    expect(score('1000.5 lb').points).toBe(8);
    expect(score('1000.5').feedback).toContain('The unit is missing or not one this question accepts.');
  });
  it('does not penalise a missing unit when units are optional', () => {
    expect(score('1000.5', { ...q, unitPolicy: 'optional' }).points).toBe(10);
  });
  it('refuses text that is not a number', () => {
    for (const value of ['abc', '12,34', '1.2.3', '', '   ', 'Infinity', 'NaN', '--1']) expect(score(value).points).toBe(0);
    expect(score('about ten').feedback).toContain('The answer is not a number.');
  });
  it('without units, a trailing word makes the answer invalid', () => {
    const plain = valid<NumericalQuestion>({ type: 'numerical', stem: 'Days?', answers: [{ value: 3, tolerance: 0, fraction: 1 }], unitPolicy: 'optional' });
    expect(score('3', plain).points).toBe(10);
    expect(score('-3', plain).points).toBe(0);
    expect(score('3 days', plain).points).toBe(0);
  });
  it('tolerates binary rounding at a zero tolerance', () => {
    const exact = valid<NumericalQuestion>({ type: 'numerical', stem: 'x', answers: [{ value: 0.3, tolerance: 0, fraction: 1 }], unitPolicy: 'optional' });
    expect(score(String(0.1 + 0.2), exact).points).toBe(10);
  });
  it('scores malformed answers 0', () => {
    expect(score(12).points).toBe(0);
    expect(scoreAnswer(q, undefined, 10).points).toBe(0);
  });
});
