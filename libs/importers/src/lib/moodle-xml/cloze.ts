import { decodeEntities } from './xml-tree';
import { formatNumber, parseMoodleNumber } from './support';

/**
 * Moodle's Cloze (multianswer) syntax, as qtype_multianswer reads it:
 * `{weight:TYPE:alt~alt…}` where an alternative is `[=|%n%]answer[#feedback]`, NUMERICAL answers
 * are `value[:tolerance]`, and `\}`, `\#`, `\~` escape the separators.
 */
export type ClozeKind = 'shortanswer' | 'numerical' | 'multichoice' | 'multiresponse';

export interface ClozeAlternative {
  fraction: number;
  answer: string;
  feedback: string;
  tolerance?: number;
}

export interface ClozePart {
  /** Position of the whole `{…}` in the question text. */
  start: number;
  end: number;
  weight: number;
  kind: ClozeKind;
  caseSensitive: boolean;
  shuffle: boolean;
  alternatives: ClozeAlternative[];
  /** Explicit `%n%` credits given (decides how Moodle fills in multi-response penalties). */
  hasSpecificFraction: boolean;
}

const TYPES: Record<string, { kind: ClozeKind; caseSensitive?: boolean; shuffle?: boolean }> = {
  NUMERICAL: { kind: 'numerical' },
  NM: { kind: 'numerical' },
  SHORTANSWER: { kind: 'shortanswer' },
  SA: { kind: 'shortanswer' },
  MW: { kind: 'shortanswer' },
  SHORTANSWER_C: { kind: 'shortanswer', caseSensitive: true },
  SAC: { kind: 'shortanswer', caseSensitive: true },
  MWC: { kind: 'shortanswer', caseSensitive: true },
  MULTICHOICE: { kind: 'multichoice' },
  MC: { kind: 'multichoice' },
  MULTICHOICE_V: { kind: 'multichoice' },
  MCV: { kind: 'multichoice' },
  MULTICHOICE_H: { kind: 'multichoice' },
  MCH: { kind: 'multichoice' },
  MULTICHOICE_S: { kind: 'multichoice', shuffle: true },
  MCS: { kind: 'multichoice', shuffle: true },
  MULTICHOICE_VS: { kind: 'multichoice', shuffle: true },
  MCVS: { kind: 'multichoice', shuffle: true },
  MULTICHOICE_HS: { kind: 'multichoice', shuffle: true },
  MCHS: { kind: 'multichoice', shuffle: true },
  MULTIRESPONSE: { kind: 'multiresponse' },
  MR: { kind: 'multiresponse' },
  MULTIRESPONSE_H: { kind: 'multiresponse' },
  MRH: { kind: 'multiresponse' },
  MULTIRESPONSE_S: { kind: 'multiresponse', shuffle: true },
  MRS: { kind: 'multiresponse', shuffle: true },
  MULTIRESPONSE_HS: { kind: 'multiresponse', shuffle: true },
  MRHS: { kind: 'multiresponse', shuffle: true },
};

const START = /\{([0-9]*):([A-Z_]+):/gu;

export type ClozeScan = { ok: true; parts: ClozePart[] } | { ok: false; message: string };

export function scanCloze(text: string): ClozeScan {
  const parts: ClozePart[] = [];
  START.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = START.exec(text)) !== null) {
    const type = TYPES[match[2]];
    if (!type) {
      return { ok: false, message: `Embedded question ${parts.length + 1} has the type "${match[2]}", which Moodle's Cloze syntax does not define.` };
    }
    const bodyStart = match.index + match[0].length;
    const end = findClose(text, bodyStart);
    if (end < 0) return { ok: false, message: `Embedded question ${parts.length + 1} ({${match[1]}:${match[2]}:…) has no closing "}".` };
    const part = readPart(text.slice(bodyStart, end), type, match[1], parts.length + 1);
    if (typeof part === 'string') return { ok: false, message: part };
    parts.push({ ...part, start: match.index, end: end + 1 });
    START.lastIndex = end + 1;
  }
  return { ok: true, parts };
}

/** Index of the first `}` not escaped by a backslash. */
function findClose(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '}') return i;
  }
  return -1;
}

