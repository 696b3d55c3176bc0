import type { ReviewPolicy } from '@pathwise/assessment';
import type { AttemptResultView, MyExam } from '@pathwise/contracts';
import type { MessageKey } from '../../i18n/i18n.service';

export const LAYOUT_KEYS: Record<MyExam['layout'], MessageKey> = {
  one_per_page: 'exams.agent.layout.one_per_page',
  all_on_one_page: 'exams.agent.layout.all_on_one_page',
};

export const NAVIGATION_KEYS: Record<MyExam['navigation'], MessageKey> = {
  free: 'exams.agent.navigation.free',
  sequential: 'exams.agent.navigation.sequential',
};

export const CORRECTNESS_KEYS: Record<
  NonNullable<AttemptResultView['questions'][number]['correct']>,
  MessageKey
> = {
  right: 'exams.agent.correct.right',
  partial: 'exams.agent.correct.partial',
  wrong: 'exams.agent.correct.wrong',
  pending: 'exams.agent.correct.pending',
};

/** What the agent will see after submitting, and when, in the review policy's terms. */
export function reviewPromise(
  review: ReviewPolicy,
  closesAt: string | null,
): { when: MessageKey; shows: MessageKey[] } {
  if (review.when === 'never')
    return { when: 'exams.agent.review.never', shows: [] };
  const shows: MessageKey[] = [];
  if (review.score) shows.push('exams.agent.review.score');
  if (review.correctness) shows.push('exams.agent.review.correctness');
  if (review.correctAnswers) shows.push('exams.agent.review.correctAnswers');
  if (review.feedback) shows.push('exams.agent.review.feedback');
  if (shows.length === 0)
    return { when: 'exams.agent.review.nothing', shows: [] };
  if (review.when === 'immediately')
    return { when: 'exams.agent.review.immediately', shows };
  return {
    when: closesAt
      ? 'exams.agent.review.afterClose'
      : 'exams.agent.review.afterCloseUndated',
    shows,
  };
}
