import { PLACEHOLDER_PATTERN, validateQuestion, type Problem } from '@pathwise/assessment';
import { defaultName, describeProblem, isBloom, labelFor, type Bloom } from '../questions/import-helpers';
import { missingWordStem } from '../gift/parse-gift';
import type { ImportedQuestion, ImportIssue } from '../questions/imported-question';
import { cellToHtml } from './cell-text';
import { readType, type QuestionSheetColumnKey, type SheetQuestionType } from './columns';
import { columnLetter, letterIndex, NUMERICAL_ANSWER, optionLetter, parseCredit, splitCategory, splitCodes, splitEntries } from './sheet-syntax';

export type ColumnPositions = Partial<Record<QuestionSheetColumnKey, number>>;

interface CellProblem {
  column: QuestionSheetColumnKey | null;
  message: string;
}

type Definition = Record<string, unknown>;

const BLOOM_ALIASES: Record<string, Bloom> = {
  记忆: 'remember',
  识记: 'remember',
  理解: 'understand',
  应用: 'apply',
  运用: 'apply',
  分析: 'analyse',
  analyze: 'analyse',
  analysis: 'analyse',
  评价: 'evaluate',
  评估: 'evaluate',
  evaluation: 'evaluate',
  创造: 'create',
  创新: 'create',
};

const TRUE_WORDS = new Set(['true', 't', 'yes', 'y', '1', '对', '正确', '是', '√', '✓', '✔', 'right', 'correct']);
const FALSE_WORDS = new Set(['false', 'f', 'no', 'n', '0', '错', '错误', '否', '×', '✗', '✘', 'x', 'wrong', 'incorrect']);

const SCORING_ALIASES: Record<string, 'all_or_nothing' | 'partial' | 'weighted'> = {
  allornothing: 'all_or_nothing',
  all: 'all_or_nothing',
  全对: 'all_or_nothing',
  全对得分: 'all_or_nothing',
  全对才得分: 'all_or_nothing',
  partial: 'partial',
  partialcredit: 'partial',
  部分: 'partial',
  部分得分: 'partial',
  weighted: 'weighted',
  加权: 'weighted',
  按选项给分: 'weighted',
};
const NO_SHUFFLE = new Set(['noshuffle', 'fixedorder', 'fixed', '不乱序', '固定顺序']);

const key = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\s_\-/]+/gu, '');

export interface RowOutcome {
  question?: ImportedQuestion;
  issue?: ImportIssue;
  warnings: ImportIssue[];
}

/** Turns one data row into a validated question, or one issue naming the row and every column at fault. */
export function rowToQuestion(line: number, cells: string[], positions: ColumnPositions, headings: string[]): RowOutcome {
  const problems: CellProblem[] = [];
  const notes: CellProblem[] = [];
  const cell = (column: QuestionSheetColumnKey): string => {
    const index = positions[column];
    return index === undefined ? '' : (cells[index] ?? '').trim();
  };
  const fail = (column: QuestionSheetColumnKey | null, message: string) => problems.push({ column, message });
  const where = (column: QuestionSheetColumnKey | null): string => {
    if (column === null) return '';
    const index = positions[column];
    return index === undefined ? `${column}: ` : `${column} (column ${columnLetter(index)}): `;
  };
  const rawStem = cell('question');
  const name = cell('name');
  const label = labelFor(name, rawStem) || `Row ${line}`;
  const source = { line, label };
  const summary = (list: CellProblem[]) => `Row ${line}: ${list.map((p) => `${where(p.column)}${p.message}`).join(' ')}`;
  const done = (question?: ImportedQuestion): RowOutcome => ({
    ...(question ? { question } : {}),
    ...(problems.length > 0 ? { issue: { source, kind: 'invalid' as const, message: summary(problems) } } : {}),
    warnings: notes.map((n) => ({ source, kind: 'unsupported' as const, message: summary([n]) })),
  });

  const typeCell = cell('type');
  const type = readType(typeCell);
  if (typeCell === '') fail('type', 'The question type is missing (single_choice, multiple_choice, true_false, fill_blank, numerical, matching, ordering or essay).');
  else if (type === undefined) fail('type', `Unknown question type "${clip(typeCell)}"; use single_choice, multiple_choice, true_false, fill_blank, numerical, matching, ordering or essay (or 单选, 多选, 判断, 填空, 数值, 匹配, 排序, 问答).`);
  if (rawStem === '') fail('question', 'The question text is empty.');

  // Metadata first: its problems are reported even when the body is also wrong.
  const categoryPath = splitCategory(cell('category'));
  const points = readPoints(cell('points'), fail);
  const difficulty = readDifficulty(cell('difficulty'), fail);
  const bloom = readBloom(cell('bloom'), fail);
  const dimensions = splitCodes(cell('dimensions'));
  const tags = splitCodes(cell('tags'));
  const feedback = cell('feedback');
  const idNumber = cell('id_number');
  for (const index of extraCells(cells, headings)) {
    notes.push({ column: null, message: `Cell ${columnLetter(index)} ("${clip(cells[index].trim(), 30)}") has no known column heading above it and was ignored.` });
  }

  if (type === undefined || rawStem === '') return done();
  const body = readBody(type, rawStem, cell('options'), cell('answer'), cell('scoring'), fail, (column, message) => notes.push({ column, message }));
  if (problems.length > 0 || body === undefined) return done();

  const definition: Definition = { ...body, ...(feedback ? { generalFeedback: cellToHtml(feedback) } : {}) };
  const validation = validateQuestion(definition);
  if (!validation.ok) {
    for (const problem of validation.problems) fail(columnForProblem(problem), describeProblem(problem));
    return done();
  }
  const stem = validation.question.stem;
  return done({
    source,
    name: name || defaultName(stem, `Question on row ${line}`),
    categoryPath,
    tags,
    difficulty,
    bloom,
    dimensions,
    defaultPoints: points,
    idNumber: idNumber === '' ? null : idNumber,
    question: validation.question,
    files: [],
  });
}

