import { ItemFlag } from '@pathwise/assessment';
import { AttemptStatus } from '@pathwise/contracts';
import { MessageKey } from '../../i18n/i18n.service';

/** Message keys for the enumerations these screens show, typed so a new value fails compilation. */
export const ATTEMPT_STATUS_KEYS: Record<AttemptStatus, MessageKey> = {
  in_progress: 'insights.status.in_progress',
  submitted: 'insights.status.submitted',
  needs_grading: 'insights.status.needs_grading',
  graded: 'insights.status.graded',
};

export const ITEM_FLAG_KEYS: Record<ItemFlag, MessageKey> = {
  too_easy: 'insights.flag.too_easy',
  too_hard: 'insights.flag.too_hard',
  negative_discrimination: 'insights.flag.negative_discrimination',
  weak_discrimination: 'insights.flag.weak_discrimination',
};

export const ITEM_FLAG_HINT_KEYS: Record<ItemFlag, MessageKey> = {
  too_easy: 'insights.flagHint.too_easy',
  too_hard: 'insights.flagHint.too_hard',
  negative_discrimination: 'insights.flagHint.negative_discrimination',
  weak_discrimination: 'insights.flagHint.weak_discrimination',
};

export const ITEM_FLAGS: readonly ItemFlag[] = [
  'too_easy',
  'too_hard',
  'negative_discrimination',
  'weak_discrimination',
];

// Table rows reach templates untyped: these keep the lookups typed.
export function attemptStatusKey(status: AttemptStatus): MessageKey {
  return ATTEMPT_STATUS_KEYS[status];
}

export function itemFlagKey(flag: ItemFlag): MessageKey {
  return ITEM_FLAG_KEYS[flag];
}

export function itemFlagHintKey(flag: ItemFlag): MessageKey {
  return ITEM_FLAG_HINT_KEYS[flag];
}
