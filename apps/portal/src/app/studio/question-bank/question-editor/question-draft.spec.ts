import {
  QUESTION_TYPES,
  learnerView,
  validateQuestion,
  type Question,
} from '@pathwise/assessment';
import { QuestionDetail } from '@pathwise/contracts';
import {
  changeType,
  draftFromDetail,
  fromPercent,
  metaProblems,
  newDraft,
  nextId,
  normaliseTags,
  problemsFromFieldErrors,
  splitTagInput,
  starterQuestion,
  syncBlanks,
  toPercent,
  toQuestionInput,
} from './question-draft';

const DETAIL: QuestionDetail = {
  id: 'q1',
  bankId: 'b1',
  categoryId: 'c1',
  categoryPath: ['Products'],
  name: 'Trade-in value',
  type: 'single_choice',
  status: 'active',
  difficulty: 3,
  bloom: 'apply',
  tags: ['trade-in'],
  dimensionCodes: ['product_knowledge'],
  version: 4,
  defaultPoints: 2,
  excerpt: 'Which phones…',
  authorName: 'Chen',
  updatedByName: 'Chen',
  updatedAt: '2026-01-01T00:00:00Z',
  createdAt: '2025-12-01T00:00:00Z',
  idNumber: 'TI-7',
  definition: {
    type: 'single_choice',
    stem: '<p>Which phones can be traded in?</p>',
    shuffleOptions: true,
    options: [
      { id: 'a', text: 'Any model', fraction: 0 },
      {
        id: 'b',
        text: 'Models from the last 5 years',
        fraction: 1,
        feedback: 'Right.',
      },
    ],
  },
};

describe('question editor form ↔ definition', () => {
  it('round-trips a saved question into an edit request that keeps its base version', () => {
    const draft = draftFromDetail(DETAIL);
    expect(draft.meta).toMatchObject({
      name: 'Trade-in value',
      idNumber: 'TI-7',
      changeNote: '',
    });
    draft.meta.changeNote = '  clarified  ';
    const validation = validateQuestion(draft.definition);
    expect(validation.ok).toBe(true);
    if (!validation.ok) return;
    const input = toQuestionInput(
      draft.meta,
      validation.question,
      DETAIL.version,
    );
    expect(input).toEqual({
      categoryId: 'c1',
      name: 'Trade-in value',
      definition: DETAIL.definition,
      defaultPoints: 2,
      difficulty: 3,
      bloom: 'apply',
      status: 'active',
      tags: ['trade-in'],
      dimensionCodes: ['product_knowledge'],
      idNumber: 'TI-7',
      changeNote: 'clarified',
      baseVersion: 4,
    });
  });

  it('does not share the definition with the loaded question', () => {
    const draft = draftFromDetail(DETAIL);
    (draft.definition as { stem: string }).stem = 'changed';
    expect(DETAIL.definition.stem).toContain('traded in');
  });

  it('sends empty optional fields as null and leaves out baseVersion for a new question', () => {
    const draft = newDraft('essay', 'c9');
    draft.meta.name = ' Handle an angry caller ';
    const input = toQuestionInput(draft.meta, draft.definition);
    expect(input.name).toBe('Handle an angry caller');
    expect(input.idNumber).toBeNull();
    expect(input.changeNote).toBeNull();
    expect('baseVersion' in input).toBe(false);
  });

  it('starts every type with the structure its form edits, and a learner view that renders', () => {
    for (const type of QUESTION_TYPES) {
      const question = starterQuestion(type);
      expect(question.type).toBe(type);
      expect(() => learnerView(question)).not.toThrow();
      // Only the words are missing: every problem is an empty or required text.
      const validation = validateQuestion(question);
      const codes = validation.ok ? [] : validation.problems.map((p) => p.code);
      expect(
        codes.every((c) => c === 'field.empty' || c === 'field.required'),
      ).toBe(true);
    }
  });

  it('fills in a starter question to a valid one', () => {
    const q = starterQuestion('fill_blank') as Extract<
      Question,
      { type: 'fill_blank' }
    >;
    q.stem = 'Complete the sentence';
    q.text = 'Trade-in needs [[b1]] days.';
    q.blanks[0].accepted[0].value = '14';
    expect(validateQuestion(q).ok).toBe(true);
  });

  it('keeps stem, feedback and options when switching between single and multiple choice', () => {
    const multiple = changeType(DETAIL.definition, 'multiple_choice');
    expect(multiple).toMatchObject({
      type: 'multiple_choice',
      stem: DETAIL.definition.stem,
    });
    if (multiple.type !== 'multiple_choice') throw new Error('type');
    expect(multiple.options.map((o) => o.fraction)).toEqual([0, 1]);
    multiple.options = [
      { id: 'a', text: 'A', fraction: 0.5 },
      { id: 'b', text: 'B', fraction: 0.5 },
    ];
    const single = changeType(multiple, 'single_choice');
    if (single.type !== 'single_choice') throw new Error('type');
    expect(single.options.map((o) => o.fraction)).toEqual([1, 0]);
    expect(changeType(DETAIL.definition, 'essay')).toEqual({
      type: 'essay',
      stem: DETAIL.definition.stem,
      responseFormat: 'long',
    });
  });

  it('shows credit as percent and back without losing Moodle precision', () => {
    expect(toPercent(1)).toBe(100);
    expect(toPercent(0.3333333)).toBe(33.33333);
    expect(fromPercent(33.33333)).toBe(0.3333333);
    expect(fromPercent(-50)).toBe(-0.5);
    expect(fromPercent(null)).toBeNaN();
    expect(toPercent(Number.NaN)).toBeNull();
  });

  it('adds a blank for each new placeholder and never drops one', () => {
    const blanks = syncBlanks('Call [[b1]] then [[b2]] and [[bad id]]', [
      { id: 'b1', accepted: [{ value: 'x', kind: 'text', fraction: 1 }] },
      { id: 'old', accepted: [] },
    ]);
    expect(blanks.map((b) => b.id)).toEqual(['b1', 'old', 'b2']);
    expect(blanks[2].accepted).toEqual([
      { value: '', kind: 'text', fraction: 1 },
    ]);
  });

  it('picks the next free id', () => {
    expect(nextId('o', ['o1', 'o3'])).toBe('o2');
    expect(nextId('part', [])).toBe('part1');
  });

  it('normalises tags typed in either language', () => {
    expect(splitTagInput('以旧换新， trade-in ;Trade-In、 5G ')).toEqual([
      '以旧换新',
      'trade-in',
      '5G',
    ]);
    expect(normaliseTags([' a ', 'A', '', 'b  c'])).toEqual(['a', 'b c']);
  });

  it('names the metadata a question cannot be saved without', () => {
    const draft = newDraft('true_false', '');
    draft.meta.defaultPoints = 0;
    expect(metaProblems(draft.meta).map((p) => p.path)).toEqual([
      'meta.name',
      'meta.categoryId',
      'meta.defaultPoints',
    ]);
  });

  it('maps the API field errors onto editor paths', () => {
    expect(
      problemsFromFieldErrors([
        {
          field: 'definition.options[1].text',
          code: 'field.empty',
          message: 'Text cannot be empty.',
        },
        {
          field: 'definition',
          code: 'question.not_object',
          message: 'Malformed',
        },
        { field: 'name', message: 'Too long' },
      ]),
    ).toEqual([
      {
        path: 'options[1].text',
        code: 'field.empty',
        message: 'Text cannot be empty.',
      },
      { path: '', code: 'question.not_object', message: 'Malformed' },
      { path: 'meta.name', code: 'server', message: 'Too long' },
    ]);
  });
});
