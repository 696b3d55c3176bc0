import { MAX_ANSWER_TEXT, type Answer, type PartAnswer, type PartQuestion, type Question } from '../model';
import { isObj } from './problems';

export type AnswerValidation = { ok: true; answer: Answer } | { ok: false; message: string };

type Check<T> = { ok: true; answer: T } | { ok: false; message: string };

const fail = (message: string): { ok: false; message: string } => ({ ok: false, message });

/** Shape and ids only: whether an answer could belong to this question, never whether it is right. */
export function validateAnswer(q: Question, input: unknown): AnswerValidation {
  if (q.type !== 'scenario') return checkPart(q, input);
  const parts = field(input, 'parts');
  if (!isObj(parts)) return fail('The answer must list the parts answered.');
  const byId = new Map(q.parts.map((p) => [p.id, p.question]));
  const clean: [string, PartAnswer][] = [];
  for (const [id, answer] of Object.entries(parts)) {
    const question = byId.get(id);
    if (!question) return fail(`The scenario has no part "${id}".`);
    const checked = checkPart(question, answer);
    if (!checked.ok) return fail(`Part "${id}": ${checked.message}`);
    clean.push([id, checked.answer]);
  }
  return { ok: true, answer: { parts: Object.fromEntries(clean) } };
}

function checkPart(q: PartQuestion, input: unknown): Check<PartAnswer> {
  if (!isObj(input)) return fail('The answer is malformed.');
  switch (q.type) {
    case 'single_choice': {
      const id = field(input, 'optionId');
      if (typeof id !== 'string') return fail('Choose one option.');
      return q.options.some((o) => o.id === id) ? { ok: true, answer: { optionId: id } } : fail(`There is no option "${short(id)}".`);
    }
    case 'multiple_choice': {
      const ids = stringList(field(input, 'optionIds'), q.options.length);
      if (!ids) return fail('The chosen options must be a list of option ids, each at most once.');
      const known = new Set(q.options.map((o) => o.id));
      const unknown = ids.find((id) => !known.has(id));
      return unknown === undefined ? { ok: true, answer: { optionIds: ids } } : fail(`There is no option "${short(unknown)}".`);
    }
    case 'true_false': {
      const value = field(input, 'value');
      return typeof value === 'boolean' ? { ok: true, answer: { value } } : fail('Answer true or false.');
    }
    case 'fill_blank': {
      const blanks = textRecord(field(input, 'blanks'), new Set(q.blanks.map((b) => b.id)), 'blank');
      return blanks.ok ? { ok: true, answer: { blanks: blanks.answer } } : blanks;
    }
    case 'numerical':
    case 'essay': {
      const key = q.type === 'essay' ? 'text' : 'value';
      const text = field(input, key);
      if (typeof text !== 'string') return fail('The answer must be text.');
      if (text.length > MAX_ANSWER_TEXT) return fail(`The answer may have at most ${MAX_ANSWER_TEXT} characters.`);
      return { ok: true, answer: q.type === 'essay' ? { text } : { value: text } };
    }
    case 'ordering': {
      const order = stringList(field(input, 'order'), q.items.length);
      const known = new Set(q.items.map((i) => i.id));
      if (!order || order.length !== known.size || order.some((id) => !known.has(id))) return fail('The order must list every item exactly once.');
      return { ok: true, answer: { order } };
    }
    case 'matching': {
      const pairs = textRecord(field(input, 'pairs'), new Set(q.prompts.map((p) => p.id)), 'prompt');
      if (!pairs.ok) return pairs;
      const choices = new Set(q.choices.map((c) => c.id));
      const unknown = Object.values(pairs.answer).find((id) => !choices.has(id));
      return unknown === undefined ? { ok: true, answer: { pairs: pairs.answer } } : fail(`There is no choice "${short(unknown)}".`);
    }
  }
}

function field(input: unknown, key: string): unknown {
  return isObj(input) && Object.prototype.hasOwnProperty.call(input, key) ? input[key] : undefined;
}

/** Distinct strings, at most `max` of them; undefined when the value is anything else. */
function stringList(value: unknown, max: number): string[] | undefined {
  if (!Array.isArray(value) || value.length > max) return undefined;
  if (!value.every((v): v is string => typeof v === 'string')) return undefined;
  return new Set(value).size === value.length ? value : undefined;
}

function textRecord(value: unknown, known: Set<string>, what: string): Check<Record<string, string>> {
  if (!isObj(value)) return fail(`The answer must map each ${what} to text.`);
  const entries = Object.entries(value);
  for (const [id, text] of entries) {
    if (!known.has(id)) return fail(`There is no ${what} "${short(id)}".`);
    if (typeof text !== 'string') return fail(`The answer for ${what} "${id}" must be text.`);
    if (text.length > MAX_ANSWER_TEXT) return fail(`The answer for ${what} "${id}" may have at most ${MAX_ANSWER_TEXT} characters.`);
  }
  return { ok: true, answer: Object.fromEntries(entries) as Record<string, string> };
}

function short(id: string): string {
  return id.length > 40 ? `${id.slice(0, 40)}…` : id;
}
