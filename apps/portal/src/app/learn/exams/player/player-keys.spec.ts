import type { LearnerQuestion } from '@pathwise/assessment';
import { answerForNumber, keyTarget, shortcutFor } from './player-keys';

const press = (
  key: string,
  modifiers: Partial<{
    altKey: boolean;
    ctrlKey: boolean;
    metaKey: boolean;
  }> = {},
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

function element(html: string): Element {
  const host = document.createElement('div');
  host.innerHTML = html;
  return host.firstElementChild as Element;
}

describe('player keys', () => {
  it('tells text fields from other controls and the page', () => {
    expect(keyTarget(element('<input type="text">'))).toBe('text');
    expect(keyTarget(element('<input>'))).toBe('text');
    expect(keyTarget(element('<textarea></textarea>'))).toBe('text');
    expect(keyTarget(element('<div role="combobox"></div>'))).toBe('text');
    expect(keyTarget(element('<input type="radio">'))).toBe('control');
    expect(keyTarget(element('<input type="checkbox">'))).toBe('control');
    expect(keyTarget(element('<button></button>'))).toBe('control');
    expect(keyTarget(element('<h2 tabindex="-1"></h2>'))).toBe('page');
    expect(keyTarget(null)).toBe('page');
  });

  it('maps number keys to options anywhere but in text', () => {
    expect(shortcutFor(press('3'), 'page')).toEqual({ kind: 'choose', n: 3 });
    expect(shortcutFor(press('1'), 'control')).toEqual({
      kind: 'choose',
      n: 1,
    });
    expect(shortcutFor(press('1'), 'text')).toBeNull();
    expect(shortcutFor(press('0'), 'page')).toBeNull();
    expect(shortcutFor(press('2', { ctrlKey: true }), 'page')).toBeNull();
  });

  it('moves with Page Up/Down, and with arrows only where arrows do nothing else', () => {
    expect(shortcutFor(press('PageDown'), 'control')).toEqual({ kind: 'next' });
    expect(shortcutFor(press('PageUp'), 'page')).toEqual({ kind: 'previous' });
    expect(shortcutFor(press('ArrowRight'), 'page')).toEqual({ kind: 'next' });
    expect(shortcutFor(press('ArrowLeft'), 'page')).toEqual({
      kind: 'previous',
    });
    expect(shortcutFor(press('ArrowRight'), 'control')).toBeNull();
    expect(
      shortcutFor(press('ArrowLeft', { altKey: true }), 'page'),
    ).toBeNull();
    expect(shortcutFor(press('PageDown'), 'text')).toBeNull();
  });

  it('flags with F', () => {
    expect(shortcutFor(press('f'), 'control')).toEqual({ kind: 'flag' });
    expect(shortcutFor(press('F'), 'page')).toEqual({ kind: 'flag' });
    expect(shortcutFor(press('f'), 'text')).toBeNull();
  });

  describe('answerForNumber', () => {
    const single: LearnerQuestion = {
      type: 'single_choice',
      stem: '',
      options: [
        { id: 'a', text: 'A' },
        { id: 'b', text: 'B' },
      ],
    };
    const multiple: LearnerQuestion = { ...single, type: 'multiple_choice' };

    it('picks the n-th option of a single choice', () => {
      expect(answerForNumber(single, null, 2)).toEqual({ optionId: 'b' });
      expect(answerForNumber(single, null, 3)).toBeNull();
    });

    it('toggles the n-th option of a multiple choice, keeping the shown order', () => {
      const first = answerForNumber(multiple, null, 2);
      expect(first).toEqual({ optionIds: ['b'] });
      const both = answerForNumber(multiple, first, 1);
      expect(both).toEqual({ optionIds: ['a', 'b'] });
      expect(answerForNumber(multiple, both, 2)).toEqual({ optionIds: ['a'] });
    });

    it('answers true with 1 and false with 2', () => {
      const tf: LearnerQuestion = { type: 'true_false', stem: '' };
      expect(answerForNumber(tf, null, 1)).toEqual({ value: true });
      expect(answerForNumber(tf, null, 2)).toEqual({ value: false });
      expect(answerForNumber(tf, null, 3)).toBeNull();
    });

    it('ignores questions without options', () => {
      const essay: LearnerQuestion = {
        type: 'essay',
        stem: '',
        responseFormat: 'short',
      };
      expect(answerForNumber(essay, null, 1)).toBeNull();
    });
  });
});