function columnForProblem(problem: Problem): QuestionSheetColumnKey | null {
  const head = problem.path.split(/[.[]/u)[0];
  switch (head) {
    case 'stem':
    case 'text':
      return 'question';
    case 'options':
    case 'prompts':
    case 'choices':
    case 'items':
      return 'options';
    case 'blanks':
    case 'answers':
    case 'correct':
    case 'responseFormat':
    case 'minWords':
    case 'maxWords':
      return 'answer';
    case 'scoring':
      return 'scoring';
    case 'generalFeedback':
      return 'feedback';
    default:
      return null;
  }
}

function extraCells(cells: string[], headings: string[]): number[] {
  return cells.flatMap((value, index) => (value.trim() !== '' && (index >= headings.length || headings[index].trim() === '') ? [index] : []));
}

type Fail = (column: QuestionSheetColumnKey, message: string) => void;

function readPoints(raw: string, fail: Fail): number {
  if (raw === '') return 1;
  const n = Number(raw.normalize('NFKC'));
  if (!Number.isFinite(n) || n <= 0 || n > 10_000) {
    fail('points', `"${clip(raw)}" is not a number of points above 0.`);
    return 1;
  }
  return n;
}

function readDifficulty(raw: string, fail: Fail): ImportedQuestion['difficulty'] {
  if (raw === '') return null;
  const n = Number(raw.normalize('NFKC'));
  if (!Number.isInteger(n) || n < 1 || n > 5) {
    fail('difficulty', `Difficulty must be a whole number from 1 to 5; it is "${clip(raw)}".`);
    return null;
  }
  return n as ImportedQuestion['difficulty'];
}

function readBloom(raw: string, fail: Fail): ImportedQuestion['bloom'] {
  if (raw === '') return null;
  const value = raw.normalize('NFKC').trim().toLowerCase();
  if (isBloom(value)) return value;
  const alias = BLOOM_ALIASES[value];
  if (alias) return alias;
  fail('bloom', `Unknown Bloom level "${clip(raw)}"; use remember, understand, apply, analyse, evaluate or create.`);
  return null;
}

function readScoring(raw: string, allowed: readonly string[], fail: Fail): { scoring?: string; shuffle?: boolean } {
  const out: { scoring?: string; shuffle?: boolean } = {};
  for (const token of raw.split(/[,，、;；\s]+/u).filter((t) => t !== '')) {
    const k = key(token);
    if (NO_SHUFFLE.has(k)) {
      out.shuffle = false;
      continue;
    }
    const scoring = SCORING_ALIASES[k];
    if (scoring === undefined || !allowed.includes(scoring)) {
      fail('scoring', `Unknown scoring "${clip(token)}"; use ${allowed.join(' or ')}.`);
      continue;
    }
    out.scoring = scoring;
  }
  return out;
}

type Note = (column: QuestionSheetColumnKey, message: string) => void;

function readBody(type: SheetQuestionType, stemCell: string, optionsCell: string, answerCell: string, scoringCell: string, fail: Fail, note: Note): Definition | undefined {
  const ignored = (column: QuestionSheetColumnKey, value: string) => {
    if (value !== '') note(column, `Ignored: ${type} questions do not use this column.`);
  };
  switch (type) {
    case 'single_choice':
    case 'multiple_choice': {
      const options = splitEntries(optionsCell);
      if (options.length < 2) fail('options', `A choice question needs at least two options, one per line or separated by "|"; found ${options.length}.`);
      const settings = readScoring(scoringCell, type === 'multiple_choice' ? ['all_or_nothing', 'partial', 'weighted'] : [], fail);
      const credits = readChoiceAnswer(answerCell, options.length, type, fail);
      if (!credits) return undefined;
      return {
        type,
        stem: cellToHtml(stemCell),
        options: options.map((text, i) => ({ id: optionLetter(i), text: cellToHtml(text), fraction: credits.fractions[i] ?? 0 })),
        ...(type === 'multiple_choice' ? { scoring: settings.scoring ?? (credits.explicit ? 'weighted' : 'all_or_nothing') } : {}),
        ...(settings.shuffle === false ? { shuffleOptions: false } : {}),
      };
    }
    case 'true_false': {
      ignored('options', optionsCell);
      ignored('scoring', scoringCell);
      const value = answerCell.normalize('NFKC').trim().toLowerCase();
      if (!TRUE_WORDS.has(value) && !FALSE_WORDS.has(value)) {
        fail('answer', answerCell === '' ? 'The answer is missing: write true or false (对 or 错).' : `"${clip(answerCell)}" is not true or false; write true/false, T/F or 对/错.`);
        return undefined;
      }
      return { type, stem: cellToHtml(stemCell), correct: TRUE_WORDS.has(value) };
    }
    case 'fill_blank':
      ignored('options', optionsCell);
      ignored('scoring', scoringCell);
      return readFillBlank(stemCell, answerCell, fail);
    case 'numerical':
      ignored('options', optionsCell);
      ignored('scoring', scoringCell);
      return readNumerical(stemCell, answerCell, fail);
    case 'matching':
      ignored('answer', answerCell);
      return readMatching(stemCell, optionsCell, readScoring(scoringCell, ['all_or_nothing', 'partial'], fail).scoring ?? 'partial', fail);
    case 'ordering': {
      ignored('answer', answerCell);
      const items = splitEntries(optionsCell);
      if (items.length < 2) fail('options', `An ordering question needs at least two items in the correct order, one per line or separated by "|"; found ${items.length}.`);
      return {
        type,
        stem: cellToHtml(stemCell),
        items: items.map((text, i) => ({ id: String(i + 1), text: cellToHtml(text) })),
        scoring: readScoring(scoringCell, ['all_or_nothing', 'partial'], fail).scoring ?? 'all_or_nothing',
      };
    }
    case 'essay':
      ignored('options', optionsCell);
      ignored('scoring', scoringCell);
      return readEssay(stemCell, answerCell, fail);
  }
}

function readChoiceAnswer(raw: string, count: number, type: 'single_choice' | 'multiple_choice', fail: Fail): { fractions: number[]; explicit: boolean } | undefined {
  const text = raw.normalize('NFKC').trim();
  if (text === '') {
    fail('answer', `The answer is missing: give the letter of the right option${type === 'multiple_choice' ? 's, e.g. "A,C"' : ', e.g. "B"'}.`);
    return undefined;
  }
  let tokens = text.split(/[,、;|\n]+/u).map((t) => t.trim()).filter((t) => t !== '');
  if (tokens.length === 1 && !/[:=]/u.test(tokens[0])) tokens = tokens[0].split(/\s+/u);
  // "AC" as Chinese answer keys write it, when no option needs two letters.
  if (tokens.length === 1 && /^[A-Za-z]{2,}$/u.test(tokens[0]) && count <= 26) tokens = tokens[0].split('');
  const fractions: number[] = new Array<number>(count).fill(0);
  const chosen = new Set<number>();
  let explicit = 0;
  for (const token of tokens) {
    const match = /^([A-Za-z]{1,3}|\d{1,3})\s*(?:[:=]\s*(.+))?$/u.exec(token);
    if (!match) {
      fail('answer', `"${clip(token)}" is not an option letter; write letters such as "A" or "A,C", or "A:50%" to give credit.`);
      return undefined;
    }
    const index = /^\d+$/u.test(match[1]) ? Number(match[1]) - 1 : letterIndex(match[1]);
    if (index < 0 || index >= count) {
      fail('answer', `The answer names "${match[1]}", but there ${count === 1 ? 'is 1 option' : `are ${count} options`} (${count > 0 ? `A–${optionLetter(count - 1)}` : 'none'}).`);
      return undefined;
    }
    if (chosen.has(index)) {
      fail('answer', `Option ${optionLetter(index)} is named twice in the answer.`);
      return undefined;
    }
    chosen.add(index);
    if (match[2] !== undefined) {
      const credit = parseCredit(match[2]);
      if (credit === undefined || credit < -1 || credit > 1) {
        fail('answer', `"${clip(match[2])}" is not a credit between -100% and 100% (option ${optionLetter(index)}).`);
        return undefined;
      }
      fractions[index] = credit;
      explicit++;
    }
  }
  if (explicit > 0 && explicit < chosen.size) {
    fail('answer', 'Give a credit to every option named in the answer (e.g. "A:50%, C:50%"), or to none.');
    return undefined;
  }
  if (explicit === 0) {
    if (type === 'single_choice' && chosen.size > 1) {
      fail('answer', `A single-choice question has one right answer, but the answer names ${chosen.size}. Use the type multiple_choice (多选) if several are right.`);
      return undefined;
    }
    for (const index of chosen) fractions[index] = type === 'single_choice' ? 1 : 1 / chosen.size;
  }
  return { fractions, explicit: explicit > 0 };
}

function readFillBlank(stemCell: string, answerCell: string, fail: Fail): Definition | undefined {
  // An instruction may come first, separated from the sentence by an empty line.
  const split = /\n[ \t]*\n/u.exec(stemCell);
  let stemText: string | null = null;
  let sentence = stemCell;
  if (split && !new RegExp(PLACEHOLDER_PATTERN.source, 'u').test(stemCell.slice(0, split.index))) {
    stemText = stemCell.slice(0, split.index).trim();
    sentence = stemCell.slice(split.index + split[0].length).trim();
  }
  const text = cellToHtml(sentence);
  const ids = [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]);
  if (ids.length === 0) {
    fail('question', 'A fill-in question needs a placeholder such as [[1]] where each blank goes.');
    return undefined;
  }
  const accepted = new Map<string, string[]>();
  const entries = splitEntries(answerCell);
  for (const entry of entries) {
    const prefixed = /^(?:\[\[)?([^\]:：\s]+?)(?:\]\])?\s*[:：]\s*(.*)$/su.exec(entry);
    let id: string;
    let values: string;
    if (prefixed && ids.includes(prefixed[1])) {
      id = prefixed[1];
      values = prefixed[2];
    } else if (ids.length === 1 && entries.length === 1) {
      id = ids[0];
      values = entry;
    } else {
      fail('answer', `Say which blank "${clip(entry)}" is for, e.g. "${ids[0]}: answer". The blanks are ${ids.map((i) => `[[${i}]]`).join(', ')}.`);
      return undefined;
    }
    if (accepted.has(id)) {
      fail('answer', `Blank [[${id}]] is given answers twice; put its alternatives on one entry separated by ";".`);
      return undefined;
    }
    accepted.set(
      id,
      values
        .split(/[;；]/u)
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    );
  }
  const missing = ids.filter((id) => (accepted.get(id) ?? []).length === 0);
  if (missing.length > 0) {
    fail('answer', `No accepted answer for ${missing.map((i) => `[[${i}]]`).join(', ')}; write e.g. "${missing[0]}: answer; alternative".`);
    return undefined;
  }
  const unknown = [...accepted.keys()].filter((id) => !ids.includes(id));
  if (unknown.length > 0) fail('answer', `Answers are given for ${unknown.join(', ')}, which the question has no placeholder for.`);
  return {
    type: 'fill_blank',
    stem: stemText === null || stemText === '' ? missingWordStem(text) : cellToHtml(stemText),
    text,
    blanks: [...new Set(ids)].map((id) => ({
      id,
      accepted: (accepted.get(id) ?? []).map((value) =>
        value.length > 2 && value.startsWith('/') && value.endsWith('/') ? { value: value.slice(1, -1), kind: 'regex', fraction: 1 } : { value, kind: 'text', fraction: 1 },
      ),
    })),
  };
}

