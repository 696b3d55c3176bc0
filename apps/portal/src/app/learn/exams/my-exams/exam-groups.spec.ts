import type { MyExam } from '@pathwise/contracts';
import { attemptsLeft, examBadge, groupExams } from './exam-groups';

function exam(overrides: Partial<MyExam>): MyExam {
  return {
    examId: 'e',
    title: 'Exam',
    description: null,
    purpose: 'certification',
    questionCount: 10,
    passPercent: 60,
    layout: 'one_per_page',
    navigation: 'free',
    review: {
      when: 'immediately',
      score: true,
      correctness: true,
      correctAnswers: true,
      feedback: true,
    },
    opensAt: null,
    closesAt: null,
    timeLimitMinutes: 30,
    attemptsUsed: 0,
    maxAttempts: 3,
    bestPercent: null,
    passed: null,
    inProgressAttemptId: null,
    inProgressDeadline: null,
    lastAttemptId: null,
    lastAttemptStatus: null,
    canStart: true,
    blockedReason: null,
    blockedUntil: null,
    ...overrides,
  };
}

describe('groupExams', () => {
  it('puts an open attempt under way, a passed or used-up exam under finished, the rest available', () => {
    const groups = groupExams([
      exam({ examId: 'new' }),
      exam({ examId: 'open', inProgressAttemptId: 'a1', attemptsUsed: 1 }),
      exam({
        examId: 'passed',
        attemptsUsed: 1,
        passed: true,
        lastAttemptId: 'a2',
      }),
      exam({
        examId: 'used',
        attemptsUsed: 3,
        passed: false,
        canStart: false,
        blockedReason: 'no_attempts_left',
      }),
      exam({ examId: 'retry', attemptsUsed: 1, passed: false }),
      exam({
        examId: 'cooling',
        attemptsUsed: 1,
        canStart: false,
        blockedReason: 'cooldown',
        blockedUntil: '2026-01-01T00:00:00Z',
      }),
      exam({ examId: 'missed', canStart: false, blockedReason: 'closed' }),
      exam({
        examId: 'sat-closed',
        attemptsUsed: 1,
        canStart: false,
        blockedReason: 'closed',
      }),
    ]);
    expect(groups.inProgress.map((e) => e.examId)).toEqual(['open']);
    expect(groups.finished.map((e) => e.examId)).toEqual([
      'passed',
      'used',
      'sat-closed',
    ]);
    expect(groups.available.map((e) => e.examId).sort()).toEqual([
      'cooling',
      'missed',
      'new',
      'retry',
    ]);
  });

  it('lists available exams closing soonest first, undated ones last by title', () => {
    const groups = groupExams([
      exam({ examId: 'b', title: 'B' }),
      exam({ examId: 'late', closesAt: '2026-05-01T00:00:00Z' }),
      exam({ examId: 'a', title: 'A' }),
      exam({ examId: 'soon', closesAt: '2026-04-01T00:00:00Z' }),
    ]);
    expect(groups.available.map((e) => e.examId)).toEqual([
      'soon',
      'late',
      'a',
      'b',
    ]);
  });
});

describe('examBadge', () => {
  const now = new Date(2026, 2, 10, 9, 0);

  it('says when an exam closes today or in a few days', () => {
    expect(
      examBadge(
        exam({ closesAt: new Date(2026, 2, 10, 18, 0).toISOString() }),
        now,
      ),
    ).toEqual({ kind: 'closesToday' });
    expect(
      examBadge(
        exam({ closesAt: new Date(2026, 2, 12, 8, 0).toISOString() }),
        now,
      ),
    ).toEqual({ kind: 'dueInDays', days: 2 });
    expect(
      examBadge(
        exam({ closesAt: new Date(2026, 2, 11, 23, 0).toISOString() }),
        now,
      ),
    ).toEqual({ kind: 'dueInDays', days: 1 });
    expect(
      examBadge(exam({ closesAt: new Date(2026, 3, 30).toISOString() }), now),
    ).toBeNull();
    expect(examBadge(exam({}), now)).toBeNull();
  });

  it('marks a closed exam never sat as overdue', () => {
    const closed = new Date(2026, 2, 9).toISOString();
    expect(examBadge(exam({ closesAt: closed }), now)).toEqual({
      kind: 'overdue',
    });
    expect(
      examBadge(exam({ closesAt: closed, attemptsUsed: 1 }), now),
    ).toBeNull();
  });

  it('says when a blocked exam opens again', () => {
    expect(
      examBadge(
        exam({
          blockedReason: 'not_open',
          blockedUntil: '2026-03-20T00:00:00Z',
        }),
        now,
      ),
    ).toEqual({ kind: 'notOpen', until: '2026-03-20T00:00:00Z' });
    expect(
      examBadge(
        exam({
          blockedReason: 'cooldown',
          blockedUntil: '2026-03-10T10:00:00Z',
        }),
        now,
      ),
    ).toEqual({ kind: 'cooldown', until: '2026-03-10T10:00:00Z' });
  });
});

describe('attemptsLeft', () => {
  it('counts what is left, or null without a limit', () => {
    expect(attemptsLeft(exam({ maxAttempts: 3, attemptsUsed: 1 }))).toBe(2);
    expect(attemptsLeft(exam({ maxAttempts: 1, attemptsUsed: 2 }))).toBe(0);
    expect(attemptsLeft(exam({ maxAttempts: null }))).toBeNull();
  });
});
