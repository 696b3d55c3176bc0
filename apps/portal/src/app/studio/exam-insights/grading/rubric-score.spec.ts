import { EssayQuestion, Rubric } from '@pathwise/assessment';
import { GradingTask } from './grading-queue';
import {
  checkGrade,
  missingCriteria,
  parsePoints,
  rubricMax,
  rubricPoints,
  scaledRubricPoints,
} from './rubric-score';

// The demo essay's rubric: worth 4 + 3 + 3 = 10.
const RUBRIC: Rubric = {
  criteria: [
    {
      id: 'empathy',
      description: 'Empathy',
      levels: [
        { points: 0, description: 'Missing' },
        { points: 2, description: 'Generic' },
        { points: 4, description: 'Sincere' },
      ],
    },
    {
      id: 'ownership',
      description: 'Ownership',
      levels: [
        { points: 0, description: 'None' },
        { points: 2, description: 'Vague' },
        { points: 3, description: 'Concrete' },
      ],
    },
    {
      id: 'follow-up',
      description: 'Follow-up',
      levels: [
        { points: 0, description: 'None' },
        { points: 3, description: 'Escalated' },
      ],
    },
  ],
};

function task(
  essay: Partial<EssayQuestion> = {},
  partial: Partial<GradingTask> = {},
): GradingTask {
  return {
    key: 'a:1:',
    attemptId: 'a',
    position: 1,
    partId: null,
    examId: 'e',
    examTitle: 'Exam',
    agentName: 'Agent',
    submittedAt: null,
    essay: {
      type: 'essay',
      stem: 'Reply',
      responseFormat: 'long',
      rubric: RUBRIC,
      ...essay,
    },
    scenario: null,
    maxPoints: 10,
    answerText: 'text',
    ...partial,
  };
}

describe('rubric score', () => {
  it('adds the chosen levels and the best of each criterion', () => {
    expect(rubricMax(RUBRIC)).toBe(10);
    expect(
      rubricPoints(RUBRIC, { empathy: 2, ownership: 1, 'follow-up': 1 }),
    ).toBe(9);
    expect(rubricPoints(RUBRIC, { empathy: 2 })).toBe(4);
  });

  it('scales the rubric to what the answer is worth, as the API does', () => {
    expect(
      scaledRubricPoints(
        RUBRIC,
        { empathy: 2, ownership: 1, 'follow-up': 1 },
        10,
      ),
    ).toBe(9);
    expect(
      scaledRubricPoints(
        RUBRIC,
        { empathy: 2, ownership: 1, 'follow-up': 1 },
        3,
      ),
    ).toBe(2.7);
    expect(scaledRubricPoints({ criteria: [] }, {}, 5)).toBe(0);
  });

  it('names the criteria still without a level, ignoring out-of-range choices', () => {
    expect(missingCriteria(RUBRIC, { empathy: 0, ownership: 7 })).toEqual([
      'ownership',
      'follow-up',
    ]);
  });

  it('parses points between 0 and the maximum with up to two decimals', () => {
    expect(parsePoints('7', 10)).toBe(7);
    expect(parsePoints(' 7,5 ', 10)).toBe(7.5);
    expect(parsePoints('10', 10)).toBe(10);
    expect(parsePoints('10.01', 10)).toBeNull();
    expect(parsePoints('-1', 10)).toBeNull();
    expect(parsePoints('1.234', 10)).toBeNull();
    expect(parsePoints('', 10)).toBeNull();
    expect(parsePoints('abc', 10)).toBeNull();
  });

  it('builds a rubric request with the part and a trimmed comment', () => {
    const check = checkGrade(task({}, { partId: 'reply' }), {
      rubric: { empathy: 2, ownership: 1, 'follow-up': 1, stale: 0 },
      points: '',
      comment: '  Good apology.  ',
    });
    expect(check).toEqual({
      ok: true,
      request: {
        partId: 'reply',
        comment: 'Good apology.',
        rubric: { empathy: 2, ownership: 1, 'follow-up': 1 },
      },
    });
  });

  it('refuses a rubric with a criterion left open', () => {
    expect(
      checkGrade(task(), { rubric: { empathy: 2 }, points: '', comment: '' }),
    ).toEqual({
      ok: false,
      problem: 'criteria',
      missing: ['ownership', 'follow-up'],
    });
  });

  it('grades an essay without a rubric by points, leaving out an empty comment', () => {
    const plain = task({ rubric: undefined }, { maxPoints: 5 });
    expect(
      checkGrade(plain, { rubric: {}, points: '4.5', comment: ' ' }),
    ).toEqual({ ok: true, request: { points: 4.5 } });
    expect(checkGrade(plain, { rubric: {}, points: '6', comment: '' })).toEqual(
      { ok: false, problem: 'points' },
    );
  });
});
