import { validateQuestion, type Rubric } from '@pathwise/assessment';
import type { ImportIssue, ImportSource, ImportedFile, ImportedQuestion, QuestionImportResult } from '../questions/imported-question';
import { multiresponseFractions, scanCloze, type ClozePart } from './cloze';
import { PARTS_MARKER, RUBRIC_MARKER_END, RUBRIC_MARKER_START, TEXT_MARKER } from './markers';
import { fromMoodleShortAnswer } from './short-answer';
import { escapeHtml, moodleAutoFormat, plainText } from '../questions/html-text';
import { orderingScoring, orderingSelectionNote } from '../questions/ordering-settings';
import { decodeBase64, liftMetadataTags, mimeTypeFor, parseCategoryPath, parseMoodleNumber, shorten } from './support';
import { DEFAULT_MAX_BYTES, attr, child, childText, children, isNode, ownText, readXml, textOf, type XmlNode } from './xml-tree';

export interface MoodleXmlImportOptions {
  /** Largest file accepted, in bytes; 20 MB by default. */
  maxBytes?: number;
}

type Definition = Record<string, unknown>;
type Mapped = { ok: true; definition: Definition; defaultPoints?: number } | { ok: false; kind: 'unsupported' | 'invalid'; message: string };

/** Types Moodle can export that Pathwise refuses, each with the reason a trainer reads. */
const UNSUPPORTED: Record<string, string> = {
  description:
    'A "description" is text shown between questions, not a question: it has no answer to score. Pathwise does not import it; put the text into the stem of the questions it introduces, or into a scenario\'s case text.',
  ddwtos: 'Drag-and-drop into text has no Pathwise equivalent. Re-create it as a fill-in-the-blank question (or a Cloze question in Moodle, which imports as fill-in-the-blank).',
  gapselect: 'Select-missing-words has no Pathwise equivalent. Re-create it as a fill-in-the-blank or a Cloze question with drop-down (MULTICHOICE) gaps, which imports as a scenario.',
  ddimageortext: 'Drag-and-drop onto an image has no Pathwise equivalent (Pathwise has no image-position answers). Re-create it as a matching question.',
  ddmarker: 'Drag-and-drop markers on an image have no Pathwise equivalent (Pathwise has no image-position answers).',
  randomsamatch:
    'Random short-answer matching builds its pairs from other questions when a quiz starts; Pathwise cannot reproduce that. Create a matching question with fixed pairs instead.',
  calculated: 'Calculated questions compute their numbers from formulas and datasets; Pathwise has no formulas. Create numerical questions with fixed values instead.',
  calculatedsimple: 'Simple calculated questions compute their numbers from formulas; Pathwise has no formulas. Create numerical questions with fixed values instead.',
  calculatedmulti: 'Calculated multichoice questions compute their options from formulas; Pathwise has no formulas. Create a multiple-choice question with fixed options instead.',
  random: 'A "random question" is a quiz slot that draws from a category, not a question. Pathwise draws questions when an exam is built; nothing to import.',
};

const DEFAULT_COMBINED_FEEDBACK = new Set(['', 'your answer is correct.', 'your answer is partially correct.', 'your answer is incorrect.']);

/**
 * Reads a Moodle XML question export (as Moodle 2.x–5.x writes it) into questions the engine has
 * validated, the items it could not take with the reason, and warnings for what was adapted.
 * Never throws: a file that cannot be read at all yields one rejected item explaining why.
 */
