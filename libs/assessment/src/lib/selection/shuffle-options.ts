import type { Question } from '../model';
import { shuffle } from './shuffle';

/**
 * The order a learner sees the question's options in, as ids. Choice questions keep the author's
 * order when `shuffleOptions` is false. Ordering items and matching choices are always shuffled,
 * because the author's order is (or often mirrors) the key; an ordering is never shown solved.
 */
export function shuffleOptions(q: Question, seed: string): string[] {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const ids = q.options.map((o) => o.id);
      return q.shuffleOptions === false ? ids : shuffle(ids, seed);
    }
    case 'ordering':
      return unsolved(q.items.map((i) => i.id), seed);
    case 'matching':
      return shuffle(
        q.choices.map((c) => c.id),
        seed,
      );
    case 'true_false':
    case 'fill_blank':
    case 'numerical':
    case 'essay':
    case 'scenario':
      return [];
  }
}

function unsolved(ids: string[], seed: string): string[] {
  const order = shuffle(ids, seed);
  const solved = order.every((id, i) => id === ids[i]);
  return solved && ids.length > 1 ? [...order.slice(1), order[0]] : order;
}
