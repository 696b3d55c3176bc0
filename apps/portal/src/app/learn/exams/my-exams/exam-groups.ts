import type { MyExam } from '@pathwise/contracts';

export interface ExamGroups {
  inProgress: MyExam[];
  available: MyExam[];
  finished: MyExam[];
}

export type ExamBadge =
  | { kind: 'notOpen'; until: string }
  | { kind: 'cooldown'; until: string }
  | { kind: 'overdue' }
  | { kind: 'closesToday' }
  | { kind: 'dueInDays'; days: number };

const DUE_SOON_DAYS = 7;
const DAY_MS = 86_400_000;

/**
 * An agent's exams as a to-do list: what is under way, what can (or soon can) be taken, and what
 * is done. An exam is done once it is passed, or when no attempt is left or the window closed
 * after the agent sat it; a closed exam never sat stays in the list as overdue.
 */
export function groupExams(exams: readonly MyExam[]): ExamGroups {
  const groups: ExamGroups = { inProgress: [], available: [], finished: [] };
  for (const exam of exams) {
    if (exam.inProgressAttemptId) groups.inProgress.push(exam);
    else if (isFinished(exam)) groups.finished.push(exam);
    else groups.available.push(exam);
  }
  groups.available.sort(byDueDate);
  groups.inProgress.sort(byDueDate);
  return groups;
}

function isFinished(exam: MyExam): boolean {
  if (exam.attemptsUsed === 0) return false;
  return (
    exam.passed === true ||
    exam.blockedReason === 'closed' ||
    exam.blockedReason === 'no_attempts_left'
  );
}

/** Closing soonest first; exams without a close date last, by title. */
function byDueDate(a: MyExam, b: MyExam): number {
  const at = a.closesAt ? Date.parse(a.closesAt) : Infinity;
  const bt = b.closesAt ? Date.parse(b.closesAt) : Infinity;
  return at === bt ? a.title.localeCompare(b.title) : at - bt;
}

/** The one thing to know about an exam's timing right now, if anything. */
export function examBadge(exam: MyExam, now: Date): ExamBadge | null {
  if (exam.blockedReason === 'not_open' && exam.blockedUntil)
    return { kind: 'notOpen', until: exam.blockedUntil };
  if (exam.blockedReason === 'cooldown' && exam.blockedUntil)
    return { kind: 'cooldown', until: exam.blockedUntil };
  if (!exam.closesAt) return null;
  const closes = new Date(exam.closesAt);
  if (closes.getTime() <= now.getTime())
    return exam.attemptsUsed === 0 ? { kind: 'overdue' } : null;
  const days = calendarDaysBetween(now, closes);
  if (days === 0) return { kind: 'closesToday' };
  return days <= DUE_SOON_DAYS ? { kind: 'dueInDays', days } : null;
}

/** Attempts still open to the agent; null when the exam sets no limit. */
export function attemptsLeft(exam: MyExam): number | null {
  return exam.maxAttempts === null
    ? null
    : Math.max(0, exam.maxAttempts - exam.attemptsUsed);
}

/** Whole days from one local date to another, whatever the times of day (and DST shifts). */
function calendarDaysBetween(from: Date, to: Date): number {
  const start = new Date(from.getFullYear(), from.getMonth(), from.getDate());
  const end = new Date(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((end.getTime() - start.getTime()) / DAY_MS);
}