export function parseMoodleXml(input: string | Uint8Array, options: MoodleXmlImportOptions = {}): QuestionImportResult {
  const result: QuestionImportResult = { questions: [], rejected: [], warnings: [] };
  try {
    const read = readXml(input, options.maxBytes ?? DEFAULT_MAX_BYTES);
    if (!read.ok) {
      result.rejected.push({ source: { label: 'file', ...(read.line !== undefined ? { line: read.line } : {}) }, kind: 'invalid', message: read.message });
      return result;
    }
    const quiz = child(read.root, 'quiz');
    if (!quiz) {
      result.rejected.push({ source: { label: 'file' }, kind: 'invalid', message: 'This is XML but not a Moodle XML question file: its root element must be <quiz>.' });
      return result;
    }
    let category: string[] = [];
    children(quiz, 'question').forEach((node, index) => {
      const element = index + 1;
      const type = (attr(node, 'type') ?? '').trim();
      if (type === 'category') {
        category = parseCategoryPath(textOf(child(node, 'category') ?? {}));
        return;
      }
      readOne(node, type, element, category, result);
    });
    if (children(quiz, 'question').length === 0) {
      result.warnings.push({ source: { label: 'file' }, kind: 'invalid', message: 'The file contains no <question> elements.' });
    }
  } catch (error) {
    result.rejected.push({ source: { label: 'file' }, kind: 'invalid', message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}` });
  }
  return result;
}

class QuestionReader {
  readonly files: ImportedFile[] = [];
  readonly notes: string[] = [];
  private markdownNoted = false;

  constructor(readonly node: XmlNode) {
    this.collectFiles(node);
    this.legacyImage();
  }

  /** A Moodle text field as HTML: `plain_text` and `markdown` are escaped so they show as written. */
  html(field: XmlNode | undefined): string {
    if (!field) return '';
    const text = textOf(field);
    const format = attr(field, 'format') ?? 'html';
    if (format === 'plain_text') return escapeHtml(text, { quotes: true }).replace(/\r?\n/gu, '<br>');
    if (format === 'moodle_auto_format') return moodleAutoFormat(text);
    if (format === 'markdown' || format === 'wiki_like') {
      if (!this.markdownNoted && text !== '') this.notes.push(`Text written in Moodle's ${format} format is shown as plain text; check its formatting.`);
      this.markdownNoted ||= text !== '';
      return escapeHtml(text, { quotes: true }).replace(/\r?\n/gu, '<br>');
    }
    return text;
  }

  field(name: string): string {
    return this.html(child(this.node, name));
  }

  private collectFiles(node: XmlNode): void {
    for (const [key, value] of Object.entries(node)) {
      if (key.startsWith('@_') || key.startsWith('#')) continue;
      const list = Array.isArray(value) ? value : [value];
      for (const item of list) {
        if (!isNode(item)) continue;
        if (key === 'file') this.addFile(filePath(attr(item, 'path'), attr(item, 'name') ?? ''), ownText(item), attr(item, 'encoding'));
        else this.collectFiles(item);
      }
    }
  }

  private addFile(name: string, content: string, encoding: string | undefined): void {
    if (name.trim() === '') {
      this.notes.push('An embedded file without a name was left out.');
      return;
    }
    if (encoding !== undefined && encoding.toLowerCase() !== 'base64') {
      this.notes.push(`The embedded file "${name}" uses the encoding "${encoding}" instead of base64 and was left out.`);
      return;
    }
    const data = decodeBase64(content);
    if (!data) {
      this.notes.push(`The embedded file "${name}" is not valid base64 and was left out; the question refers to a missing image.`);
      return;
    }
    const existing = this.files.find((f) => f.name === name);
    if (existing) {
      if (!sameBytes(existing.data, data)) this.notes.push(`Two different embedded files are named "${name}"; the first one is used everywhere.`);
      return;
    }
    this.files.push({ name, mimeType: mimeTypeFor(name), data });
  }

  /** Moodle 1.x wrote an image as `<image>` plus `<image_base64>`; Moodle still reads it. */
  private legacyImage(): void {
    const name = childText(this.node, 'image');
    const data = childText(this.node, 'image_base64');
    if (name && data) {
      const clean = name.replace(/\//gu, '_');
      this.addFile(clean, data, 'base64');
      this.legacyImageTag = ` <img src="@@PLUGINFILE@@/${clean}" />`;
    }
  }

  legacyImageTag = '';

  feedbackNotes(): void {
    const written = ['correctfeedback', 'partiallycorrectfeedback', 'incorrectfeedback'].filter((name) => {
      const text = plainText(this.field(name)).toLowerCase();
      return !DEFAULT_COMBINED_FEEDBACK.has(text);
    });
    if (written.length > 0) {
      this.notes.push(`Moodle's overall feedback for correct / partially correct / incorrect responses is not imported (Pathwise shows each option's feedback and the general feedback): ${written.join(', ')}.`);
    }
    const hints = children(this.node, 'hint').filter((h) => textOf(h) !== '').length;
    if (hints > 0) this.notes.push(`${hints} hint${hints > 1 ? 's' : ''} for Moodle's interactive multi-try mode ${hints > 1 ? 'were' : 'was'} not imported: Pathwise exams have one try.`);
  }
}

/** Moodle writes `path="/"` or a folder (`path="/images/"`), and the HTML refers to `@@PLUGINFILE@@/images/<name>`. */
function filePath(path: string | undefined, name: string): string {
  const folder = (path ?? '').replace(/^\/+|\/+$/gu, '');
  return folder === '' || name.trim() === '' ? name : `${folder}/${name}`;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function readOne(node: XmlNode, type: string, element: number, categoryPath: string[], result: QuestionImportResult): void {
  const r = new QuestionReader(node);
  const stem = r.field('questiontext') + r.legacyImageTag;
  const name = childText(child(node, 'name'), 'text') ?? childText(node, 'name') ?? '';
  const label = name !== '' ? name : shorten(plainText(stem)) || `${type || 'question'} ${element}`;
  const source: ImportSource = { element, label };
  const reject = (kind: ImportIssue['kind'], message: string) => result.rejected.push({ source, kind, message });

  if (type === '') return void reject('invalid', 'The <question> element has no type attribute.');
  const reason = UNSUPPORTED[type];
  if (reason) return void reject('unsupported', reason);

  let mapped: Mapped;
  switch (type) {
    case 'multichoice':
    case 'multichoiceset':
      mapped = multichoice(r, type === 'multichoiceset');
      break;
    case 'truefalse':
      mapped = truefalse(r);
      break;
    case 'shortanswer':
      mapped = shortanswer(r);
      break;
    case 'numerical':
      mapped = numerical(r);
      break;
    case 'matching':
    case 'match':
      mapped = matching(r);
      break;
    case 'essay':
      mapped = essay(r);
      break;
    case 'ordering':
      mapped = ordering(r);
      break;
    case 'cloze':
    case 'multianswer':
      mapped = cloze(r, stem, name);
      break;
    default:
      mapped = { ok: false, kind: 'unsupported', message: `The question type "${type}" is not one Pathwise can import (it may come from a Moodle plugin). Supported: multichoice, truefalse, shortanswer, numerical, matching, essay, ordering, cloze.` };
  }
  if (!mapped.ok) return void reject(mapped.kind, mapped.message);

  const generalFeedback = r.field('generalfeedback');
  const definition: Definition = { ...mapped.definition };
  if (definition['stem'] === undefined) definition['stem'] = stem;
  if (generalFeedback.trim() !== '') definition['generalFeedback'] = generalFeedback;
  const checked = validateQuestion(definition);
  if (!checked.ok) {
    return void reject('invalid', checked.problems.map((p) => p.message).join(' '));
  }

  const rawTags = [...children(child(node, 'tags'), 'tag'), ...children(child(node, 'coursetags'), 'tag')].map((t) => textOf(t));
  const lifted = liftMetadataTags(rawTags);
  r.notes.push(...lifted.problems);
  if (type !== 'cloze' && type !== 'multianswer') r.feedbackNotes();
  if (childText(node, 'hidden') === '1') r.notes.push('The question was hidden in Moodle; it is imported like the others.');

  const grade = parseMoodleNumber(childText(node, 'defaultgrade'));
  const defaultPoints = grade !== undefined && grade >= 0 ? grade : (mapped.defaultPoints ?? 1);
  const idNumber = childText(node, 'idnumber') ?? '';
  const question: ImportedQuestion = {
    source,
    name: name !== '' ? name : label,
    categoryPath,
    tags: lifted.tags,
    difficulty: lifted.difficulty,
    bloom: lifted.bloom,
    dimensions: lifted.dimensions,
    defaultPoints,
    idNumber: idNumber === '' ? null : idNumber,
    question: checked.question,
    files: r.files,
  };
  result.questions.push(question);
  for (const message of r.notes) result.warnings.push({ source, kind: 'unsupported', message });
}

/** Moodle's reading of a yes/no element: "false", "0" or empty is no, anything else yes. */
function yes(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const v = value.trim().toLowerCase();
  return !(v === 'false' || v === '0' || v === '');
}

function fractionOf(answer: XmlNode): number {
  const n = parseMoodleNumber(attr(answer, 'fraction')) ?? parseMoodleNumber(childText(answer, 'fraction')) ?? 0;
  // Moodle writes percentages with up to 7 decimals; keep the fraction free of binary noise.
  return Number((n / 100).toFixed(10));
}

function optionalFeedback(r: QuestionReader, answer: XmlNode): { feedback?: string } {
  const feedback = r.html(child(answer, 'feedback'));
  return feedback.trim() !== '' ? { feedback } : {};
}

function multichoice(r: QuestionReader, allOrNothing: boolean): Mapped {
  const single = !allOrNothing && yes(childText(r.node, 'single'), true);
  const options = children(r.node, 'answer')
    .map((answer) => ({ text: r.html(answer), fraction: fractionOf(answer), ...optionalFeedback(r, answer) }))
    .filter((o) => o.text.trim() !== '')
    .map((o, i) => ({ id: `o${i + 1}`, ...o }));
  const shuffleOptions = yes(childText(r.node, 'shuffleanswers'), false);
  if (single) return { ok: true, definition: { type: 'single_choice', options, shuffleOptions } };
  if (allOrNothing) {
    return { ok: true, definition: { type: 'multiple_choice', scoring: 'all_or_nothing', shuffleOptions, options: options.map((o) => ({ ...o, fraction: Math.max(-1, Math.min(1, o.fraction)) })) } };
  }
  return { ok: true, definition: { type: 'multiple_choice', scoring: 'weighted', options, shuffleOptions } };
}

function truefalse(r: QuestionReader): Mapped {
  let correct: boolean | undefined;
  let guessed = false;
  const definition: Definition = { type: 'true_false' };
  children(r.node, 'answer').forEach((answer, index) => {
    let which = textOf(answer).toLowerCase();
    if (which !== 'true' && which !== 'false') {
      guessed = true;
      which = index === 0 ? 'true' : 'false';
    }
    const full = Math.abs(fractionOf(answer) - 1) < 1e-9;
    if (which === 'true') correct = full;
    else if (correct === undefined) correct = !full;
    const feedback = r.html(child(answer, 'feedback'));
    if (feedback.trim() !== '') definition[which === 'true' ? 'feedbackTrue' : 'feedbackFalse'] = feedback;
  });
  if (correct === undefined) return { ok: false, kind: 'invalid', message: 'The true/false question has no answers saying which is right.' };
  if (guessed) r.notes.push('The answers are not labelled "true" and "false" (an old export, perhaps in another language); as Moodle does, the first was read as True and the second as False. Check which is right.');
  definition['correct'] = correct;
  return { ok: true, definition };
}

function shortanswer(r: QuestionReader): Mapped {
  const caseSensitive = yes(childText(r.node, 'usecase'), false);
  const accepted = children(r.node, 'answer')
    .map((answer) => ({ raw: textOf(answer), fraction: fractionOf(answer), ...optionalFeedback(r, answer) }))
    .filter((a) => a.raw !== '')
    .map(({ raw, ...rest }) => ({ ...fromMoodleShortAnswer(raw), ...rest }));
  return { ok: true, definition: { type: 'fill_blank', text: '[[1]]', blanks: [{ id: '1', accepted, ...(caseSensitive ? { caseSensitive } : {}) }] } };
}

function numerical(r: QuestionReader): Mapped {
  const answers: Definition[] = [];
  for (const answer of children(r.node, 'answer')) {
    const text = textOf(answer);
    if (text === '*') {
      r.notes.push('The catch-all "*" answer (feedback for any other number) was left out: Pathwise gives no credit to other numbers anyway.');
      continue;
    }
    const value = parseMoodleNumber(text);
    if (value === undefined) return { ok: false, kind: 'invalid', message: `The answer "${shorten(text, 40)}" is not a number.` };
    const tolerance = Math.abs(parseMoodleNumber(childText(answer, 'tolerance')) ?? 0);
    answers.push({ value, tolerance, fraction: fractionOf(answer), ...optionalFeedback(r, answer) });
  }
  const units = children(child(r.node, 'units'), 'unit').map((u) => ({ unit: childText(u, 'unit_name') ?? '', multiplier: parseMoodleNumber(childText(u, 'multiplier')) ?? 1 }));
  const gradingType = childText(r.node, 'unitgradingtype') ?? '0';
  const showUnits = childText(r.node, 'showunits');
  const penalty = parseMoodleNumber(childText(r.node, 'unitpenalty'));
  const definition: Definition = { type: 'numerical', answers, unitPolicy: 'optional', unitPenalty: penalty !== undefined && penalty >= 0 && penalty <= 1 ? penalty : 0 };
  if (units.length > 0 && showUnits === '3') {
    r.notes.push('Moodle was set to ignore units ("units are not used"); the units listed were dropped and only the number is graded.');
  } else if (units.length > 0) {
    definition['units'] = units;
    if (gradingType === '1' || gradingType === '2') definition['unitPolicy'] = 'required';
    if (gradingType === '2') r.notes.push("Moodle took the unit penalty from the question's total mark; Pathwise takes it from the credit earned.");
  }
  if (showUnits === '1' || showUnits === '2') r.notes.push('Moodle offered the units as a list to pick from; Pathwise learners type the unit after the number.');
  return { ok: true, definition };
}

function matching(r: QuestionReader): Mapped {
  const choices: { id: string; text: string }[] = [];
  const prompts: { id: string; text: string; choiceId: string }[] = [];
  const choiceFor = (text: string): string => {
    const existing = choices.find((c) => c.text === text);
    if (existing) return existing.id;
    const id = `c${choices.length + 1}`;
    choices.push({ id, text });
    return id;
  };
  for (const sub of children(r.node, 'subquestion')) {
    const answer = textOf(child(sub, 'answer') ?? {});
    const prompt = r.html(sub);
    if (answer === '') continue;
    const choiceId = choiceFor(answer);
    if (plainText(prompt) !== '' || /<img\b/iu.test(prompt)) prompts.push({ id: `p${prompts.length + 1}`, text: prompt, choiceId });
  }
  return { ok: true, definition: { type: 'matching', prompts, choices, scoring: 'partial' } };
}

function essay(r: QuestionReader): Mapped {
  const format = childText(r.node, 'responseformat') ?? 'editor';
  if (format === 'noinline') {
    return { ok: false, kind: 'unsupported', message: 'This essay asks only for file attachments ("no online text"). Pathwise essays are answered as text; there is nothing for the learner to type.' };
  }
  const lines = parseMoodleNumber(childText(r.node, 'responsefieldlines')) ?? 15;
  const definition: Definition = { type: 'essay', responseFormat: lines <= 5 ? 'short' : 'long' };
  const min = parseMoodleNumber(childText(r.node, 'minwordlimit'));
  const max = parseMoodleNumber(childText(r.node, 'maxwordlimit'));
  if (min !== undefined && min > 0) definition['minWords'] = min;
  if (max !== undefined && max > 0) definition['maxWords'] = max;
  const attachments = parseMoodleNumber(childText(r.node, 'attachments')) ?? 0;
  if (attachments !== 0) r.notes.push('Moodle let learners attach files to this essay; Pathwise essays take text only.');
  let graderInfo = r.field('graderinfo');
  const rubricAt = graderInfo.indexOf(RUBRIC_MARKER_START);
  if (rubricAt >= 0) {
    const end = graderInfo.indexOf(RUBRIC_MARKER_END, rubricAt);
    const rubric = end > rubricAt ? readRubric(graderInfo.slice(rubricAt + RUBRIC_MARKER_START.length, end)) : undefined;
    if (rubric) definition['rubric'] = rubric;
    graderInfo = graderInfo.slice(0, rubricAt).trim();
  }
  if (graderInfo.trim() !== '') definition['graderInfo'] = graderInfo;
  const template = textOf(child(r.node, 'responsetemplate') ?? {});
  if (template !== '') r.notes.push('The response template (text pre-filled in the answer box) is not imported.');
  return { ok: true, definition };
}

function readRubric(encoded: string): Rubric | undefined {
  const bytes = decodeBase64(encoded.trim());
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return isNode(value) ? (value as unknown as Rubric) : undefined;
  } catch {
    return undefined;
  }
}

function ordering(r: QuestionReader): Mapped {
  const answers = children(r.node, 'answer')
    .map((answer, index) => ({ text: r.html(answer), position: parseMoodleNumber(attr(answer, 'fraction')), feedback: r.html(child(answer, 'feedback')), index }))
    .filter((a) => a.text.trim() !== '');
  const positions = answers.map((a) => a.position);
  const byPosition = positions.every((p): p is number => p !== undefined) && new Set(positions).size === positions.length;
  if (byPosition) answers.sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const scoring = orderingScoring(childText(r.node, 'gradingtype') ?? '', r.notes);
  orderingSelectionNote(childText(r.node, 'selecttype') ?? '', parseMoodleNumber(childText(r.node, 'selectcount')) ?? 0, answers.length, r.notes);
  const withFeedback = answers.filter((a) => a.feedback.trim() !== '').length;
  if (withFeedback > 0) r.notes.push(`The feedback on ${withFeedback} item${withFeedback > 1 ? 's' : ''} was not imported: Pathwise ordering items have no feedback of their own.`);
  return { ok: true, definition: { type: 'ordering', scoring, items: answers.map((a, i) => ({ id: `i${i + 1}`, text: a.text })) } };
}

/**
 * A Cloze question becomes a fill-in-the-blank question when every gap is a short answer worth
 * the same (blanks score equally), otherwise a scenario whose parts are the gaps, worth their
 * Cloze weights. Either way the embedded answers, credits, feedback and case rules carry over.
 */
function cloze(r: QuestionReader, questionText: string, name: string): Mapped {
  const partsAt = questionText.indexOf(PARTS_MARKER);
  const textAt = questionText.indexOf(TEXT_MARKER);
  const scan = scanCloze(questionText);
  if (!scan.ok) return { ok: false, kind: 'invalid', message: scan.message };
  const parts = scan.parts;
  if (parts.length === 0) return { ok: false, kind: 'invalid', message: 'The Cloze question has no embedded questions ({1:SHORTANSWER:…} and the like).' };
  const defaultPoints = parts.reduce((sum, p) => sum + p.weight, 0);
  r.feedbackNotes();
  const allShort = parts.every((p) => p.kind === 'shortanswer') && parts.every((p) => p.weight === parts[0].weight);
  if (allShort && partsAt < 0) {
    const blanks: Definition[] = [];
    for (const [i, part] of parts.entries()) {
      const accepted = shortAnswers(part, i + 1);
      if (typeof accepted === 'string') return { ok: false, kind: 'invalid', message: accepted };
      blanks.push({ id: String(i + 1), accepted, ...(part.caseSensitive ? { caseSensitive: true } : {}) });
    }
    const withPlaceholders = replaceParts(questionText, parts, (i) => `[[${i + 1}]]`);
    const split = textAt >= 0 ? splitAt(withPlaceholders, TEXT_MARKER) : splitLeadingBlocks(withPlaceholders);
    return { ok: true, defaultPoints, definition: { type: 'fill_blank', stem: split?.stem ?? escapeHtml(name || 'Fill in the blanks.', { quotes: true }), text: split?.text ?? withPlaceholders, blanks } };
  }

  const scenarioParts: Definition[] = [];
  for (const [i, part] of parts.entries()) {
    const previousEnd = i === 0 ? (partsAt >= 0 ? partsAt + PARTS_MARKER.length : 0) : parts[i - 1].end;
    const before = questionText.slice(previousEnd, part.start);
    const stem = partsAt >= 0 && part.start > partsAt ? markedStem(before, i) : nativeStem(before, i + 1);
    const question = partQuestion(part, stem, i + 1, r);
    if (typeof question === 'string') return { ok: false, kind: 'invalid', message: question };
    if (part.weight <= 0) return { ok: false, kind: 'invalid', message: `Embedded question ${i + 1} is worth 0 marks; every part of a scenario must be worth something.` };
    scenarioParts.push({ id: `p${i + 1}`, weight: part.weight, question });
  }
  const head = partsAt >= 0 ? splitAt(questionText.slice(0, partsAt), TEXT_MARKER) : undefined;
  const caseText = partsAt >= 0 ? (head?.text ?? questionText.slice(0, partsAt)) : replaceParts(questionText, parts, (i) => `<strong>(${i + 1})</strong>`);
  return { ok: true, defaultPoints, definition: { type: 'scenario', stem: head?.stem ?? escapeHtml(name || 'Case', { quotes: true }), caseText, parts: scenarioParts } };
}

function replaceParts(text: string, parts: ClozePart[], replacement: (index: number) => string): string {
  let out = '';
  let at = 0;
  parts.forEach((part, i) => {
    out += text.slice(at, part.start) + replacement(i);
    at = part.end;
  });
  return out + text.slice(at);
}

function splitAt(text: string, marker: string): { stem: string; text: string } | undefined {
  const at = text.indexOf(marker);
  return at < 0 ? undefined : { stem: text.slice(0, at), text: text.slice(at + marker.length) };
}

/** Leading paragraphs with no gap in them read as the instruction (stem); the rest is the text with the gaps. */
function splitLeadingBlocks(text: string): { stem: string; text: string } | undefined {
  const first = text.indexOf('[[');
  const prefix = first < 0 ? text : text.slice(0, first);
  let boundary = -1;
  for (const m of prefix.matchAll(/<\/(p|div|h[1-6]|ul|ol|table|blockquote)>|<br\s*\/?>/giu)) boundary = (m.index ?? 0) + m[0].length;
  if (boundary <= 0 || plainText(prefix.slice(0, boundary)) === '') return undefined;
  return { stem: prefix.slice(0, boundary).trim(), text: text.slice(boundary).trim() };
}

function markedStem(before: string, index: number): string {
  let s = before;
  if (index > 0 && s.startsWith('</p>')) s = s.slice(4);
  if (s.startsWith('<p>')) s = s.slice(3);
  return s.endsWith(' ') ? s.slice(0, -1) : s;
}

function nativeStem(before: string, position: number): string {
  const context = plainText(before.replace(/^[\s\S]*(<\/(p|div|li|h[1-6])>|<br\s*\/?>)/iu, ''));
  const tail = context.length > 100 ? `…${context.slice(-99)}` : context;
  return `(${position})${tail !== '' ? ` ${escapeHtml(tail, { quotes: true })}` : ''}`;
}

function shortAnswers(part: ClozePart, position: number): Definition[] | string {
  const accepted: Definition[] = [];
  for (const a of part.alternatives) {
    if (a.answer === '') continue;
    if (a.fraction < 0) return `Embedded question ${position} gives a negative credit to "${a.answer}"; a short answer can only earn 0–100%.`;
    accepted.push({ ...fromMoodleShortAnswer(a.answer), fraction: a.fraction, ...(a.feedback !== '' ? { feedback: a.feedback } : {}) });
  }
  return accepted;
}

function partQuestion(part: ClozePart, stem: string, position: number, r: QuestionReader): Definition | string {
  const options = () => part.alternatives.map((a, i) => ({ id: `o${i + 1}`, text: a.answer, fraction: a.fraction, ...(a.feedback !== '' ? { feedback: a.feedback } : {}) }));
  switch (part.kind) {
    case 'shortanswer': {
      const accepted = shortAnswers(part, position);
      if (typeof accepted === 'string') return accepted;
      return { type: 'fill_blank', stem, text: '[[1]]', blanks: [{ id: '1', accepted, ...(part.caseSensitive ? { caseSensitive: true } : {}) }] };
    }
    case 'numerical': {
      const answers = part.alternatives
        .filter((a) => a.answer !== '*')
        .map((a) => ({ value: parseMoodleNumber(a.answer) ?? 0, tolerance: a.tolerance ?? 0, fraction: a.fraction, ...(a.feedback !== '' ? { feedback: a.feedback } : {}) }));
      if (answers.length < part.alternatives.length) r.notes.push(`Embedded question ${position}: the catch-all "*" answer was left out.`);
      return { type: 'numerical', stem, answers, unitPolicy: 'optional', unitPenalty: 0 };
    }
    case 'multichoice':
      return { type: 'single_choice', stem, options: options(), shuffleOptions: part.shuffle };
    case 'multiresponse': {
      const fractions = multiresponseFractions(part);
      return { type: 'multiple_choice', stem, scoring: 'weighted', shuffleOptions: part.shuffle, options: options().map((o, i) => ({ ...o, fraction: fractions[i] })) };
    }
  }
}
