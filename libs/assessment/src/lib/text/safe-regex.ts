import { normaliseText } from './normalise';

export const MAX_PATTERN_LENGTH = 200;
/** Regex answers are tried only on inputs up to this length; longer inputs never match. */
export const MAX_REGEX_INPUT = 300;
/**
 * JavaScript has no regex timeout, so danger is refused when the pattern is defined. Besides
 * nested repeats (exponential), several open-ended repeats in a row are polynomial:
 * `a*a*a*a*b` takes seconds on 500 characters, three take milliseconds on 300.
 */
export const MAX_OPEN_REPEATS = 3;
const BIG_COUNT = 20;

export type RegexProblemCode = 'regex.too_long' | 'regex.invalid' | 'regex.nested_quantifier' | 'regex.backreference' | 'regex.too_many_repeats';

export interface RegexProblem {
  code: RegexProblemCode;
  message: string;
}

interface Group {
  repeats: boolean;
  alternates: boolean;
}

/** Returns why a trainer's pattern is refused, or undefined when it is safe to use. */
export function checkPattern(pattern: string): RegexProblem | undefined {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return { code: 'regex.too_long', message: `A regular expression may have at most ${MAX_PATTERN_LENGTH} characters; this one has ${pattern.length}.` };
  }
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    return { code: 'regex.invalid', message: `This regular expression does not work: ${(error as Error).message}` };
  }
  if (/\\[1-9]|\\k</u.test(pattern)) {
    return { code: 'regex.backreference', message: 'Back-references (\\1, \\k<name>) are not allowed in answer patterns: they can make checking an answer extremely slow.' };
  }
  return scanRepeats(pattern);
}

function scanRepeats(pattern: string): RegexProblem | undefined {
  const stack: Group[] = [{ repeats: false, alternates: false }];
  let openRepeats = 0;
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === '\\') {
      i += 2;
      continue;
    }
    if (ch === '[') {
      i = skipClass(pattern, i);
      continue;
    }
    if (ch === '(') {
      stack.push({ repeats: false, alternates: false });
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (ch === '|') {
      top.alternates = true;
      i++;
      continue;
    }
    if (ch === ')') {
      const closed = stack.pop() ?? top;
      const quantifier = readQuantifier(pattern, i + 1);
      if (quantifier.repeats && (closed.repeats || closed.alternates)) {
        return {
          code: 'regex.nested_quantifier',
          message: 'Repeating a group that itself repeats or has alternatives, like (a+)+, (a*)* or (a|ab)*, can make checking an answer hang. Use a simpler pattern, e.g. a+ or [ab]*.',
        };
      }
      const parent = stack[stack.length - 1] ?? top;
      parent.repeats ||= closed.repeats || quantifier.repeats;
      if (quantifier.open) openRepeats++;
      i += 1 + quantifier.length;
      continue;
    }
    const quantifier = readQuantifier(pattern, i);
    if (quantifier.length > 0) {
      top.repeats ||= quantifier.repeats;
      if (quantifier.open) openRepeats++;
      i += quantifier.length;
      continue;
    }
    i++;
  }
  if (openRepeats > MAX_OPEN_REPEATS) {
    return {
      code: 'regex.too_many_repeats',
      message: `A pattern may use at most ${MAX_OPEN_REPEATS} open-ended repeats (*, + or {n,}); this one has ${openRepeats}. Several in a row can make checking an answer very slow.`,
    };
  }
  return undefined;
}

function skipClass(pattern: string, start: number): number {
  let i = start + 1;
  while (i < pattern.length && pattern[i] !== ']') i += pattern[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** A quantifier at `at`: whether it repeats more than once and whether it is open-ended. */
function readQuantifier(pattern: string, at: number): { length: number; repeats: boolean; open: boolean } {
  const ch = pattern[at];
  let length = 0;
  let repeats = false;
  let open = false;
  if (ch === '*' || ch === '+') {
    length = 1;
    repeats = true;
    open = true;
  } else if (ch === '?') {
    length = 1;
  } else if (ch === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/u.exec(pattern.slice(at));
    if (m) {
      length = m[0].length;
      const max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3]);
      repeats = max > 1;
      open = max > BIG_COUNT;
    }
  }
  if (length > 0 && pattern[at + length] === '?') length++;
  return { length, repeats, open };
}

/**
 * Whether a learner's response matches a trainer's pattern as a whole answer. Patterns must have
 * passed checkPattern; the input cap bounds the work that remains.
 */
export function matchesPattern(pattern: string, response: string, caseSensitive = false): boolean {
  const input = normaliseText(response, true);
  if (input.length === 0 || input.length > MAX_REGEX_INPUT) return false;
  if (checkPattern(pattern) !== undefined) return false;
  try {
    return new RegExp(`^(?:${pattern})$`, caseSensitive ? 'u' : 'iu').test(input);
  } catch {
    return false;
  }
}
