import type { MatchingQuestion, OrderingQuestion } from '../model';
import { LIMITS, type Obj, type Reader } from './problems';

export function readOrdering(r: Reader, raw: Obj): Omit<OrderingQuestion, 'stem' | 'generalFeedback'> {
  const entries = r.list(raw, 'items', '', LIMITS.listItems);
  if (entries.length < 2) r.add('items', 'ordering.too_few_items', 'An ordering question needs at least two items to put in order.');
  const ids = r.ids(entries, 'item');
  const items = entries.map(({ item, path }, i) => ({ id: ids[i], text: r.text(item, 'text', path, LIMITS.text) ?? '' }));
  const scoring = r.choice(raw, 'scoring', '', ['all_or_nothing', 'partial'] as const) ?? 'all_or_nothing';
  return { type: 'ordering', items, scoring };
}

export function readMatching(r: Reader, raw: Obj): Omit<MatchingQuestion, 'stem' | 'generalFeedback'> {
  const choiceEntries = r.list(raw, 'choices', '', LIMITS.listItems);
  const choiceIds = r.ids(choiceEntries, 'choice');
  const choices = choiceEntries.map(({ item, path }, i) => ({ id: choiceIds[i], text: r.text(item, 'text', path, LIMITS.text) ?? '' }));
  const promptEntries = r.list(raw, 'prompts', '', LIMITS.listItems);
  if (promptEntries.length < 2) r.add('prompts', 'matching.too_few_prompts', 'A matching question needs at least two prompts to match.');
  const promptIds = r.ids(promptEntries, 'prompt');
  const known = new Set(choiceIds);
  const prompts = promptEntries.map(({ item, path }, i) => {
    const choiceId = r.text(item, 'choiceId', path, 64) ?? '';
    if (choiceId !== '' && !known.has(choiceId)) {
      r.add(`${path}.choiceId`, 'matching.unknown_choice', `Prompt ${i + 1} is matched to choice "${choiceId}", which is not in the list of choices.`);
    }
    return { id: promptIds[i], text: r.text(item, 'text', path, LIMITS.text) ?? '', choiceId };
  });
  const scoring = r.choice(raw, 'scoring', '', ['all_or_nothing', 'partial'] as const) ?? 'partial';
  return { type: 'matching', prompts, choices, scoring };
}
