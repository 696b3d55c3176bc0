import { validateQuestion, type Problem, type Question } from '@pathwise/assessment';
import { escapeHtml, plainText } from './html-text';
import type { ImportedQuestion, ImportIssue, ImportSource } from './imported-question';

/** Shared by the question readers (GIFT, Aiken, spreadsheet): validation through the engine and trainer-readable labels. */

const BLOOM = ['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'] as const;
export type Bloom = (typeof BLOOM)[number];

export function isBloom(value: string): value is Bloom {
  return (BLOOM as readonly string[]).includes(value);
}

/** Like Moodle's default question name: the first words of the text. */
export function defaultName(html: string, fallback: string): string {
  const text = plainText(html);
  if (text === '') return fallback;
  return text.length <= 80 ? text : `${text.slice(0, 77)}...`;
}

export function labelFor(name: string, html: string): string {
  const text = name.trim() !== '' ? name.trim() : plainText(html);
  return text.length <= 60 ? text : `${text.slice(0, 57)}...`;
}

const NOUNS: Record<string, string> = {
  options: 'option',
  blanks: 'blank',
  accepted: 'accepted answer',
  answers: 'answer',
  prompts: 'item',
  choices: 'match',
  items: 'item',
  units: 'unit',
  parts: 'part',
  criteria: 'criterion',
  levels: 'level',
};

/** `options[2].text` → "Option 3: …", so a trainer knows which answer the engine complains about. */
export function describeProblem(problem: Problem): string {
  const where = [...problem.path.matchAll(/([A-Za-z]+)\[(\d+)\]/gu)].map((m) => `${NOUNS[m[1]] ?? m[1]} ${Number(m[2]) + 1}`);
  if (where.length === 0) return problem.message;
  const prefix = where.join(', ');
  return `${prefix.charAt(0).toUpperCase()}${prefix.slice(1)}: ${problem.message}`;
}

export interface Candidate extends Omit<ImportedQuestion, 'question' | 'source'> {
  definition: Record<string, unknown>;
}

/** Runs the engine's validation: a clean question, or the issue explaining why not. */
export function finish(candidate: Candidate, source: ImportSource): { question: ImportedQuestion } | { issue: ImportIssue } {
  const result = validateQuestion(candidate.definition);
  if (!result.ok) {
    return { issue: { source, kind: 'invalid', message: result.problems.map(describeProblem).join(' ') } };
  }
  const { definition: _definition, ...rest } = candidate;
  const question: Question = result.question;
  return { question: { ...rest, source, question } };
}

export { escapeHtml, plainText };
