import fc from 'fast-check';
import { anyQuestion } from '../../testing/arbitraries';
import { samples, valid } from '../../testing/fixtures';
import { scoreAnswer } from '../scoring/score';
import { keyAnswer } from './key-answer';
import { learnerView } from './learner-view';
import { mapRichText, richTexts } from './map-rich-text';

const MARK = '\u0001';

describe('mapRichText', () => {
  it('visits the stem, options and their feedback of a choice question', () => {
    const q = valid(samples.single);
    expect(richTexts(q)).toEqual(['Which plan includes free trade-in?', 'Basic', 'Basic has no trade-in.', 'Plus', 'Right.', 'Plus (old)', 'None']);
  });

  it('returns an equal question for the identity and leaves the input untouched', () => {
    fc.assert(
      fc.property(anyQuestion, (q) => {
        const before = JSON.stringify(q);
        expect(mapRichText(q, (html) => html)).toEqual(q);
        expect(JSON.stringify(q)).toBe(before);
      }),
    );
  });

  it('reaches every rich-text field a learner sees', () => {
    fc.assert(
      fc.property(anyQuestion, (q) => {
        const marked = mapRichText(q, (html) => `${MARK}${html}`);
        const shown: string[] = [];
        JSON.stringify(learnerView(marked), (key, value: unknown) => {
          if (typeof value === 'string' && ['stem', 'text', 'caseText'].includes(key)) shown.push(value);
          return value;
        });
        for (const text of shown) expect(text.startsWith(MARK)).toBe(true);
      }),
    );
  });

  it('never changes how a question scores', () => {
    fc.assert(
      fc.property(anyQuestion, (q) => {
        const marked = mapRichText(q, (html) => `<p>${html}</p>`);
        expect(scoreAnswer(marked, keyAnswer(q), 1).points).toBe(scoreAnswer(q, keyAnswer(q), 1).points);
      }),
    );
  });
});
