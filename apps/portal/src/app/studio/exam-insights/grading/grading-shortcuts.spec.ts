import { focusContext, gradingShortcut, KeyPress } from './grading-shortcuts';

function key(k: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return {
    key: k,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    ...modifiers,
  };
}

describe('grading shortcuts', () => {
  it('maps 1–9 to level indexes and ignores 0', () => {
    expect(gradingShortcut(key('1'), 'other')).toEqual({
      kind: 'level',
      index: 0,
    });
    expect(gradingShortcut(key('9'), 'choice')).toEqual({
      kind: 'level',
      index: 8,
    });
    expect(gradingShortcut(key('0'), 'other')).toBeNull();
  });

  it('moves between criteria with J/K anywhere but a text field, and with the arrows outside the options', () => {
    expect(gradingShortcut(key('j'), 'choice')).toEqual({
      kind: 'nextCriterion',
    });
    expect(gradingShortcut(key('K'), 'other')).toEqual({
      kind: 'previousCriterion',
    });
    expect(gradingShortcut(key('ArrowDown'), 'other')).toEqual({
      kind: 'nextCriterion',
    });
    expect(gradingShortcut(key('ArrowUp'), 'other')).toEqual({
      kind: 'previousCriterion',
    });
    // A radio group keeps its own arrow keys.
    expect(gradingShortcut(key('ArrowDown'), 'choice')).toBeNull();
  });

  it('saves with Ctrl+Enter or ⌘+Enter, even while typing a comment', () => {
    expect(gradingShortcut(key('Enter', { ctrlKey: true }), 'typing')).toEqual({
      kind: 'save',
    });
    expect(gradingShortcut(key('Enter', { metaKey: true }), 'other')).toEqual({
      kind: 'save',
    });
    expect(gradingShortcut(key('Enter'), 'other')).toBeNull();
  });

  it('skips with S, and does nothing else while typing or with a modifier', () => {
    expect(gradingShortcut(key('s'), 'other')).toEqual({ kind: 'skip' });
    for (const k of ['s', '2', 'j', 'ArrowDown'])
      expect(gradingShortcut(key(k), 'typing')).toBeNull();
    expect(gradingShortcut(key('s', { ctrlKey: true }), 'other')).toBeNull();
    expect(gradingShortcut(key('2', { altKey: true }), 'other')).toBeNull();
  });

  it('tells text fields, options and the rest apart', () => {
    const input = (type: string) =>
      Object.assign(document.createElement('input'), { type });
    expect(focusContext(document.createElement('textarea'))).toBe('typing');
    expect(focusContext(input('text'))).toBe('typing');
    expect(focusContext(input('number'))).toBe('typing');
    expect(focusContext(input('radio'))).toBe('choice');
    expect(focusContext(input('button'))).toBe('other');
    const combobox = document.createElement('div');
    combobox.setAttribute('role', 'combobox');
    expect(focusContext(combobox)).toBe('typing');
    expect(focusContext(document.createElement('button'))).toBe('other');
    expect(focusContext(document.body)).toBe('other');
    expect(focusContext(null)).toBe('other');
  });
});
