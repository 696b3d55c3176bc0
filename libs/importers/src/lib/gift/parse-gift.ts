import type { ImportIssue, ImportSource, QuestionImportResult } from '../questions/imported-question';
import { defaultName, finish, labelFor, type Candidate } from '../questions/import-helpers';
import { orderingScoring, orderingSelectionNote } from '../questions/ordering-settings';
import { readMetadata, type GiftMetadata } from './gift-metadata';
import { readGiftOrdering, type GiftOrdering } from './gift-ordering';
import { BLANK_SENTINEL, protectEscapes, readFormat, restoreEscapes, toHtml, type GiftFormat } from './gift-text';

export interface GiftParseOptions {
  /** Category of the questions before the first `$CATEGORY:` line. */
  defaultCategory?: string[];
}

/** Stem given to a missing-word short answer, whose whole text (with the blank) becomes the fill-in text. */
export function missingWordStem(text: string): string {
  return /\p{Script=Han}/u.test(text) ? '请填空。' : 'Fill in the blank.';
}

/** Moodle's weight syntax: `%50%`, `%-33.33333%`, `%100%`. */
const WEIGHT = /^%(-*)([0-9]{1,2}\.?[0-9]*)%/u;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/u;

interface Block {
  line: number;
  lines: { no: number; text: string }[];
}

/**
 * Reads a GIFT file as Moodle writes and reads it (see README.md): never throws; every item
 * that is not imported comes back in `rejected` with its line and a reason.
 */
export function parseGift(text: string, options: GiftParseOptions = {}): QuestionImportResult {
  const result: QuestionImportResult = { questions: [], rejected: [], warnings: [] };
  let category = [...(options.defaultCategory ?? [])];
  for (const block of splitBlocks(text)) {
    try {
      category = readBlock(block, category, result);
    } catch (error) {
      // A parser bug must not lose the rest of the file; report the item instead.
      result.rejected.push({ source: { line: block.line, label: block.lines[0]?.text.trim().slice(0, 60) ?? '' }, kind: 'invalid', message: `This item could not be read (${(error as Error).message}).` });
    }
  }
  return result;
}

