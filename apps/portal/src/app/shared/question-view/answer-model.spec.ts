import {
  LearnerQuestion,
  learnerView,
  validateAnswer,
  type Question,
} from '@pathwise/assessment';
import {
  isAnswered,
  joinNumerical,
  moveItem,
  readOrder,
  readOptionIds,
  splitBlankText,
  splitNumerical,
  toggleOption,
  withBlank,
  withPair,
  withPart,
} from './answer-model';

describe('QuestionView answer model', () => {
  describe('single and multiple choice', () => {
    it('keeps checked options in the order they are shown', () => {
      const shown = ['c', 'a', 'b'];
      let answer = toggleOption(null, 'b', true, shown);
      answer = toggleOption(answer, 'c', true, shown);
      expect(answer).toEqual({ optionIds: ['c', 'b'] });
      expect(toggleOption(answer, 'c', false, shown)).toEqual({
        optionIds: ['b'],
      });
    });

    it('reads an answer of another type as nothing chosen', () => {
      expect(readOptionIds({ optionId: 'a' })).toEqual([]);
      expect(readOptionIds('junk')).toEqual([]);
    });
  });

  describe('fill in the blank', () => {
    it('sets one blank and keeps the others', () => {
      const answer = withBlank({ blanks: { b1: 'Beijing' } }, 'b2', '5G');
      expect(answer).toEqual({ blanks: { b1: 'Beijing', b2: '5G' } });
    });

    it('cuts the text at known placeholders and unwraps a single paragraph', () => {
      expect(
        splitBlankText('<p>Call [[a]] within [[b]] days.</p>', ['a', 'b']),
      ).toEqual([
        { kind: 'html', html: 'Call ' },
        { kind: 'blank', id: 'a', index: 0 },
        { kind: 'html', html: ' within ' },
        { kind: 'blank', id: 'b', index: 1 },
        { kind: 'html', html: ' days.' },
      ]);
    });

    it('leaves unknown placeholders as text and keeps several paragraphs', () => {
      const html = '<p>A [[x]]</p><p>B [[a]]</p>';
      expect(splitBlankText(html, ['a'])).toEqual([
        { kind: 'html', html: '<p>A [[x]]</p><p>B ' },
        { kind: 'blank', id: 'a', index: 0 },
        { kind: 'html', html: '</p>' },
      ]);
    });
  });

  describe('numerical', () => {
    it('splits the number from the longest known unit', () => {
      expect(splitNumerical('1,000.5 kg', ['g', 'kg'])).toEqual({
        number: '1,000.5',
        unit: 'kg',
      });
      expect(splitNumerical('12', ['GB'])).toEqual({ number: '12', unit: '' });
    });

    it('joins number and unit into the raw text the engine parses', () => {
      expect(joinNumerical({ number: ' 12 ', unit: 'GB' })).toEqual({
        value: '12 GB',
      });
      expect(joinNumerical({ number: '12', unit: '' })).toEqual({
        value: '12',
      });
    });
  });

  describe('ordering', () => {
    it('moves an item and ignores moves past either end', () => {
      expect(moveItem(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
      expect(moveItem(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
      expect(moveItem(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    });

    it('accepts only a complete order of the same items', () => {
      expect(readOrder({ order: ['b', 'a'] }, ['a', 'b'])).toEqual(['b', 'a']);
      expect(readOrder({ order: ['a'] }, ['a', 'b'])).toBeNull();
      expect(readOrder({ order: ['a', 'a'] }, ['a', 'b'])).toBeNull();
      expect(readOrder({ order: ['a', 'z'] }, ['a', 'b'])).toBeNull();
    });
  });

  describe('matching', () => {
    it('pairs and unpairs prompts', () => {
      const paired = withPair(null, 'p1', 'c2');
      expect(paired).toEqual({ pairs: { p1: 'c2' } });
      expect(withPair(paired, 'p1', '')).toEqual({ pairs: {} });
    });
  });

  describe('every type answers in the engine shape', () => {
    const scenario: Question = {
      type: 'scenario',
      stem: 'A customer calls about a trade-in.',
      caseText: '<p>Mrs Li wants to trade in her phone.</p>',
      parts: [
        {
          id: 'p1',
          weight: 2,
          question: {
            type: 'single_choice',
            stem: 'First step?',
            options: [
              { id: 'a', text: 'Verify identity', fraction: 1 },
              { id: 'b', text: 'Quote a price', fraction: 0 },
            ],
          },
        },
        {
          id: 'p2',
          weight: 1,
          question: {
            type: 'ordering',
            stem: 'Order the steps',
            scoring: 'partial',
            items: [
              { id: 'i1', text: 'Greet' },
              { id: 'i2', text: 'Listen' },
            ],
          },
        },
        {
          id: 'p3',
          weight: 1,
          question: {
            type: 'numerical',
            stem: 'Storage?',
            answers: [{ value: 128, tolerance: 0, fraction: 1 }],
            units: [{ unit: 'GB', multiplier: 1 }],
            unitPolicy: 'optional',
            unitPenalty: 0,
          },
        },
      ],
    };

    it('builds a scenario answer part by part that the engine accepts', () => {
      const view = learnerView(scenario) as LearnerQuestion;
      let answer = withPart(null, 'p1', { optionId: 'a' });
      expect(isAnswered(view, answer)).toBe(false);
      answer = withPart(answer, 'p2', { order: ['i2', 'i1'] });
      answer = withPart(
        answer,
        'p3',
        joinNumerical({ number: '128', unit: 'GB' }),
      );
      expect(isAnswered(view, answer)).toBe(true);
      expect(validateAnswer(scenario, answer)).toEqual({ ok: true, answer });
    });

    it('counts blanks left empty as unanswered', () => {
      const view: LearnerQuestion = {
        type: 'fill_blank',
        stem: 'Fill in',
        text: '[[a]] and [[b]]',
        blanks: [{ id: 'a' }, { id: 'b' }],
      };
      expect(isAnswered(view, withBlank(null, 'a', 'x'))).toBe(false);
      expect(
        isAnswered(view, withBlank(withBlank(null, 'a', 'x'), 'b', ' y ')),
      ).toBe(true);
    });
  });
});
