import { PLACEHOLDER_PATTERN, type ChoiceOption, type Question } from '@pathwise/assessment';
import { missingWordStem } from '../gift/parse-gift';
import type { ExportableQuestion } from '../questions/imported-question';
import { cellToHtml, htmlToCell, looksLikeHtml } from './cell-text';
import type { QuestionSheetColumnKey } from './columns';
import { formatCredit, joinCategory, optionLetter } from './sheet-syntax';

export type SheetRow = Record<QuestionSheetColumnKey, string | number>;

export class Skip extends Error {}

/** Excel's limit for one cell. */
const MAX_CELL = 32_767;
const PAIR = /=>|->|→|⇒|＝＞/u;
const BLANK_LINE = /\n[ \t]*\n/u;

/** One question as a sheet row, or `Skip` saying what the layout cannot carry. */
export function questionToRow(q: ExportableQuestion): SheetRow {
  const def = q.question;
  const category = joinCategory(q.categoryPath);
  if (category === null) throw new Skip('A category name contains ">" or surrounding spaces, which the category column cannot carry.');
  const row: SheetRow = {
    category,
    type: def.type,
    name: q.name,
    question: '',
    options: '',
    answer: '',
    scoring: '',
    points: q.defaultPoints,
    difficulty: q.difficulty ?? '',
    bloom: q.bloom ?? '',
    dimensions: codes(q.dimensions, 'dimension'),
    tags: codes(q.tags, 'tag'),
    feedback: def.generalFeedback ? text(def.generalFeedback, 'general feedback') : '',
    id_number: q.idNumber ?? '',
  };
  if (q.files.length > 0) throw new Skip('It has embedded files (images), which a spreadsheet cannot carry; export it as Moodle XML.');
  Object.assign(row, body(def));
  for (const [column, value] of Object.entries(row)) {
    if (typeof value === 'string' && value.length > MAX_CELL) throw new Skip(`Its ${column} is longer than the ${MAX_CELL} characters a spreadsheet cell holds.`);
  }
  return row;
}

function codes(list: string[], what: string): string {
  for (const code of list) {
    if (code === '' || code !== code.trim() || /[,，、;；\n]/u.test(code)) throw new Skip(`The ${what} "${code}" contains a separator (",", ";") or surrounding spaces, which the ${what}s column cannot carry.`);
  }
  return list.join(', ');
}

/** A text that must read back identically from its own cell. */
function text(html: string, what: string): string {
  const cell = htmlToCell(html);
  if (cell === '' || cell !== cell.trim() || cellToHtml(cell) !== html) throw new Skip(`Its ${what} starts or ends with spaces or line breaks, which a spreadsheet cell cannot keep.`);
  return cell;
}

/** A text that shares a cell with others, one per line: it must not span lines itself. */
function entry(html: string, what: string): string {
  let cell = text(html, what);
  if (cell.includes('\n')) {
    if (!looksLikeHtml(html) || html.includes('\n')) throw new Skip(`Its ${what} has line breaks, which a one-per-line list cannot keep.`);
    cell = html;
  }
  return cell;
}

function choiceAnswer(options: ChoiceOption[], type: 'single_choice' | 'multiple_choice'): string {
  const correct = options.filter((o) => o.fraction > 0);
  const canonical =
    type === 'single_choice'
      ? correct.length === 1 && correct[0].fraction === 1 && options.every((o) => o.fraction === 1 || o.fraction === 0)
      : correct.length > 0 && options.every((o) => o.fraction === 0 || o.fraction === 1 / correct.length);
  if (canonical) return options.flatMap((o, i) => (o.fraction > 0 ? [optionLetter(i)] : [])).join(',');
  return options.flatMap((o, i) => (o.fraction !== 0 ? [`${optionLetter(i)}:${formatCredit(o.fraction)}`] : [])).join(', ');
}

