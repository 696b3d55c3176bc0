import { PLACEHOLDER_PATTERN, type AcceptedAnswer, type Blank, type FillBlankQuestion } from '../model';
import { normaliseText } from '../text/normalise';
import { checkPattern } from '../text/safe-regex';
import { LIMITS, at, type Obj, type Reader } from './problems';

export function readFillBlank(r: Reader, raw: Obj): Omit<FillBlankQuestion, 'stem' | 'generalFeedback'> {
  const text = r.text(raw, 'text', '', LIMITS.stem) ?? '';
  const entries = r.list(raw, 'blanks', '', LIMITS.listItems);
  const ids = r.ids(entries, 'blank');
  const blanks = entries.map(({ item, path }, i): Blank => {
    const blank: Blank = { id: ids[i], accepted: readAccepted(r, item, path) };
    const caseSensitive = r.boolean(item, 'caseSensitive', path);
    if (caseSensitive !== undefined) blank.caseSensitive = caseSensitive;
    return blank;
  });
  checkPlaceholders(r, text, ids);
  return { type: 'fill_blank', text, blanks };
}

function readAccepted(r: Reader, blank: Obj, blankPath: string): AcceptedAnswer[] {
  const entries = r.list(blank, 'accepted', blankPath, LIMITS.listItems);
  if (entries.length === 0) {
    r.add(at(blankPath, 'accepted'), 'fill_blank.no_accepted', 'Each blank needs at least one accepted answer.');
    return [];
  }
  const accepted = entries.map(({ item, path }): AcceptedAnswer => {
    const kind = r.choice(item, 'kind', path, ['text', 'regex'] as const) ?? 'text';
    const value = r.text(item, 'value', path, kind === 'regex' ? Infinity : LIMITS.acceptedValue) ?? '';
    if (kind === 'text' && value !== '' && normaliseText(value) === '') {
      r.add(at(path, 'value'), 'field.empty', 'An accepted answer cannot be only spaces.');
    }
    if (kind === 'regex') {
      const problem = checkPattern(value);
      if (problem) r.add(at(path, 'value'), problem.code, problem.message);
    }
    const answer: AcceptedAnswer = {
      value,
      kind,
      fraction: r.number(item, 'fraction', path, { optional: true, min: 0, max: 1, code: 'fill_blank.fraction_range' }) ?? 1,
    };
    const feedback = r.text(item, 'feedback', path, LIMITS.feedback, { optional: true });
    if (feedback) answer.feedback = feedback;
    return answer;
  });
  if (!accepted.some((a) => a.fraction === 1)) {
    r.add(at(blankPath, 'accepted'), 'fill_blank.no_full_credit', 'One accepted answer of each blank must be worth full credit (100%), or nobody could get full marks.');
  }
  return accepted;
}

function checkPlaceholders(r: Reader, text: string, blankIds: string[]): void {
  const used = [...text.matchAll(PLACEHOLDER_PATTERN)].map((m) => m[1]);
  const defined = new Set(blankIds.filter((id) => id !== ''));
  const seen = new Set<string>();
  for (const id of used) {
    if (!defined.has(id)) r.add('text', 'fill_blank.placeholder_without_blank', `The text has a placeholder [[${id}]] but no blank "${id}" is defined.`);
    else if (seen.has(id)) r.add('text', 'fill_blank.placeholder_repeated', `The placeholder [[${id}]] appears more than once; each blank is placed once.`);
    seen.add(id);
  }
  for (const id of defined) {
    if (!seen.has(id)) r.add('blanks', 'fill_blank.blank_without_placeholder', `Blank "${id}" is defined but the text has no [[${id}]] placeholder for it.`);
  }
}
