import type { Answer, FillBlankQuestion } from '../model';
import { samples, valid } from '../../testing/fixtures';
import { scoreAnswer } from './score';

const q = valid<FillBlankQuestion>(samples.fillBlank);
const score = (blanks: Record<string, unknown>, question: FillBlankQuestion = q) => scoreAnswer(question, { blanks } as Answer, 10);

describe('fill in the blank', () => {
  it('gives full credit when every blank matches', () => {
    const result = score({ brand: 'Pathwise Mobile', name: 'Lin' });
    expect(result.points).toBe(10);
    expect(result.parts).toEqual([
      { id: 'brand', points: 5, maxPoints: 5, status: 'graded' },
      { id: 'name', points: 5, maxPoints: 5, status: 'graded' },
    ]);
  });
  it('averages blanks and takes the best matching accepted answer', () => {
    expect(score({ brand: 'pathwise', name: 'Lin' }).points).toBe(7.5);
    expect(score({ brand: 'Pathwise Mobile' }).points).toBe(5);
  });
  it('trims, folds whitespace and ignores case unless the blank is case-sensitive', () => {
    expect(score({ brand: '  pathwise \t  MOBILE ', name: 'lin' }).points).toBe(5);
  });
  it('treats full-width input from Chinese IMEs like half-width (NFKC)', () => {
    const codes = valid<FillBlankQuestion>({
      type: 'fill_blank',
      stem: 'Code?',
      text: 'Code: [[code]]',
      blanks: [{ id: 'code', accepted: [{ value: 'ABC123', kind: 'text' }] }],
    });
    expect(score({ code: 'ＡＢＣ１２３' }, codes).points).toBe(10);
    expect(score({ code: '\u3000ａｂｃ１２３\u3000' }, codes).points).toBe(10);
  });
  it('anchors regular expressions to the whole answer', () => {
    expect(score({ brand: '', name: 'Lin Wei' }).points).toBe(0);
    expect(score({ brand: '', name: 'lin' }).points).toBe(0);
  });
  it('checks a 10,000-character answer against a pattern quickly', () => {
    const started = Date.now();
    const result = score({ brand: 'x'.repeat(10_000), name: 'a'.repeat(10_000) });
    expect(result.points).toBe(0);
    expect(Date.now() - started).toBeLessThan(200);
  });
  it('scores empty and malformed answers 0', () => {
    expect(score({}).points).toBe(0);
    expect(score({ brand: 42, name: ['Lin'] }).points).toBe(0);
    expect(scoreAnswer(q, undefined, 10).points).toBe(0);
  });
  it('shows the feedback of the matched accepted answer', () => {
    const withFeedback = valid<FillBlankQuestion>({
      type: 'fill_blank',
      stem: 'Days?',
      text: '[[d]] days',
      blanks: [{ id: 'd', accepted: [{ value: '3', kind: 'text', feedback: 'Three it is.' }, { value: '\\d+', kind: 'regex', fraction: 0.2, feedback: 'Close.' }] }],
    });
    expect(score({ d: '7' }, withFeedback)).toMatchObject({ points: 2, feedback: ['Close.'] });
    expect(score({ d: '3' }, withFeedback)).toMatchObject({ points: 10, feedback: ['Three it is.'] });
  });
});