function body(def: Question): Partial<SheetRow> {
  switch (def.type) {
    case 'single_choice':
    case 'multiple_choice': {
      if (def.options.some((o) => o.feedback)) throw new Skip('It has feedback on individual options, which the spreadsheet layout cannot carry; export it as Moodle XML or GIFT.');
      const settings = [...(def.type === 'multiple_choice' ? [def.scoring] : []), ...(def.shuffleOptions === false ? ['no_shuffle'] : [])];
      return {
        question: text(def.stem, 'question text'),
        options: def.options.map((o, i) => entry(o.text, `option ${optionLetter(i)}`)).join('\n'),
        answer: choiceAnswer(def.options, def.type),
        scoring: settings.join(', '),
      };
    }
    case 'true_false':
      if (def.feedbackTrue || def.feedbackFalse) throw new Skip('It has separate feedback for "true" and "false", which the spreadsheet layout cannot carry; export it as Moodle XML or GIFT.');
      return { question: text(def.stem, 'question text'), answer: def.correct ? 'true' : 'false' };
    case 'fill_blank': {
      const answers = def.blanks.map((blank) => {
        if (blank.caseSensitive) throw new Skip(`Blank [[${blank.id}]] is case-sensitive, which the spreadsheet layout cannot say; export it as Moodle XML.`);
        const values = blank.accepted.map((a) => {
          if (a.fraction !== 1 || a.feedback) throw new Skip(`An accepted answer of blank [[${blank.id}]] has partial credit or feedback, which the spreadsheet layout cannot carry; export it as Moodle XML.`);
          if (a.value === '' || a.value !== a.value.trim() || /[;；|\n]/u.test(a.value)) throw new Skip(`The accepted answer "${a.value}" contains ";", "|", a line break or surrounding spaces, which the answer column cannot carry.`);
          if (a.kind === 'text' && a.value.length > 2 && a.value.startsWith('/') && a.value.endsWith('/')) throw new Skip(`The accepted answer "${a.value}" would be read back as a regular expression.`);
          return a.kind === 'regex' ? `/${a.value}/` : a.value;
        });
        return `${blank.id}: ${values.join('; ')}`;
      });
      const sentence = text(def.text, 'fill-in text');
      const firstParagraph = sentence.split(BLANK_LINE)[0];
      const placeholderFirst = new RegExp(PLACEHOLDER_PATTERN.source, 'u').test(firstParagraph);
      let question = sentence;
      if (!(def.stem === missingWordStem(def.text) && placeholderFirst)) {
        let stem = text(def.stem, 'question text');
        if (BLANK_LINE.test(stem)) {
          if (!looksLikeHtml(def.stem) || def.stem.includes('\n')) throw new Skip('Its instruction has empty lines, which the question column uses to separate it from the fill-in text.');
          stem = def.stem;
        }
        if (new RegExp(PLACEHOLDER_PATTERN.source, 'u').test(stem)) throw new Skip('Its instruction contains a [[…]] placeholder, which would be read as a blank.');
        question = `${stem}\n\n${sentence}`;
      }
      return { question, answer: answers.join('\n') };
    }
    case 'numerical': {
      if (def.units && def.units.length > 0) throw new Skip('It has units, which the spreadsheet layout cannot carry; export it as Moodle XML.');
      if (def.answers.some((a) => a.feedback)) throw new Skip('It has feedback on individual answers, which the spreadsheet layout cannot carry; export it as Moodle XML or GIFT.');
      const answers = def.answers.map((a) => `${a.value}${a.tolerance !== 0 ? ` ± ${a.tolerance}` : ''}${a.fraction !== 1 ? ` (${formatCredit(a.fraction)})` : ''}`);
      return { question: text(def.stem, 'question text'), answer: answers.join('\n') };
    }
    case 'matching': {
      const texts = def.choices.map((c) => c.text);
      if (new Set(texts).size !== texts.length) throw new Skip('Two of its matches have the same text, which the "prompt => match" lines cannot tell apart.');
      const side = (html: string, what: string) => {
        const cell = entry(html, what);
        if (PAIR.test(cell)) throw new Skip(`Its ${what} contains "=>" or "->", which separates a prompt from its match.`);
        return cell;
      };
      const byId = new Map(def.choices.map((c) => [c.id, c]));
      const used = new Set(def.prompts.map((p) => p.choiceId));
      const lines = [
        ...def.prompts.map((p, i) => `${side(p.text, `prompt ${i + 1}`)} => ${side(byId.get(p.choiceId)?.text ?? '', `match of prompt ${i + 1}`)}`),
        ...def.choices.filter((c) => !used.has(c.id)).map((c) => `=> ${side(c.text, 'distractor')}`),
      ];
      return { question: text(def.stem, 'question text'), options: lines.join('\n'), scoring: def.scoring };
    }
    case 'ordering':
      return {
        question: text(def.stem, 'question text'),
        options: def.items.map((item, i) => entry(item.text, `item ${i + 1}`)).join('\n'),
        scoring: def.scoring,
      };
    case 'essay': {
      if (def.rubric) throw new Skip('Essay rubrics cannot be written in a spreadsheet row; export it as Moodle XML to keep the rubric.');
      if (def.graderInfo) throw new Skip('It has information for graders, which the spreadsheet layout cannot carry; export it as Moodle XML.');
      const words = def.minWords !== undefined || def.maxWords !== undefined ? `, ${def.minWords ?? ''}-${def.maxWords ?? ''}` : '';
      return { question: text(def.stem, 'question text'), answer: `${def.responseFormat}${words}` };
    }
    case 'scenario':
      throw new Skip('Scenarios (a case with several questions) cannot be written in one spreadsheet row; export it as Moodle XML.');
  }
}