function readNumerical(stemCell: string, answerCell: string, fail: Fail): Definition | undefined {
  const entries = splitEntries(answerCell.normalize('NFKC'));
  if (entries.length === 0) {
    fail('answer', 'The answer is missing: write the number, optionally with a tolerance, e.g. "3.14 ± 0.01" or "3.14:0.01".');
    return undefined;
  }
  const answers: Definition[] = [];
  for (const entry of entries) {
    const match = NUMERICAL_ANSWER.exec(entry.replace(/,(?=\d{3}\b)/gu, ''));
    if (!match) {
      fail('answer', `"${clip(entry)}" is not a number with an optional tolerance, e.g. "3.14 ± 0.01", "3.14:0.01" or "3 ± 0.5 (50%)". Units cannot be given in a spreadsheet.`);
      return undefined;
    }
    const fraction = match[3] === undefined ? 1 : parseCredit(match[3]);
    if (fraction === undefined || fraction < 0 || fraction > 1) {
      fail('answer', `"${clip(match[3] ?? '')}" is not a credit between 0% and 100%.`);
      return undefined;
    }
    answers.push({ value: Number(match[1]), tolerance: match[2] === undefined ? 0 : Number(match[2]), fraction });
  }
  return { type: 'numerical', stem: cellToHtml(stemCell), answers, unitPolicy: 'optional', unitPenalty: 0 };
}

