import type { Answer, FillBlankAnswer, PartAnswer, PartQuestion, Question } from '../model';

/**
 * The best answer to a question, for previews, tests and "show the right answer" in review.
 * A blank whose only full-credit answers are patterns gets its best plain-text answer, if any.
 */
export function keyAnswer(q: Question): Answer {
  if (q.type !== 'scenario') return partKey(q);
  return { parts: Object.fromEntries(q.parts.map((p) => [p.id, partKey(p.question)])) };
}

function partKey(q: PartQuestion): PartAnswer {
  switch (q.type) {
    case 'single_choice': {
      const best = [...q.options].sort((a, b) => b.fraction - a.fraction)[0];
      return { optionId: best?.id ?? '' };
    }
    case 'multiple_choice':
      return { optionIds: q.options.filter((o) => o.fraction > 0).map((o) => o.id) };
    case 'true_false':
      return { value: q.correct };
    case 'fill_blank': {
      const blanks: FillBlankAnswer['blanks'] = {};
      for (const blank of q.blanks) {
        const best = blank.accepted.filter((a) => a.kind === 'text').sort((a, b) => b.fraction - a.fraction)[0];
        blanks[blank.id] = best?.value ?? '';
      }
      return { blanks };
    }
    case 'numerical': {
      const best = [...q.answers].sort((a, b) => b.fraction - a.fraction)[0];
      const unit = q.units?.[0]?.unit;
      return { value: `${best?.value ?? ''}${unit ? ` ${unit}` : ''}` };
    }
    case 'ordering':
      return { order: q.items.map((i) => i.id) };
    case 'matching':
      return { pairs: Object.fromEntries(q.prompts.map((p) => [p.id, p.choiceId])) };
    case 'essay':
      return { text: '' };
  }
}
