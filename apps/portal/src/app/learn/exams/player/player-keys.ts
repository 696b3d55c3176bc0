import type { Answer, LearnerQuestion } from '@pathwise/assessment';
import {
  FocusKind,
  focusKind,
  KeyPress,
} from '../../../shared/keyboard/focus-kind';
import { toggleOption } from '../../../shared/question-view/answer-model';

/**
 * Where a key press happened: in a text field every key is typing; on another control (a radio
 * button, a checkbox) arrows already move between options; elsewhere every shortcut is free.
 */
export type KeyTarget = 'text' | 'control' | 'page';

export type PlayerShortcut =
  | { kind: 'choose'; n: number }
  | { kind: 'next' }
  | { kind: 'previous' }
  | { kind: 'flag' };

const TARGETS: Record<FocusKind, KeyTarget> = {
  typing: 'text',
  choice: 'control',
  control: 'control',
  page: 'page',
};

export function keyTarget(element: Element | null): KeyTarget {
  return TARGETS[focusKind(element)];
}

/** The player's shortcut for a key press, or null to leave the key to the browser. */
export function shortcutFor(
  press: KeyPress,
  target: KeyTarget,
): PlayerShortcut | null {
  if (press.altKey || press.ctrlKey || press.metaKey || target === 'text')
    return null;
  if (/^[1-9]$/.test(press.key))
    return { kind: 'choose', n: Number(press.key) };
  switch (press.key) {
    case 'PageDown':
      return { kind: 'next' };
    case 'PageUp':
      return { kind: 'previous' };
    case 'ArrowRight':
      return target === 'page' ? { kind: 'next' } : null;
    case 'ArrowLeft':
      return target === 'page' ? { kind: 'previous' } : null;
    case 'f':
    case 'F':
      return { kind: 'flag' };
    default:
      return null;
  }
}

/**
 * The answer after pressing number `n` on a choice question: the n-th option for single choice
 * and true/false (1 = true, 2 = false), toggling it for multiple choice. Null when the key means
 * nothing for this question.
 */
export function answerForNumber(
  question: LearnerQuestion,
  answer: Answer | null,
  n: number,
): Answer | null {
  switch (question.type) {
    case 'single_choice': {
      const option = question.options[n - 1];
      return option ? { optionId: option.id } : null;
    }
    case 'multiple_choice': {
      const option = question.options[n - 1];
      if (!option) return null;
      const shown = question.options.map((o) => o.id);
      const chosen =
        answer && 'optionIds' in answer && answer.optionIds.includes(option.id);
      return toggleOption(answer, option.id, !chosen, shown);
    }
    case 'true_false':
      return n === 1 ? { value: true } : n === 2 ? { value: false } : null;
    case 'fill_blank':
    case 'numerical':
    case 'ordering':
    case 'matching':
    case 'essay':
    case 'scenario':
      return null;
  }
}
