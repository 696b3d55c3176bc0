import { ExamDetail } from '@pathwise/contracts';
import {
  draftFromDetail,
  drawFilter,
  fixedQuestionIds,
  newDrawItem,
  newExamDraft,
  newFixedItem,
  toExamInput,
} from './exam-draft';

const detail: ExamDetail = {
  id: 'exam-1',
  title: 'Trade-in launch',
  description: null,
  purpose: 'certification',
  status: 'draft',
  timeLimitMinutes: null,
  opensAt: '2026-03-01T01:00:00.000Z',
  closesAt: null,
  maxAttempts: 2,
  cooldownMinutes: 60,
  passPercent: 80,
  dimensionPassPercent: { 'complaint-handling': 60 },
  gradingMethod: 'last',
  shuffleQuestions: false,
  shuffleOptions: true,
  layout: 'all_on_one_page',
  navigation: 'sequential',
  review: {
    when: 'after_close',
    score: true,
    correctness: false,
    correctAnswers: false,
    feedback: false,
  },
  sections: [
    {
      title: 'Basics',
      items: [
        { kind: 'fixed', questionId: 'q1', points: 2 },
        {
          kind: 'draw',
          count: 3,
          points: 1,
          bankId: 'b1',
          categoryId: 'c1',
          minDifficulty: 2,
          tags: ['trade-in'],
        },
      ],
    },
  ],
  audience: { everyone: false, userIds: ['u1'], teamIds: ['t1'] },
  questionCount: 4,
  totalPoints: 5,
  availability: [],
  problems: [],
  publishedAt: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('exam draft', () => {
  it('starts a new exam as a timed certification with a pass mark and no key shown', () => {
    const draft = newExamDraft();
    expect(draft.settings).toMatchObject({
      purpose: 'certification',
      timeLimitMinutes: 30,
      passPercent: 80,
      review: { when: 'immediately', score: true, correctAnswers: false },
    });
    expect(draft.sections).toHaveLength(1);
    expect(draft.audience).toEqual({
      everyone: false,
      teamIds: [],
      userIds: [],
    });
  });

  it('round-trips a saved exam into the same request body', () => {
    const input = toExamInput(draftFromDetail(detail));
    expect(input).toEqual({
      title: 'Trade-in launch',
      description: null,
      purpose: 'certification',
      timeLimitMinutes: null,
      opensAt: '2026-03-01T01:00:00.000Z',
      closesAt: null,
      maxAttempts: 2,
      cooldownMinutes: 60,
      passPercent: 80,
      dimensionPassPercent: { 'complaint-handling': 60 },
      gradingMethod: 'last',
      shuffleQuestions: false,
      shuffleOptions: true,
      layout: 'all_on_one_page',
      navigation: 'sequential',
      review: detail.review,
      sections: [
        {
          title: 'Basics',
          items: [
            { kind: 'fixed', questionId: 'q1', points: 2 },
            {
              kind: 'draw',
              count: 3,
              points: 1,
              bankId: 'b1',
              categoryId: 'c1',
              includeSubcategories: true,
              dimension: null,
              minDifficulty: 2,
              maxDifficulty: null,
              tags: ['trade-in'],
              types: [],
            },
          ],
        },
      ],
      audience: { everyone: false, userIds: ['u1'], teamIds: ['t1'] },
    });
  });

  it('trims text, drops unfinished pass-mark rows and clears the lists for everyone', () => {
    const draft = newExamDraft();
    draft.settings.title = '  Plans  ';
    draft.settings.description = '   ';
    draft.settings.cooldownMinutes = null;
    draft.settings.dimensionPassMarks = [{ key: 'x', code: '', percent: 50 }];
    draft.audience = { everyone: true, teamIds: ['t1'], userIds: ['u1'] };
    const input = toExamInput(draft);
    expect(input.title).toBe('Plans');
    expect(input.description).toBeNull();
    expect(input.cooldownMinutes).toBe(0);
    expect(input.dimensionPassPercent).toEqual({});
    expect(input.audience).toEqual({
      everyone: true,
      teamIds: [],
      userIds: [],
    });
  });

  it('asks the live count with a placeholder count, so only the filters matter', () => {
    const a = { ...newDrawItem('b1'), count: 5, points: 2 };
    const b = { ...a, count: 40, points: 1 };
    expect(drawFilter(a)).toEqual(drawFilter(b));
    expect(drawFilter(a)).toMatchObject({
      kind: 'draw',
      count: 1,
      points: 0,
      bankId: 'b1',
    });
  });

  it('gives every entry its own key and lists the fixed questions', () => {
    const draft = newExamDraft();
    draft.sections[0].items = [
      newFixedItem('q1', 1),
      newDrawItem('b1'),
      newFixedItem('q2', 1),
    ];
    const keys = draft.sections[0].items.map((item) => item.key);
    expect(new Set(keys).size).toBe(3);
    expect(fixedQuestionIds(draft)).toEqual(['q1', 'q2']);
  });
});
