import type { ReviewPolicy } from '@pathwise/assessment';
import { reviewPromise } from './exam-labels';

const all: ReviewPolicy = {
  when: 'immediately',
  score: true,
  correctness: true,
  correctAnswers: true,
  feedback: true,
};

describe('reviewPromise', () => {
  it('lists everything the agent will see right after grading', () => {
    expect(reviewPromise(all, null)).toEqual({
      when: 'exams.agent.review.immediately',
      shows: [
        'exams.agent.review.score',
        'exams.agent.review.correctness',
        'exams.agent.review.correctAnswers',
        'exams.agent.review.feedback',
      ],
    });
  });

  it('waits for the close date when the policy says so', () => {
    const review: ReviewPolicy = {
      ...all,
      when: 'after_close',
      correctAnswers: false,
      feedback: false,
    };
    expect(reviewPromise(review, '2026-04-01T00:00:00Z')).toEqual({
      when: 'exams.agent.review.afterClose',
      shows: ['exams.agent.review.score', 'exams.agent.review.correctness'],
    });
    expect(reviewPromise(review, null).when).toBe(
      'exams.agent.review.afterCloseUndated',
    );
  });

  it('promises nothing when results are never shown or every option is off', () => {
    expect(reviewPromise({ ...all, when: 'never' }, null)).toEqual({
      when: 'exams.agent.review.never',
      shows: [],
    });
    expect(
      reviewPromise(
        {
          when: 'immediately',
          score: false,
          correctness: false,
          correctAnswers: false,
          feedback: false,
        },
        null,
      ),
    ).toEqual({ when: 'exams.agent.review.nothing', shows: [] });
  });
});
