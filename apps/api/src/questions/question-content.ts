import { mapRichText, Problem, Question as QuestionDefinition, richTexts, validateQuestion } from '@pathwise/assessment';
import { ErrorCode, FieldError } from '@pathwise/contracts';
import { plainText } from '@pathwise/importers';
import { DomainException } from '../common/domain.exception';
import { toStoredReferences } from '../question-files/file-references';
import { sanitizeRichText } from './sanitize-rich-text';

export const EXCERPT_LENGTH = 160;
export const MAX_TAG_LENGTH = 64;

/**
 * Turns a definition from a client or an import into what is stored: validated by the engine,
 * every HTML field sanitised (signed image URLs back to stable file references), validated again
 * (sanitising may empty a field). Throws INVALID_QUESTION with one field error per problem.
 */
export function prepareDefinition(input: unknown, field = 'definition'): QuestionDefinition {
  const first = validateQuestion(input);
  if (!first.ok) throw invalidQuestion(first.problems, field);
  const cleaned = mapRichText(first.question, (html) => sanitizeRichText(toStoredReferences(html)));
  const second = validateQuestion(cleaned);
  if (!second.ok) throw invalidQuestion(second.problems, field);
  return second.question;
}

export function invalidQuestion(problems: Problem[], field = 'definition'): DomainException {
  const fieldErrors: FieldError[] = problems.map((problem) => ({ field: problem.path ? `${field}.${problem.path}` : field, message: problem.message, code: problem.code }));
  return new DomainException(ErrorCode.InvalidQuestion, problems.length === 1 ? problems[0].message : `The question has ${problems.length} problems`, fieldErrors);
}

/** Lower-cased name and visible text, for `LIKE` search on every database. */
export function searchTextOf(name: string, definition: QuestionDefinition): string {
  return [name, ...richTexts(definition).map(plainText)].join(' \n').toLocaleLowerCase();
}

export function excerptOf(definition: QuestionDefinition): string {
  const text = plainText(definition.type === 'scenario' && !plainText(definition.stem) ? definition.caseText : definition.stem);
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

/** Trimmed, inner spaces folded, duplicates (ignoring case) dropped, first spelling kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.replace(/\s+/gu, ' ').trim().slice(0, MAX_TAG_LENGTH);
    const key = tagKey(tag);
    if (!tag || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/**
 * How tags compare: ignoring case, accents and full-width forms (as MySQL's utf8mb4_unicode_ci
 * does, and as Chinese input methods type Latin letters), so "Promo", "ＰＲＯＭＯ" and "promo" are one tag.
 */
export function tagKey(tag: string): string {
  return tag.normalize('NFKC').toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}
