import { EXAM_STATUSES, ExamStatus, ExamSummary } from '@pathwise/contracts';

export type StatusFilter = ExamStatus | 'all';

export const STATUS_FILTERS: readonly StatusFilter[] = [
  'all',
  ...EXAM_STATUSES,
];

/** Exams of one status (or all) whose title contains the text, ignoring case. */
export function filterExams(
  exams: readonly ExamSummary[],
  status: StatusFilter,
  text: string,
): ExamSummary[] {
  const needle = text.trim().toLocaleLowerCase();
  return exams.filter(
    (exam) =>
      (status === 'all' || exam.status === status) &&
      (!needle || exam.title.toLocaleLowerCase().includes(needle)),
  );
}

export function statusCounts(
  exams: readonly ExamSummary[],
): Record<StatusFilter, number> {
  const counts: Record<StatusFilter, number> = {
    all: exams.length,
    draft: 0,
    published: 0,
    archived: 0,
  };
  for (const exam of exams) counts[exam.status] += 1;
  return counts;
}
