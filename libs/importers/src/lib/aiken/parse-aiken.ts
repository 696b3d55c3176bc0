import type { ImportSource, QuestionImportResult } from '../questions/imported-question';
import { defaultName, escapeHtml, finish, labelFor } from '../questions/import-helpers';

export interface AikenParseOptions {
  /** Aiken has no categories: every question goes here (default: the bank's top). */
  defaultCategory?: string[];
}

/**
 * An option line: a capital letter (also full-width Ａ–Ｚ), then `.` `)` (also full-width `．` `）`)
 * or the Chinese enumeration comma `、`, then the text (Moodle allows no space after the mark).
 */
const OPTION = /^([A-Z\uFF21-\uFF3A])[.)\uFF0E\uFF09\u3001][ \t\u3000]*(.*)$/u;
/** `ANSWER: B` as Moodle writes it; also `ANSWER：B`, `Answer: b` and `答案：B` as Chinese files do. */
const ANSWER = /^(?:answer|答案)[ \t\u3000]*[:\uFF1A][ \t\u3000]*(.*)$/iu;

interface Pending {
  line: number;
  stem: string[];
  /** A blank line came after the question text and before any option. */
  broken: boolean;
  options: { letter: string; text: string; line: number }[];
}

/**
 * Reads Moodle's Aiken format: question text (one or more lines), two or more options `A.`/`A)`,
 * then `ANSWER: X`. Never throws; each question that cannot be imported is reported with its line.
 */
export function parseAiken(text: string, options: AikenParseOptions = {}): QuestionImportResult {
  const result: QuestionImportResult = { questions: [], rejected: [], warnings: [] };
  const category = [...(options.defaultCategory ?? [])];
  const lines = text.replace(/^\uFEFF/u, '').split(/\r\n|\r|\n/u);
  let current: Pending | null = null;

  const source = (p: Pending): ImportSource => ({ line: p.line, label: labelFor('', p.stem.join(' ')) });
  const reject = (p: Pending, message: string): void => {
    result.rejected.push({ source: source(p), kind: 'invalid', message });
  };
  const abandon = (p: Pending, at: number): void => {
    if (p.options.length === 0) reject(p, `This question has no options (A. …, B. …) and no ANSWER line; the next question starts on line ${at}. Separate a long question text with line breaks, not blank lines.`);
    else reject(p, `This question has options but no ANSWER line before line ${at}. End each question with a line such as "ANSWER: B".`);
  };

  for (const [index, raw] of lines.entries()) {
    const no = index + 1;
    const line = raw.trim();
    if (line === '') {
      if (current && current.options.length === 0) current.broken = true;
      continue;
    }
    const option = OPTION.exec(line);
    const answer = ANSWER.exec(line);
    if (answer) {
      if (!current) {
        result.rejected.push({ source: { line: no, label: line }, kind: 'invalid', message: `Line ${no} is an ANSWER line, but no question text comes before it.` });
        continue;
      }
      complete(current, answer[1], no);
      current = null;
      continue;
    }
    if (option) {
      if (!current) {
        result.rejected.push({ source: { line: no, label: line }, kind: 'invalid', message: `Line ${no} looks like an option, but no question text comes before it.` });
        continue;
      }
      current.options.push({ letter: option[1].normalize('NFKC'), text: option[2].trim(), line: no });
      continue;
    }
    if (current && current.options.length === 0 && !current.broken) {
      current.stem.push(line);
      continue;
    }
    if (current) abandon(current, no);
    current = { line: no, stem: [line], broken: false, options: [] };
  }
  const last = current as Pending | null;
  if (last) {
    reject(last, last.options.length === 0 ? 'This question has no options (A. …, B. …) and no ANSWER line.' : 'This question has options but no ANSWER line at the end. End each question with a line such as "ANSWER: B".');
  }
  return result;

  function complete(p: Pending, answerText: string, line: number): void {
    if (p.options.length < 2) {
      reject(p, `A question needs at least two options before its ANSWER line (line ${line}); this one has ${p.options.length}.`);
      return;
    }
    const letters = p.options.map((o) => o.letter);
    const repeated = letters.find((l, i) => letters.indexOf(l) !== i);
    if (repeated) {
      reject(p, `Option ${repeated} appears twice; give each option its own letter.`);
      return;
    }
    const compact = answerText.normalize('NFKC').replace(/[\s,;、，]+/gu, '');
    // Capitals as Moodle requires; a single lower-case letter is read too ("ANSWER: b").
    const wanted = /^[a-z]$/u.test(compact) ? compact.toUpperCase() : compact;
    if (wanted === '' || !/^[A-Z]+$/u.test(wanted)) {
      reject(p, `The ANSWER line (line ${line}) must give the letter of the right option, e.g. "ANSWER: B"; it says "${answerText}".`);
      return;
    }
    const correct = [...new Set(wanted.split(''))];
    const missing = correct.filter((l) => !letters.includes(l));
    if (missing.length > 0) {
      reject(p, `The ANSWER line (line ${line}) names ${missing.join(', ')}, but the options are ${letters.join(', ')}.`);
      return;
    }
    const stem = p.stem.map((line) => escapeHtml(line)).join('<br>');
    const single = correct.length === 1;
    const definition = {
      type: single ? 'single_choice' : 'multiple_choice',
      stem,
      options: p.options.map((o, i) => ({
        id: `o${i + 1}`,
        text: escapeHtml(o.text),
        fraction: correct.includes(o.letter) ? (single ? 1 : 1 / correct.length) : 0,
      })),
      ...(single ? {} : { scoring: 'all_or_nothing' }),
    };
    const src = source(p);
    const outcome = finish(
      { name: defaultName(stem, `Question at line ${p.line}`), categoryPath: [...category], tags: [], difficulty: null, bloom: null, dimensions: [], defaultPoints: 1, idNumber: null, files: [], definition },
      src,
    );
    if ('issue' in outcome) {
      result.rejected.push(outcome.issue);
      return;
    }
    result.questions.push(outcome.question);
    if (!single) {
      result.warnings.push({
        source: src,
        kind: 'unsupported',
        message: `Aiken allows one right answer; "ANSWER: ${answerText.trim()}" names ${correct.length}, so this was imported as a multiple-choice question scored all or nothing.`,
      });
    }
  }
}
