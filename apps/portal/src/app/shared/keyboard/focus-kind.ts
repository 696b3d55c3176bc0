/**
 * What has the keyboard focus, for pages with single-key shortcuts: in a text field every key is
 * typing; a radio button or checkbox owns its arrows and space; a button or link owns Enter;
 * elsewhere every shortcut is free.
 */
export type FocusKind = 'typing' | 'choice' | 'control' | 'page';

/** A key press as shortcuts read it (a KeyboardEvent fits). */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

const TYPING_ROLES = new Set([
  'textbox',
  'combobox',
  'listbox',
  'option',
  'searchbox',
  'spinbutton',
]);
const CHOICE_INPUTS = new Set(['radio', 'checkbox']);
const CONTROL_INPUTS = new Set([
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
]);
const CONTROL_ROLES = new Set(['button', 'link', 'checkbox']);

export function focusKind(target: EventTarget | null): FocusKind {
  if (!(target instanceof Element)) return 'page';
  const tag = target.tagName.toLowerCase();
  if (tag === 'input') {
    const type = (target as HTMLInputElement).type;
    if (CHOICE_INPUTS.has(type)) return 'choice';
    return CONTROL_INPUTS.has(type) ? 'control' : 'typing';
  }
  const role = target.getAttribute('role') ?? '';
  if (
    tag === 'textarea' ||
    tag === 'select' ||
    (target as HTMLElement).isContentEditable ||
    TYPING_ROLES.has(role)
  )
    return 'typing';
  if (role === 'radio') return 'choice';
  if (tag === 'button' || tag === 'a' || CONTROL_ROLES.has(role))
    return 'control';
  return 'page';
}
