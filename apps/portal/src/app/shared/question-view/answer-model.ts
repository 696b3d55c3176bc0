import {
  Answer,
  LearnerPartQuestion,
  LearnerQuestion,
  MatchingAnswer,
  MultipleChoiceAnswer,
  NumericalResponse,
  OrderingAnswer,
  PartAnswer,
  ScenarioAnswer,
} from '@pathwise/assessment';

/*
 * The answer a learner builds, in the engine's `Answer` shapes. Readers accept `unknown` so a
 * view never breaks on an answer that belongs to another question (an editor switching type, a
 * stale autosave): what does not fit reads as "not answered yet".
 */

type Obj = Record<string, unknown>;

function obj(value: unknown): Obj | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Obj)
    : null;
}

function stringRecord(value: unknown): Record<string, string> {
  const record = obj(value);
  if (!record) return {};
  return Object.fromEntries(
    Object.entries(record).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

export function readOptionId(answer: unknown): string | null {
  const id = obj(answer)?.['optionId'];
  return typeof id === 'string' ? id : null;
}

export function readOptionIds(answer: unknown): string[] {
  const ids = obj(answer)?.['optionIds'];
  return Array.isArray(ids)
    ? ids.filter((id): id is string => typeof id === 'string')
    : [];
}

export function readBoolean(answer: unknown): boolean | null {
  const value = obj(answer)?.['value'];
  return typeof value === 'boolean' ? value : null;
}

export function readBlanks(answer: unknown): Record<string, string> {
  return stringRecord(obj(answer)?.['blanks']);
}

export function readPairs(answer: unknown): Record<string, string> {
  return stringRecord(obj(answer)?.['pairs']);
}

export function readText(answer: unknown, key: 'text' | 'value'): string {
  const text = obj(answer)?.[key];
  return typeof text === 'string' ? text : '';
}

/** The learner's order, if it is a complete order of exactly these items. */
export function readOrder(
  answer: unknown,
  itemIds: readonly string[],
): string[] | null {
  const order = obj(answer)?.['order'];
  if (!Array.isArray(order) || order.length !== itemIds.length) return null;
  const known = new Set(itemIds);
  const seen = new Set<string>();
  for (const id of order) {
    if (typeof id !== 'string' || !known.has(id) || seen.has(id)) return null;
    seen.add(id);
  }
  return order as string[];
}

export function readParts(answer: unknown): Record<string, unknown> {
  return obj(obj(answer)?.['parts']) ?? {};
}

/** Checks or unchecks one option, keeping the options in the order they are shown. */
export function toggleOption(
  answer: unknown,
  optionId: string,
  checked: boolean,
  shownOrder: readonly string[],
): MultipleChoiceAnswer {
  const chosen = new Set(readOptionIds(answer));
  if (checked) chosen.add(optionId);
  else chosen.delete(optionId);
  return { optionIds: shownOrder.filter((id) => chosen.has(id)) };
}

export function withBlank(
  answer: unknown,
  blankId: string,
  text: string,
): { blanks: Record<string, string> } {
  return { blanks: { ...readBlanks(answer), [blankId]: text } };
}

/** Moves the item at `index` by `delta` places; out-of-range moves change nothing. */
export function moveItem(
  order: readonly string[],
  index: number,
  delta: number,
): string[] {
  const target = index + delta;
  if (
    index < 0 ||
    index >= order.length ||
    target < 0 ||
    target >= order.length
  )
    return [...order];
  const next = [...order];
  const [item] = next.splice(index, 1);
  next.splice(target, 0, item);
  return next;
}

export function orderAnswer(order: readonly string[]): OrderingAnswer {
  return { order: [...order] };
}

/** Pairs a prompt with a choice; an empty choice unpairs it. */
export function withPair(
  answer: unknown,
  promptId: string,
  choiceId: string,
): MatchingAnswer {
  const pairs = { ...readPairs(answer) };
  if (choiceId) pairs[promptId] = choiceId;
  else delete pairs[promptId];
  return { pairs };
}

export function withPart(
  answer: unknown,
  partId: string,
  part: PartAnswer,
): ScenarioAnswer {
  return {
    parts: {
      ...(readParts(answer) as ScenarioAnswer['parts']),
      [partId]: part,
    },
  };
}

export interface NumericalInput {
  number: string;
  unit: string;
}

/** Splits "1,000.5 kg" into the number and a known unit (the longest one that fits). */
export function splitNumerical(
  value: string,
  units: readonly string[],
): NumericalInput {
  const trimmed = value.trim();
  const unit = [...units]
    .sort((a, b) => b.length - a.length)
    .find((u) => u !== '' && trimmed.endsWith(u));
  if (!unit) return { number: trimmed, unit: '' };
  return { number: trimmed.slice(0, -unit.length).trim(), unit };
}

export function joinNumerical(input: NumericalInput): NumericalResponse {
  const number = input.number.trim();
  return { value: input.unit ? `${number} ${input.unit}`.trim() : number };
}

export type BlankTextSegment =
  | { kind: 'html'; html: string }
  | { kind: 'blank'; id: string; index: number };

/**
 * Cuts fill-in-the-blank text at its `[[id]]` placeholders so inputs can sit inside the sentence.
 * A single wrapping paragraph is unwrapped first: each piece is rendered inline, and a `<p>` cut
 * in two would break the sentence onto separate lines.
 */
export function splitBlankText(
  html: string,
  blankIds: readonly string[],
): BlankTextSegment[] {
  const wrapped = /^\s*<p>((?:(?!<\/?p[\s>]).)*)<\/p>\s*$/is.exec(html);
  const text = wrapped ? wrapped[1] : html;
  const known = new Set(blankIds);
  const segments: BlankTextSegment[] = [];
  let last = 0;
  let index = 0;
  for (const match of text.matchAll(/\[\[([^\]]*)\]\]/g)) {
    const at = match.index ?? 0;
    if (!known.has(match[1])) continue;
    if (at > last) segments.push({ kind: 'html', html: text.slice(last, at) });
    segments.push({ kind: 'blank', id: match[1], index: index++ });
    last = at + match[0].length;
  }
  if (last < text.length)
    segments.push({ kind: 'html', html: text.slice(last) });
  return segments;
}

/** Whether the learner has given something for every part of the question. */
export function isAnswered(
  question: LearnerQuestion,
  answer: unknown,
): boolean {
  if (question.type === 'scenario') {
    const parts = readParts(answer);
    return question.parts.every((p) => isPartAnswered(p.question, parts[p.id]));
  }
  return isPartAnswered(question, answer);
}

function isPartAnswered(
  question: LearnerPartQuestion,
  answer: unknown,
): boolean {
  switch (question.type) {
    case 'single_choice':
      return readOptionId(answer) !== null;
    case 'multiple_choice':
      return readOptionIds(answer).length > 0;
    case 'true_false':
      return readBoolean(answer) !== null;
    case 'fill_blank': {
      const blanks = readBlanks(answer);
      return question.blanks.every((b) => (blanks[b.id] ?? '').trim() !== '');
    }
    case 'numerical':
      return readText(answer, 'value').trim() !== '';
    case 'ordering':
      return (
        readOrder(
          answer,
          question.items.map((i) => i.id),
        ) !== null
      );
    case 'matching': {
      const pairs = readPairs(answer);
      return question.prompts.every((p) => !!pairs[p.id]);
    }
    case 'essay':
      return readText(answer, 'text').trim() !== '';
  }
}

export type { Answer };
