import { DrawAvailability, ExamProblem } from '@pathwise/contracts';
import { MessageKey, MessageParams } from '../../../i18n/i18n.service';

export type ProblemCode = ExamProblem['code'];

/** The API publishes despite these; everything else blocks publishing. */
const ADVISORY: readonly ProblemCode[] = ['no_pass_mark'];

const KEYS: Record<ProblemCode, MessageKey> = {
  no_questions: 'exams.builder.problem.no_questions',
  draw_unfillable: 'exams.builder.problem.draw_unfillable',
  question_unavailable: 'exams.builder.problem.question_unavailable',
  no_pass_mark: 'exams.builder.problem.no_pass_mark',
  window_invalid: 'exams.builder.problem.window_invalid',
  dimension_not_measured: 'exams.builder.problem.dimension_not_measured',
  no_audience: 'exams.builder.problem.no_audience',
};

export const SECTIONS_ANCHOR = 'exam-sections';
export const AUDIENCE_ANCHOR = 'exam-audience';
export const itemAnchor = (section: number, item: number) =>
  `exam-item-${section}-${item}`;
export const fieldAnchor = (field: string) => `exam-field-${field}`;

export interface ChecklistEntry {
  code: ProblemCode;
  blocking: boolean;
  key: MessageKey;
  params: MessageParams;
  /** The id of the element to bring into view. */
  target: string;
}

export function isBlocking(code: ProblemCode): boolean {
  return !ADVISORY.includes(code);
}

/** The exam's problems as a checklist: blocking ones first, each pointing at what to fix. */
export function checklist(
  problems: readonly ExamProblem[],
  availability: readonly DrawAvailability[],
  dimensionName: (code: string) => string = (code) => code,
): ChecklistEntry[] {
  const entries = problems.map((problem) => ({
    code: problem.code,
    blocking: isBlocking(problem.code),
    key: KEYS[problem.code],
    params: params(problem, availability, dimensionName),
    target: problemTarget(problem),
  }));
  return [
    ...entries.filter((e) => e.blocking),
    ...entries.filter((e) => !e.blocking),
  ];
}

export function problemTarget(problem: ExamProblem): string {
  switch (problem.code) {
    case 'draw_unfillable':
    case 'question_unavailable':
      return problem.section === undefined
        ? SECTIONS_ANCHOR
        : itemAnchor(problem.section, problem.item ?? 0);
    case 'no_questions':
      return SECTIONS_ANCHOR;
    case 'no_pass_mark':
      return fieldAnchor('passPercent');
    case 'window_invalid':
      return fieldAnchor('opensAt');
    case 'dimension_not_measured':
      return fieldAnchor('dimensionPassMarks');
    case 'no_audience':
      return AUDIENCE_ANCHOR;
  }
}

function params(
  problem: ExamProblem,
  availability: readonly DrawAvailability[],
  dimensionName: (code: string) => string,
): MessageParams {
  const where: MessageParams =
    problem.section === undefined
      ? {}
      : { section: problem.section + 1, item: (problem.item ?? 0) + 1 };
  if (problem.code === 'draw_unfillable') {
    const draw = availability.find(
      (a) => a.section === problem.section && a.item === problem.item,
    );
    return {
      ...where,
      requested: problem.requested ?? draw?.requested ?? 0,
      available: problem.available ?? draw?.available ?? 0,
    };
  }
  if (problem.code === 'dimension_not_measured') {
    return { dimension: problem.dimension ? dimensionName(problem.dimension) : '' };
  }
  return where;
}

/** The problems a refused publish (or a refused edit of a published exam) lists in its error body. */
export function refusedProblems(body: unknown): ExamProblem[] | null {
  if (!body || typeof body !== 'object' || !('problems' in body)) return null;
  const problems: unknown = body.problems;
  if (!Array.isArray(problems)) return null;
  const valid = (problems as unknown[]).every(
    (p) =>
      typeof p === 'object' &&
      p !== null &&
      'code' in p &&
      typeof p.code === 'string',
  );
  return valid ? (problems as ExamProblem[]) : null;
}
