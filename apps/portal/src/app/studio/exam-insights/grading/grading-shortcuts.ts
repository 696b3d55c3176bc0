import {
  FocusKind,
  focusKind,
  KeyPress,
} from '../../../shared/keyboard/focus-kind';
export type GradingShortcut =
  | { kind: 'level'; index: number }
  | { kind: 'nextCriterion' }
  | { kind: 'previousCriterion' }
  | { kind: 'save' }
  | { kind: 'skip' };

/** Where the keyboard focus is: typing owns every key, a radio button owns its arrow keys. */
export type FocusContext = 'typing' | 'choice' | 'other';

const CONTEXTS: Record<FocusKind, FocusContext> = {
  typing: 'typing',
  choice: 'choice',
  control: 'other',
  page: 'other',
};

export function focusContext(target: EventTarget | null): FocusContext {
  return CONTEXTS[focusKind(target)];
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
