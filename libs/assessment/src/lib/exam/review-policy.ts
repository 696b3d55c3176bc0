export const REVIEW_TIMINGS = ['immediately', 'after_close', 'never'] as const;
export type ReviewTiming = (typeof REVIEW_TIMINGS)[number];

/** What an agent may see of a finished attempt, and from when. */
export interface ReviewPolicy {
  when: ReviewTiming;
  score: boolean;
  /** Right or wrong per question. */
  correctness: boolean;
  correctAnswers: boolean;
  feedback: boolean;
}

export type ReviewVisibility = Omit<ReviewPolicy, 'when'>;

const NOTHING: ReviewVisibility = { score: false, correctness: false, correctAnswers: false, feedback: false };

/**
 * What to show now. Nothing before the attempt is graded and released; "after close" waits for the
 * exam's close date (an exam without one never closes, so it shows nothing until a trainer releases).
 */
export function reviewVisibility(policy: ReviewPolicy, context: { now: Date; closesAt: Date | null; released: boolean }): ReviewVisibility {
  if (!context.released || policy.when === 'never') return NOTHING;
  if (policy.when === 'after_close' && (context.closesAt === null || context.now.getTime() < context.closesAt.getTime())) return NOTHING;
  return { score: policy.score, correctness: policy.correctness, correctAnswers: policy.correctAnswers, feedback: policy.feedback };
}
