import { EssayQuestion } from '@pathwise/assessment';
import { GradingQueueItem } from '@pathwise/contracts';

/** One open answer to grade: an essay, or the essay part of a scenario. */
export interface GradingTask {
  /** attempt, position and part: unique across the queue. */
  key: string;
  attemptId: string;
  position: number;
  partId: string | null;
  examId: string;
  examTitle: string;
  agentName: string;
  submittedAt: string | null;
  essay: EssayQuestion;
  /** The customer case and where this part stands, for a scenario. */
  scenario: {
    stem: string;
    caseText: string;
    partNumber: number;
    partCount: number;
  } | null;
  /** What the grade is out of, as the API checks it. */
  maxPoints: number;
  answerText: string;
}

export function taskKey(
  attemptId: string,
  position: number,
  partId: string | null,
): string {
  return `${attemptId}:${position}:${partId ?? ''}`;
}

function textOf(answer: unknown): string {
  if (typeof answer !== 'object' || answer === null) return '';
  const text = (answer as Record<string, unknown>)['text'];
  return typeof text === 'string' ? text : '';
}

function partAnswer(answer: unknown, partId: string): unknown {
  if (typeof answer !== 'object' || answer === null) return null;
  const parts = (answer as Record<string, unknown>)['parts'];
  return typeof parts === 'object' && parts !== null
    ? (parts as Record<string, unknown>)[partId]
    : null;
}

/** The open parts of one queue entry: the essay itself, or each ungraded essay part of a scenario. */
export function gradingTasks(item: GradingQueueItem): GradingTask[] {
  const base = {
    attemptId: item.attemptId,
    position: item.position,
    examId: item.examId,
    examTitle: item.examTitle,
    agentName: item.agentName,
    submittedAt: item.submittedAt,
  };
  const question = item.question;
  if (question.type === 'essay') {
    return [
      {
        ...base,
        key: taskKey(item.attemptId, item.position, null),
        partId: null,
        essay: question,
        scenario: null,
        maxPoints: item.score.maxPoints,
        answerText: textOf(item.answer),
      },
    ];
  }
  if (question.type !== 'scenario') return [];
  return question.parts.flatMap((part, index): GradingTask[] => {
    const essay = part.question;
    if (essay.type !== 'essay') return [];
    const score = item.score.parts.find((p) => p.id === part.id);
    if (score && score.status !== 'pending') return [];
    return [
      {
        ...base,
        key: taskKey(item.attemptId, item.position, part.id),
        partId: part.id,
        essay,
        scenario: {
          stem: question.stem,
          caseText: question.caseText,
          partNumber: index + 1,
          partCount: question.parts.length,
        },
        // The API grades a scenario's essay part out of the part's weight.
        maxPoints: part.weight,
        answerText: textOf(partAnswer(item.answer, part.id)),
      },
    ];
  });
}

/** The oldest open answer the grader has not skipped. */
export function nextTask(
  items: readonly GradingQueueItem[],
  skipped: ReadonlySet<string>,
): GradingTask | null {
  for (const item of items) {
    const task = gradingTasks(item).find((t) => !skipped.has(t.key));
    if (task) return task;
  }
  return null;
}

/**
 * "12 of 40": answers graded in this session out of those graded plus those still waiting, so
 * the figure stays true when new submissions arrive while grading.
 */
export function sessionProgress(
  graded: number,
  waiting: number,
): { done: number; total: number; percent: number } {
  const total = graded + waiting;
  return {
    done: graded,
    total,
    percent: total > 0 ? Math.round((graded / total) * 100) : 100,
  };
}