/** Lines keep their indentation, as in Moodle (it matters inside `<pre>`); blank lines separate items. */
function splitBlocks(text: string): Block[] {
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((raw, index) => {
    if (raw.trim() === '') {
      current = null;
      return;
    }
    if (current === null) {
      current = { line: index + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push({ no: index + 1, text: raw.trimEnd() });
  });
  return blocks;
}

/** The heading Moodle writes above every exported question: `// question: 42  name: Refund rules`. */
const MOODLE_HEADING = /^\s*\/\/\s*question:\s*(\d+)\s+name:(.*)$/u;

/** Returns the category in force after this block. */
function readBlock(block: Block, category: string[], result: QuestionImportResult): string[] {
  const isComment = (l: { text: string }) => l.text.trimStart().startsWith('//');
  const comments = block.lines.filter(isComment).map((l) => l.text.trim());
  let content = block.lines.filter((l) => !isComment(l));
  if (content.length === 0) {
    headingWithoutQuestion(block, result);
    return category;
  }
  if (content[0].text.trimStart().startsWith('$CATEGORY:')) {
    category = parseCategory(content[0].text.trimStart().slice('$CATEGORY:'.length));
    content = content.slice(1);
    if (content.length === 0) return category;
  }
  readQuestion(content, readMetadata(comments), category, result);
  return category;
}

/**
 * Moodle writes only the heading for a question type it cannot express in GIFT (Cloze,
 * drag-and-drop, select missing words, calculated…): the question is missing from the file.
 */
function headingWithoutQuestion(block: Block, result: QuestionImportResult): void {
  for (const { no, text } of block.lines) {
    const heading = MOODLE_HEADING.exec(text);
    if (!heading || heading[1] === '0') continue;
    const name = heading[2].trim();
    result.rejected.push({
      source: { line: no, label: name || `question ${heading[1]}` },
      kind: 'unsupported',
      message: `Moodle exported only the heading of “${name}”: its question type (for example Cloze, drag-and-drop or calculated) cannot be written in GIFT, so the question itself is not in the file. Export it from Moodle as Moodle XML to import it.`,
    });
  }
}

/** `$course$/top/Products/Trade-in` → ['Products', 'Trade-in']; `//` is a slash inside a name. */
export function parseCategory(raw: string): string[] {
  const parts = raw
    .trim()
    .replace(/\/\//gu, '\uFDDE')
    .split('/')
    .map((p) => p.replace(/\uFDDE/gu, '/').trim())
    .filter((p) => p !== '');
  if (parts.length > 0 && /^\$[^$]*\$$/u.test(parts[0])) parts.shift();
  if (parts.length > 0 && parts[0] === 'top') parts.shift();
  return parts;
}

class ItemError extends Error {
  constructor(
    message: string,
    readonly kind: ImportIssue['kind'] = 'invalid',
  ) {
    super(message);
  }
}

interface Parsed {
  name: string;
  /** The question text as HTML, with BLANK_SENTINEL where a missing-word blank was. */
  stemHtml: string;
  missingWord: boolean;
  format: GiftFormat;
  answerText: string;
  generalFeedback: string;
}

function readQuestion(content: { no: number; text: string }[], meta: GiftMetadata, category: string[], result: QuestionImportResult): void {
  const line = content[0].no;
  let text = protectEscapes(content.map((l) => l.text).join('\n')).trim();
  let name = '';
  if (text.startsWith('::')) {
    text = text.slice(2);
    const end = text.indexOf('::');
    if (end >= 0) {
      name = restoreEscapes(text.slice(0, end)).trim();
      text = text.slice(end + 2).trim();
    }
  }
  const source: ImportSource = { line, label: labelFor(name, restoreEscapes(text).replace(/\{[\s\S]*\}?/u, '')) };
  try {
    const parsed = split(text, name);
    source.label = labelFor(name, parsed.stemHtml.replace(BLANK_SENTINEL, '_____'));
    const warnings: string[] = [];
    const definition = build(parsed, meta, warnings);
    const points = Number(meta.settings.get('points') ?? '1');
    const candidate: Candidate = {
      name: parsed.name !== '' ? parsed.name : defaultName(parsed.stemHtml.replace(BLANK_SENTINEL, '_____'), `Question at line ${line}`),
      categoryPath: [...category],
      tags: meta.tags,
      difficulty: meta.difficulty,
      bloom: meta.bloom,
      dimensions: meta.dimensions,
      defaultPoints: Number.isFinite(points) && points > 0 ? points : 1,
      idNumber: meta.idNumber,
      files: [],
      definition,
    };
    const outcome = finish(candidate, source);
    if ('issue' in outcome) {
      result.rejected.push(outcome.issue);
      return;
    }
    result.questions.push(outcome.question);
    for (const message of warnings) result.warnings.push({ source, kind: 'unsupported', message });
  } catch (error) {
    if (!(error instanceof ItemError)) throw error;
    result.rejected.push({ source, kind: error.kind, message: error.message });
  }
}

function split(text: string, name: string): Parsed {
  const start = text.indexOf('{');
  const end = text.indexOf('}');
  if (start < 0 && end < 0) {
    throw new ItemError(
      'This item has no answer block { … }, so Moodle treats it as a description (text shown between questions). Descriptions are not questions in Pathwise, so it was not imported; put the text in the next question or in the course instead.',
      'unsupported',
    );
  }
  if (start < 0 || end < 0 || end < start) {
    throw new ItemError('The answer braces are unbalanced: every “{” needs a closing “}”. Write a literal brace in a text as \\{ or \\}.');
  }
  const before = text.slice(0, start);
  const after = text.slice(end + 1);
  if (/[{}]/u.test(after)) {
    throw new ItemError(
      'This question has more than one answer block { … }. GIFT allows one per question; escape literal braces as \\{ and \\}. Questions with several embedded answers (cloze) can be imported from Moodle XML.',
    );
  }
  let answerText = text.slice(start + 1, end).trim();
  const missingWord = after.trim() !== '';
  let generalFeedback = '';
  const separator = answerText.lastIndexOf('####');
  if (separator >= 0) {
    generalFeedback = answerText.slice(separator + 4);
    answerText = answerText.slice(0, separator).trim();
  }
  const stem = readFormat(missingWord ? `${before}${BLANK_SENTINEL}${after}` : before, 'moodle');
  const feedback = readFormat(generalFeedback, stem.format);
  return {
    name,
    stemHtml: toHtml(restoreEscapes(stem.text), stem.format),
    missingWord,
    format: stem.format,
    answerText,
    generalFeedback: toHtml(restoreEscapes(feedback.text), feedback.format),
  };
}

function common(parsed: Parsed, blank = '_____'): Record<string, unknown> {
  return {
    stem: parsed.stemHtml.replace(BLANK_SENTINEL, blank),
    ...(parsed.generalFeedback !== '' ? { generalFeedback: parsed.generalFeedback } : {}),
  };
}

/** `text#feedback` with formats, as Moodle's comment parser. */
function withFeedback(raw: string, format: GiftFormat): { text: string; rawText: string; feedback: string } {
  const hash = raw.indexOf('#');
  const answer = readFormat(hash >= 0 ? raw.slice(0, hash) : raw, format);
  const feedback = hash >= 0 ? readFormat(raw.slice(hash + 1), format) : { text: '', format };
  return {
    text: toHtml(restoreEscapes(answer.text), answer.format),
    rawText: restoreEscapes(answer.text),
    feedback: toHtml(restoreEscapes(feedback.text), feedback.format),
  };
}

function readWeight(raw: string): { weight: number | null; rest: string } {
  const match = WEIGHT.exec(raw);
  if (!match) return { weight: null, rest: raw };
  const value = Number(match[2]) / 100;
  return { weight: match[1].length > 0 ? -value : value, rest: raw.slice(match[0].length) };
}

function fb(feedback: string): { feedback?: string } {
  return feedback !== '' ? { feedback } : {};
}

function build(parsed: Parsed, meta: GiftMetadata, warnings: string[]): Record<string, unknown> {
  const a = parsed.answerText;
  if (a === '') return essay(parsed, meta);
  const orderingAnswer = readGiftOrdering(a);
  if (orderingAnswer) return ordering(parsed, orderingAnswer, warnings);
  if (a.startsWith('#')) return numerical(parsed, warnings);
  if (a.includes('~')) return choice(parsed, meta, warnings);
  if (a.includes('=') && a.includes('->')) return matching(parsed, meta);
  const hash = a.indexOf('#');
  const tf = (hash > 0 ? a.slice(0, hash) : a).trim();
  if (['T', 'TRUE', 'F', 'FALSE'].includes(tf)) return trueFalse(parsed);
  return shortAnswer(parsed, meta);
}

function essay(parsed: Parsed, meta: GiftMetadata): Record<string, unknown> {
  const q: Record<string, unknown> = { type: 'essay', ...common(parsed), responseFormat: meta.settings.get('response') === 'short' ? 'short' : 'long' };
  for (const [key, field] of [
    ['min-words', 'minWords'],
    ['max-words', 'maxWords'],
  ] as const) {
    const value = meta.settings.get(key);
    if (value !== undefined && value !== '') q[field] = Number(value);
  }
  return q;
}

function ordering(parsed: Parsed, answer: GiftOrdering, warnings: string[]): Record<string, unknown> {
  const items = answer.items.map((item, i) => ({ id: `i${i + 1}`, text: toHtml(restoreEscapes(item), 'moodle') }));
  const scoring = orderingScoring(answer.gradingType, warnings);
  // Moodle's own rule for a count it cannot use: show up to six items.
  const count = answer.selectCount > 2 && answer.selectCount <= items.length ? answer.selectCount : Math.min(6, items.length);
  orderingSelectionNote(answer.selectType, count, items.length, warnings);
  return { type: 'ordering', ...common(parsed), items, scoring };
}

function splitAnswers(text: string, separator: RegExp): string[] {
  const parts = text.split(separator);
  if (parts[0].trim() === '') parts.shift();
  return parts.map((p) => p.trim());
}

function choice(parsed: Parsed, meta: GiftMetadata, warnings: string[]): Record<string, unknown> {
  const single = parsed.answerText.includes('=');
  const answers = splitAnswers(parsed.answerText.replace(/=/gu, '~='), /~/u);
  if (answers.length < 2) throw new ItemError('A multiple-choice question needs at least two answers, each starting with = (right) or ~ (wrong).');
  const options = answers.map((raw, i) => {
    let fraction = 0;
    let rest = raw;
    if (raw.startsWith('=')) {
      fraction = 1;
      rest = raw.slice(1);
    } else {
      const w = readWeight(raw);
      if (w.weight !== null) {
        fraction = w.weight;
        rest = w.rest;
      }
    }
    const { text, feedback } = withFeedback(rest, parsed.format);
    return { id: `o${i + 1}`, text, fraction, ...fb(feedback) };
  });
  const shuffle = meta.settings.get('shuffle') === 'false' ? { shuffleOptions: false } : {};
  if (single) return { type: 'single_choice', ...common(parsed), options, ...shuffle };
  const scoring = meta.settings.get('scoring');
  const chosen = scoring === 'all_or_nothing' || scoring === 'partial' ? scoring : 'weighted';
  if (chosen === 'weighted') rescaleWeights(options, warnings);
  return { type: 'multiple_choice', ...common(parsed), options, scoring: chosen, ...shuffle };
}

/** Moodle accepts right answers whose weights add up to 100% after rounding to two decimals (3 × 33.33%). */
function rescaleWeights(options: { fraction: number }[], warnings: string[]): void {
  const positive = options.filter((o) => o.fraction > 0);
  const total = positive.reduce((sum, o) => sum + o.fraction, 0);
  if (positive.length === 0 || Math.abs(total - 1) <= 1e-6 || Math.abs(total - 1) >= 0.005) return;
  for (const o of positive) o.fraction = o.fraction / total;
  warnings.push(`The right answers' weights added up to ${Math.round(total * 10_000) / 100}%; they were scaled to add up to exactly 100%, as Moodle rounds them.`);
}

function matching(parsed: Parsed, meta: GiftMetadata): Record<string, unknown> {
  const pairs = splitAnswers(parsed.answerText, /=/u);
  if (pairs.length < 2) throw new ItemError('A matching question needs at least two pairs written as =item -> match.');
  const choices: { id: string; text: string }[] = [];
  const prompts: { id: string; text: string; choiceId: string }[] = [];
  for (const pair of pairs) {
    const arrow = pair.indexOf('->');
    if (arrow < 0) throw new ItemError(`The matching pair “${restoreEscapes(pair)}” has no “->” between the item and its match.`);
    const prompt = readFormat(pair.slice(0, arrow), parsed.format);
    const answer = restoreEscapes(pair.slice(arrow + 2)).trim();
    let target = choices.find((c) => c.text === answer);
    if (!target) {
      target = { id: `c${choices.length + 1}`, text: answer };
      choices.push(target);
    }
    if (prompt.text !== '') prompts.push({ id: `p${prompts.length + 1}`, text: toHtml(restoreEscapes(prompt.text), prompt.format), choiceId: target.id });
  }
  const scoring = meta.settings.get('scoring') === 'all_or_nothing' ? 'all_or_nothing' : 'partial';
  return { type: 'matching', ...common(parsed), prompts, choices, scoring };
}

function trueFalse(parsed: Parsed): Record<string, unknown> {
  const bits = parsed.answerText.split('#');
  const answer = bits[0].trim();
  const read = (raw: string | undefined): string => {
    if (raw === undefined) return '';
    const f = readFormat(raw, parsed.format);
    return toHtml(restoreEscapes(f.text), f.format);
  };
  const wrong = read(bits[1]);
  const right = read(bits.length > 2 ? bits.slice(2).join('#') : undefined);
  const correct = answer === 'T' || answer === 'TRUE';
  const feedbackTrue = correct ? right : wrong;
  const feedbackFalse = correct ? wrong : right;
  return {
    type: 'true_false',
    ...common(parsed),
    correct,
    ...(feedbackTrue !== '' ? { feedbackTrue } : {}),
    ...(feedbackFalse !== '' ? { feedbackFalse } : {}),
  };
}

/** Moodle's short-answer wildcard: `*` matches anything, `\*` is a literal star. */
export function wildcardToRegex(value: string): string {
  const literal = (s: string): string =>
    s
      .normalize('NFKC')
      .replace(/\s+/gu, ' ')
      .replace(/[.*+?^${}()|[\]\\/-]/gu, '\\$&');
  return value
    .split(/(?<!\\)\*/u)
    .map((piece) => literal(piece.replace(/\\\*/gu, '*')))
    .join('.*');
}

function shortAnswer(parsed: Parsed, meta: GiftMetadata): Record<string, unknown> {
  const answers = splitAnswers(parsed.answerText, /=/u);
  if (answers.length === 0) throw new ItemError('A short-answer question needs at least one accepted answer after =.');
  const accepted = answers.map((raw) => {
    const w = readWeight(raw);
    const { rawText, feedback } = withFeedback(w.rest, parsed.format);
    const wildcard = /(?<!\\)\*/u.test(rawText);
    return {
      value: wildcard ? wildcardToRegex(rawText.trim()) : rawText.replace(/\\\*/gu, '*'),
      kind: wildcard ? 'regex' : 'text',
      fraction: w.weight ?? 1,
      ...fb(feedback),
    };
  });
  const blank = { id: 'b1', accepted, ...(meta.settings.get('case-sensitive') === 'true' ? { caseSensitive: true } : {}) };
  if (parsed.missingWord) {
    const text = parsed.stemHtml.replace(BLANK_SENTINEL, '[[b1]]');
    return { type: 'fill_blank', ...common(parsed), stem: missingWordStem(text), text, blanks: [blank] };
  }
  return { type: 'fill_blank', ...common(parsed), text: '[[b1]]', blanks: [blank] };
}

function parseNumber(raw: string): number {
  const value = raw.trim();
  if (!NUMBER.test(value)) throw new ItemError(`“${value}” is not a number. Numerical answers are written 3.14, 3.14:0.01 (answer:margin) or 1..5 (a range).`);
  return Number(value);
}

function tidy(n: number): number {
  return Number(n.toPrecision(12));
}

function numerical(parsed: Parsed, warnings: string[]): Record<string, unknown> {
  let text = parsed.answerText.slice(1);
  const tilde = text.indexOf('~');
  let wrongFeedback = '';
  if (tilde >= 0) {
    wrongFeedback = text.slice(tilde + 1);
    text = text.slice(0, tilde);
  }
  const parts = splitAnswers(text, /=/u);
  if (parts.length === 0) throw new ItemError('A numerical question needs at least one answer after #, e.g. {#3.14:0.01}.');
  const answers: Record<string, unknown>[] = [];
  for (const raw of parts) {
    const w = readWeight(raw);
    const { rawText, feedback } = withFeedback(w.rest, parsed.format);
    const body = rawText.trim();
    if (body === '*') {
      if (feedback !== '') warnings.push(`The feedback for any other answer (“${feedback}”) was not imported: Pathwise numerical questions have no catch-all answer.`);
      continue;
    }
    let value: number;
    let tolerance: number;
    const range = body.indexOf('..');
    const colon = body.indexOf(':');
    if (range > 0) {
      const min = parseNumber(body.slice(0, range));
      const max = parseNumber(body.slice(range + 2));
      if (min > max) throw new ItemError(`The range ${body} is reversed: write the smaller number first.`);
      value = tidy((min + max) / 2);
      tolerance = tidy(max - value);
    } else if (colon > 0) {
      value = parseNumber(body.slice(0, colon));
      tolerance = Math.abs(parseNumber(body.slice(colon + 1)));
    } else {
      value = parseNumber(body);
      tolerance = 0;
    }
    answers.push({ value, tolerance, fraction: w.weight ?? 1, ...fb(feedback) });
  }
  const wrong = wrongFeedback.replace(/^\s*#/u, '');
  if (wrong.trim() !== '') {
    const f = readFormat(wrong, parsed.format);
    warnings.push(`The feedback for wrong answers (“${restoreEscapes(f.text)}”) was not imported: Pathwise numerical questions have no catch-all answer.`);
  }
  return { type: 'numerical', ...common(parsed), answers, unitPolicy: 'optional', unitPenalty: 0 };
}
