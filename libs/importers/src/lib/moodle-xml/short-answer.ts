import type { AcceptedAnswer } from '@pathwise/assessment';

/** Characters that must be escaped in a `u`-flag pattern (escaping anything else is a syntax error there). */
const REGEX_SYNTAX = /[\\^$.*+?()[\]{}|/]/gu;

/**
 * A Moodle short-answer answer as a Pathwise accepted answer: `*` is Moodle's wildcard (any
 * characters), `\*` a literal asterisk. Without a wildcard it is plain text; with one it becomes an
 * anchored pattern (`.*` for each run of `*`, everything else escaped).
 */
export function fromMoodleShortAnswer(answer: string): Pick<AcceptedAnswer, 'value' | 'kind'> {
  const parts: { literal: string; wild: boolean }[] = [];
  let literal = '';
  let wild = false;
  for (let i = 0; i < answer.length; i++) {
    const ch = answer[i];
    if (ch === '\\' && answer[i + 1] === '*') {
      literal += '*';
      i++;
    } else if (ch === '*') {
      parts.push({ literal, wild: true });
      literal = '';
      wild = true;
      while (answer[i + 1] === '*') i++;
    } else literal += ch;
  }
  parts.push({ literal, wild: false });
  if (!wild) return { value: literal, kind: 'text' };
  return { value: parts.map((p) => p.literal.replace(REGEX_SYNTAX, '\\$&') + (p.wild ? '.*' : '')).join(''), kind: 'regex' };
}

/** The reverse, or undefined when a pattern uses more than `.*` wildcards and escaped literals. */
export function toMoodleShortAnswer(accepted: Pick<AcceptedAnswer, 'value' | 'kind'>): string | undefined {
  if (accepted.kind === 'text') return accepted.value.replace(/\*/gu, '\\*');
  let out = '';
  const p = accepted.value;
  for (let i = 0; i < p.length; i++) {
    const ch = p[i];
    if (ch === '\\') {
      const next = p[i + 1];
      if (next === undefined || !/[\\^$.*+?()[\]{}|/]/u.test(next)) return undefined;
      out += next === '*' ? '\\*' : next;
      i++;
    } else if (ch === '.' && p[i + 1] === '*') {
      out += '*';
      i++;
    } else if (/[\^$.*+?()[\]{}|]/u.test(ch)) return undefined;
    else out += ch;
  }
  return out;
}
