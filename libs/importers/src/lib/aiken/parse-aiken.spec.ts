import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Question } from '@pathwise/assessment';
import { parseAiken } from './parse-aiken';

const fixture = (name: string): string => readFileSync(join(__dirname, '../../fixtures/aiken', name), 'utf8');
type Choice = Extract<Question, { type: 'single_choice' | 'multiple_choice' }>;

describe('parseAiken', () => {
  it('reads single-line and multi-line questions, A. and A) options, full-width and Chinese marks', () => {
    const result = parseAiken(fixture('questions.aiken.txt'), { defaultCategory: ['Aiken'] });
    expect(result.rejected).toEqual([]);
    expect(result.questions).toHaveLength(5);
    const [plan, policy, refund, ids, html] = result.questions;
    expect(plan).toMatchObject({ name: 'Which plan includes a free trade-in valuation?', categoryPath: ['Aiken'], source: { line: 1 }, tags: [], difficulty: null, defaultPoints: 1 });
    expect((plan.question as Choice).options.map((o) => [o.text, o.fraction])).toEqual([
      ['Basic', 0],
      ['Plus', 1],
      ['Max', 0],
    ]);
    expect(policy.question.stem).toBe('A customer wants to return a phone after 10 days.<br>Which policy applies?');
    expect((policy.question as Choice).options[1]).toMatchObject({ text: 'Fifteen-day exchange for defects', fraction: 1 });
    expect(refund.question).toMatchObject({ type: 'single_choice', stem: '客户购买后几天内可以无理由退货？' });
    expect((refund.question as Choice).options.map((o) => [o.text, o.fraction])).toEqual([
      ['3天', 0],
      ['7天', 1],
      ['15天', 0],
    ]);
    expect(ids.question).toMatchObject({ type: 'multiple_choice', scoring: 'all_or_nothing' });
    expect((ids.question as Choice).options.map((o) => o.fraction)).toEqual([0.5, 0.5, 0]);
    expect(result.warnings).toEqual([{ source: { line: ids.source.line, label: ids.name }, kind: 'unsupported', message: expect.stringContaining('one right answer') }]);
    expect(html.question.stem).toBe('Is 2 &lt; 3 &amp; 4 &gt; 1 shown correctly?');
    expect((html.question as Choice).options[0].text).toBe('Yes');
  });

  it('reports each broken question with its line and keeps the good ones', () => {
    const result = parseAiken(fixture('errors.aiken.txt'));
    expect(result.questions.map((q) => q.name)).toEqual(['Which plan is the most expensive?']);
    expect(result.rejected.map((r) => [r.source.line, r.message])).toEqual([
      [1, expect.stringContaining('looks like an option, but no question text')],
      [2, expect.stringContaining('at least two options')],
      [6, expect.stringContaining('names E, but the options are A, B')],
      [11, expect.stringContaining('no ANSWER line before line 15')],
      [20, expect.stringContaining('ANSWER line, but no question text')],
    ]);
  });

  it('handles CRLF, BOM and a question cut off at the end of the file', () => {
    expect(parseAiken(`\uFEFF${fixture('crlf.aiken.txt')}`).questions[0].question.stem).toBe('Windows line endings?');
    const cut = parseAiken('Question one?\nA. x\nB. y');
    expect(cut.rejected[0]).toMatchObject({ source: { line: 1 }, message: expect.stringContaining('no ANSWER line') });
    const noOptions = parseAiken('First question with no options\n\nSecond?\nA. x\nB. y\nANSWER: B');
    expect(noOptions.rejected[0]).toMatchObject({ source: { line: 1 }, message: expect.stringContaining('no options') });
    expect(noOptions.questions[0].question.stem).toBe('Second?');
  });

  it('refuses an ANSWER that is not a letter and repeated letters', () => {
    expect(parseAiken('Q?\nA. x\nB. y\nANSWER: yes').rejected[0].message).toContain('must give the letter');
    expect(parseAiken('Q?\nA. x\nA. y\nANSWER: A').rejected[0].message).toContain('appears twice');
  });

  it('never throws and every reject has a line', () => {
    const piece = fc.constantFrom('Q?', 'A. x', 'B) y', 'Ｃ．z', 'D、w', 'ANSWER: B', 'ANSWER：Z', '答案：AB', '', 'text', '\r');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (lines) => {
        const r = parseAiken(lines.join('\n'));
        for (const issue of r.rejected) expect(issue.source.line).toBeGreaterThan(0);
      }),
      { numRuns: 1000 },
    );
  });
});
