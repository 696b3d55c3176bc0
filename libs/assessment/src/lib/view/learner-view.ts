import type { LearnerPartQuestion, LearnerQuestion, PartQuestion, Question } from '../model';
import { shuffleOptions } from '../selection/shuffle-options';

/**
 * The question without its key. Without a seed choice options keep the author's order; with one,
 * they appear in the learner's shuffled order. Ordering items and matching choices are always
 * shuffled (seeded by the question itself when no seed is given), since their authored order
 * gives the answer away.
 */
export function learnerView(q: Question, seed?: string): LearnerQuestion {
  if (q.type !== 'scenario') return partView(q, seed);
  return {
    type: 'scenario',
    stem: q.stem,
    caseText: q.caseText,
    parts: q.parts.map((p) => ({ id: p.id, weight: p.weight, question: partView(p.question, seed === undefined ? undefined : `${seed}:${p.id}`) })),
  };
}

function partView(q: PartQuestion, seed: string | undefined): LearnerPartQuestion {
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice': {
      const order = seed === undefined ? q.options.map((o) => o.id) : shuffleOptions(q, seed);
      return { type: q.type, stem: q.stem, options: arrange(q.options, order) };
    }
    case 'true_false':
      return { type: 'true_false', stem: q.stem };
    case 'fill_blank':
      return { type: 'fill_blank', stem: q.stem, text: q.text, blanks: q.blanks.map((b) => ({ id: b.id })) };
    case 'numerical':
      return { type: 'numerical', stem: q.stem, units: (q.units ?? []).map((u) => u.unit), unitPolicy: q.unitPolicy };
    case 'ordering':
      return { type: 'ordering', stem: q.stem, items: arrange(q.items, shuffleOptions(q, seed ?? contentSeed(q))) };
    case 'matching':
      return {
        type: 'matching',
        stem: q.stem,
        prompts: q.prompts.map((p) => ({ id: p.id, text: p.text })),
        choices: arrange(q.choices, shuffleOptions(q, seed ?? contentSeed(q))),
      };
    case 'essay': {
      const view: LearnerPartQuestion = { type: 'essay', stem: q.stem, responseFormat: q.responseFormat };
      if (q.minWords !== undefined) view.minWords = q.minWords;
      if (q.maxWords !== undefined) view.maxWords = q.maxWords;
      if (q.rubric) view.criteria = q.rubric.criteria.map((c) => ({ id: c.id, description: c.description }));
      return view;
    }
  }
}

function arrange<T extends { id: string; text: string }>(items: T[], order: string[]): { id: string; text: string }[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  return order.flatMap((id) => {
    const item = byId.get(id);
    return item ? [{ id: item.id, text: item.text }] : [];
  });
}

function contentSeed(q: PartQuestion): string {
  return `${q.type}:${q.stem}`;
}
