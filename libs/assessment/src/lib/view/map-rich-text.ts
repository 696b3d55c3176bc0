import type { PartQuestion, Question, RichText } from '../model';

/**
 * Applies `fn` to every rich-text (HTML) field of a question and returns the new question; the
 * input is not changed. Plain-text fields (accepted answers, rubric descriptions, units) are left
 * alone. The API uses it to sanitise HTML and to swap stored file references for signed URLs.
 */
export function mapRichText(q: Question, fn: (html: RichText) => RichText): Question {
  if (q.type !== 'scenario') return mapPart(q, fn);
  return {
    ...q,
    ...base(q, fn),
    caseText: fn(q.caseText),
    parts: q.parts.map((part) => ({ ...part, question: mapPart(part.question, fn) })),
  };
}

/** Every rich-text value of a question, in document order (for search text and file references). */
export function richTexts(q: Question): RichText[] {
  const found: RichText[] = [];
  mapRichText(q, (html) => {
    found.push(html);
    return html;
  });
  return found;
}

function mapPart(q: PartQuestion, fn: (html: RichText) => RichText): PartQuestion {
  const common = base(q, fn);
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { ...q, ...common, options: q.options.map((o) => ({ ...o, text: fn(o.text), ...optional('feedback', o.feedback, fn) })) };
    case 'true_false':
      return { ...q, ...common, ...optional('feedbackTrue', q.feedbackTrue, fn), ...optional('feedbackFalse', q.feedbackFalse, fn) };
    case 'fill_blank':
      return {
        ...q,
        ...common,
        text: fn(q.text),
        blanks: q.blanks.map((b) => ({ ...b, accepted: b.accepted.map((a) => ({ ...a, ...optional('feedback', a.feedback, fn) })) })),
      };
    case 'numerical':
      return { ...q, ...common, answers: q.answers.map((a) => ({ ...a, ...optional('feedback', a.feedback, fn) })) };
    case 'ordering':
      return { ...q, ...common, items: q.items.map((i) => ({ ...i, text: fn(i.text) })) };
    case 'matching':
      return { ...q, ...common, prompts: q.prompts.map((p) => ({ ...p, text: fn(p.text) })), choices: q.choices.map((c) => ({ ...c, text: fn(c.text) })) };
    case 'essay':
      return { ...q, ...common, ...optional('graderInfo', q.graderInfo, fn) };
  }
}

function base(q: { stem: RichText; generalFeedback?: RichText }, fn: (html: RichText) => RichText) {
  return { stem: fn(q.stem), ...optional('generalFeedback', q.generalFeedback, fn) };
}

function optional<K extends string>(key: K, value: RichText | undefined, fn: (html: RichText) => RichText): Partial<Record<K, RichText>> {
  return value === undefined ? {} : ({ [key]: fn(value) } as Record<K, RichText>);
}
