export type GradingShortcut =
  | { kind: 'level'; index: number }
  | { kind: 'nextCriterion' }
  | { kind: 'previousCriterion' }
  | { kind: 'save' }
  | { kind: 'skip' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** Where the keyboard focus is: typing owns every key, a radio button owns its arrow keys. */
export type FocusContext = 'typing' | 'choice' | 'other';

const CHOICE_INPUTS = new Set(['radio', 'checkbox']);
const NON_TEXT_INPUTS = new Set([
  'radio',
  'checkbox',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
]);
const TYPING_ROLES = new Set([
  'textbox',
  'combobox',
  'listbox',
  'option',
  'searchbox',
  'spinbutton',
]);

export function focusContext(target: EventTarget | null): FocusContext {
  if (!(target instanceof Element)) return 'other';
  const role = target.getAttribute('role') ?? '';
  if (target instanceof HTMLInputElement) {
    if (CHOICE_INPUTS.has(target.type)) return 'choice';
    if (!NON_TEXT_INPUTS.has(target.type)) return 'typing';
  }
  if (
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable) ||
    target.closest('[contenteditable="true"]') ||
    TYPING_ROLES.has(role)
  ) {
    return 'typing';
  }
  return role === 'radio' ? 'choice' : 'other';
}

/**
 * The grading keys: 1–9 pick a level of the current criterion, J/K (↓/↑ outside the options) move
 * between criteria, S skips, Ctrl+Enter (⌘+Enter) saves — the last also while typing a comment,
 * the others never while typing.
 */
export function gradingShortcut(
  event: KeyPress,
  context: FocusContext,
): GradingShortcut | null {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey))
    return { kind: 'save' };
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  if (context === 'typing') return null;
  if (/^[1-9]$/.test(event.key))
    return { kind: 'level', index: Number(event.key) - 1 };
  switch (event.key.toLowerCase()) {
    case 'j':
      return { kind: 'nextCriterion' };
    case 'k':
      return { kind: 'previousCriterion' };
    case 's':
      return { kind: 'skip' };
  }
  if (context === 'other') {
    if (event.key === 'ArrowDown') return { kind: 'nextCriterion' };
    if (event.key === 'ArrowUp') return { kind: 'previousCriterion' };
  }
  return null;
}