const PAIR = /\s*(?:=>|->|→|⇒|＝＞)\s*/u;

function readMatching(stemCell: string, optionsCell: string, scoring: string, fail: Fail): Definition | undefined {
  const lines = splitEntries(optionsCell);
  const prompts: { id: string; text: string; choiceId: string }[] = [];
  const choices: { id: string; text: string }[] = [];
  const choiceFor = (text: string): string => {
    const html = cellToHtml(text);
    const found = choices.find((c) => c.text === html);
    if (found) return found.id;
    const id = `c${choices.length + 1}`;
    choices.push({ id, text: html });
    return id;
  };
  for (const line of lines) {
    const at = PAIR.exec(line);
    if (!at) {
      fail('options', `"${clip(line)}" is not a pair; write "prompt => match" on each line ("=> match" alone adds a distractor).`);
      return undefined;
    }
    const prompt = line.slice(0, at.index).trim();
    const match = line.slice(at.index + at[0].length).trim();
    if (match === '') {
      fail('options', `"${clip(line)}" has nothing after "=>"; each prompt needs its match.`);
      return undefined;
    }
    const choiceId = choiceFor(match);
    if (prompt !== '') prompts.push({ id: `p${prompts.length + 1}`, text: cellToHtml(prompt), choiceId });
  }
  return { type: 'matching', stem: cellToHtml(stemCell), prompts, choices, scoring };
}

function readEssay(stemCell: string, answerCell: string, fail: Fail): Definition | undefined {
  const definition: Definition = { type: 'essay', stem: cellToHtml(stemCell), responseFormat: 'long' };
  for (const token of answerCell.normalize('NFKC').split(/[,，;；\n]+/u).map((t) => t.trim()).filter((t) => t !== '')) {
    const k = key(token);
    if (['long', '长', '长答', '论述'].includes(k)) definition['responseFormat'] = 'long';
    else if (['short', '短', '短答', '简答'].includes(k)) definition['responseFormat'] = 'short';
    else {
      const words = /^(\d+)?\s*[-–~～至到]\s*(\d+)?\s*(?:words?|字|词)?$/iu.exec(token);
      if (!words || (words[1] === undefined && words[2] === undefined)) {
        fail('answer', `"${clip(token)}" is not understood for an essay; write "long" or "short" and optional word limits such as "50-200".`);
        return undefined;
      }
      if (words[1] !== undefined) definition['minWords'] = Number(words[1]);
      if (words[2] !== undefined) definition['maxWords'] = Number(words[2]);
    }
  }
  return definition;
}

function clip(value: string, max = 40): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}
