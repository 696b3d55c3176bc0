import { countWords, normaliseText } from './normalise';
import { parseNumberWithUnit } from './parse-number';
import { checkPattern, matchesPattern } from './safe-regex';

describe('normaliseText', () => {
  it('applies NFKC, trims, folds whitespace and case', () => {
    expect(normaliseText('  ＡＢＣ１２３\u3000 Ｘ ')).toBe('abc123 x');
    expect(normaliseText('ABC  def', true)).toBe('ABC def');
  });
  it('counts words, each Han character as one', () => {
    expect(countWords('<p>Hello, dear customer</p>')).toBe(3);
    expect(countWords('您好 world')).toBe(3);
    expect(countWords(' -- ')).toBe(0);
  });
});

describe('parseNumberWithUnit', () => {
  it.each([
    ['42', 42, undefined],
    ['-2.5e3', -2500, undefined],
    ['.5', 0.5, undefined],
    ['1,234,567.25 kg', 1234567.25, 'kg'],
    ['１，０００．５ ｋｇ', 1000.5, 'kg'],
    ['12km / h', 12, 'km / h'],
    ['−3 °C', -3, '°C'],
  ])('reads %s', (raw, value, unit) => {
    expect(parseNumberWithUnit(raw)).toEqual(unit === undefined ? { value } : { value, unit });
  });
  it.each(['', 'kg', '1,23', '12,34', '1.2.3', '1e999', 'e5'])('refuses %s', (raw) => {
    expect(parseNumberWithUnit(raw)).toBeUndefined();
  });
});

describe('checkPattern', () => {
  it.each(['^(a+)+$', '(a*)*', '(.*)*', '(a|ab)*', '((ab)+c)+', '(\\d+){2,}', '(x+)+?'])('refuses the nested repeat %s', (pattern) => {
    expect(checkPattern(pattern)?.code).toBe('regex.nested_quantifier');
  });
  it.each(['(a)\\1', '(?<x>a)\\k<x>'])('refuses the back-reference %s', (pattern) => {
    expect(checkPattern(pattern)?.code).toBe('regex.backreference');
  });
  it('refuses long, broken and slow patterns with a trainer-readable message', () => {
    expect(checkPattern('a'.repeat(201))?.code).toBe('regex.too_long');
    expect(checkPattern('(abc')).toMatchObject({ code: 'regex.invalid' });
    expect(checkPattern('a*a*a*a*b')).toMatchObject({ code: 'regex.too_many_repeats' });
    expect(checkPattern('(a+)+')?.message).toMatch(/hang/);
  });
  it.each(['[A-Z][a-z]+', 'colou?r', '(Mr|Mrs)? ?Smith', '\\d{3}-\\d{4}', '.*refund.*', '[(+*]+', '(ab){2}c'])('accepts %s', (pattern) => {
    expect(checkPattern(pattern)).toBeUndefined();
  });
});

describe('matchesPattern', () => {
  it('matches the whole normalised answer', () => {
    expect(matchesPattern('colou?r', ' Colour ')).toBe(true);
    expect(matchesPattern('colou?r', 'colours')).toBe(false);
    expect(matchesPattern('colou?r', 'Colour', true)).toBe(false);
    expect(matchesPattern('a|b', 'b')).toBe(true);
  });
  it('never runs an unsafe pattern and stays fast on huge inputs', () => {
    const started = Date.now();
    expect(matchesPattern('(a+)+$', `${'a'.repeat(40)}!`)).toBe(false);
    expect(matchesPattern('.*a.*b.*c', 'x'.repeat(10_000))).toBe(false);
    expect(matchesPattern('.*a.*b.*c', 'x'.repeat(300))).toBe(false);
    expect(Date.now() - started).toBeLessThan(200);
  });
});