/** Splits on a separator that is not escaped and (for `#`) not part of an entity like `&#39;`. */
function splitUnescaped(text: string, separator: '~' | '#'): string[] {
  const pieces: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && i + 1 < text.length) {
      current += ch + text[i + 1];
      i++;
    } else if (ch === separator && !(separator === '#' && /&(amp;)?$/u.test(current))) {
      pieces.push(current);
      current = '';
      if (separator === '#') {
        pieces.push(text.slice(i + 1));
        return pieces;
      }
    } else current += ch;
  }
  pieces.push(current);
  return pieces;
}

function unescapeCloze(text: string): string {
  return decodeEntities(text.replace(/&nbsp;/gu, '\u00a0')).replace(/\\([}#~\\/"])/gu, '$1');
}

function readPart(
  body: string,
  type: { kind: ClozeKind; caseSensitive?: boolean; shuffle?: boolean },
  weightText: string,
  position: number,
): Omit<ClozePart, 'start' | 'end'> | string {
  const weight = weightText === '' ? 1 : Number(weightText);
  const alternatives: ClozeAlternative[] = [];
  let hasSpecificFraction = false;
  for (const raw of splitUnescaped(body, '~')) {
    const m = /^(=|%(-?[0-9]+(?:[.,][0-9]*)?)%)?([\s\S]*)$/u.exec(raw);
    if (!m) continue;
    const [answerRaw, feedbackRaw] = splitUnescaped(m[3], '#');
    if (answerRaw.trim() === '' && feedbackRaw === undefined) continue;
    let fraction = 0;
    if (m[1] === '=') fraction = 1;
    else if (m[2] !== undefined) {
      fraction = Number(m[2].replace(',', '.')) / 100;
      hasSpecificFraction = true;
    }
    const alternative: ClozeAlternative = { fraction, answer: unescapeCloze(answerRaw).trim(), feedback: feedbackRaw === undefined ? '' : unescapeCloze(feedbackRaw).trim() };
    if (type.kind === 'numerical' && alternative.answer !== '*') {
      const [value, tolerance] = alternative.answer.split(':');
      const n = parseMoodleNumber(value);
      const t = tolerance === undefined ? 0 : parseMoodleNumber(tolerance);
      if (n === undefined || t === undefined) return `Embedded question ${position}: "${alternative.answer}" is not a number (with an optional ":tolerance").`;
      alternative.answer = value.trim();
      alternative.tolerance = Math.abs(t);
    }
    alternatives.push(alternative);
  }
  if (alternatives.length === 0) return `Embedded question ${position} has no answers.`;
  return { weight, kind: type.kind, caseSensitive: type.caseSensitive ?? false, shuffle: type.shuffle ?? false, alternatives, hasSpecificFraction };
}

/**
 * Moodle's own correction for multi-response parts: positive credits are scaled to add up to
 * 100%, and when no `%n%` credit was written, each wrong answer cancels one right one.
 */
export function multiresponseFractions(part: ClozePart): number[] {
  const total = part.alternatives.reduce((sum, a) => sum + (a.fraction > 0 ? a.fraction : 0), 0);
  if (total === 0) return part.alternatives.map((a) => a.fraction);
  return part.alternatives.map((a) => (a.fraction > 0 ? a.fraction / total : part.hasSpecificFraction ? a.fraction : -1 / total));
}

function escapeCloze(text: string): string {
  return text.replace(/[\\}#~]/gu, '\\$&');
}

export interface ClozeWriteAlternative {
  fraction: number;
  answer: string;
  feedback?: string;
}

/** `explicit`: write every credit as `%n%` (multi-response gaps, where `=` would make Moodle invent penalties). */
export function writeCloze(weight: number, type: string, alternatives: ClozeWriteAlternative[], explicit = false): string {
  const alts = alternatives.map((a) => {
    const mark = a.fraction === 1 && !explicit ? '=' : `%${formatNumber(a.fraction * 100)}%`;
    return `${mark}${a.answer}${a.feedback ? `#${escapeCloze(a.feedback)}` : ''}`;
  });
  return `{${weight}:${type}:${alts.join('~')}}`;
}

export { escapeCloze };
