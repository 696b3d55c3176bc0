import { ExamProblem } from '@pathwise/contracts';
import {
  checklist,
  isBlocking,
  problemTarget,
  refusedProblems,
} from './publish-checklist';

describe('publish checklist', () => {
  it('treats a missing pass mark as advice and everything else as blocking', () => {
    expect(isBlocking('no_pass_mark')).toBe(false);
    expect(isBlocking('draw_unfillable')).toBe(true);
    expect(isBlocking('no_audience')).toBe(true);
  });

  it('lists blocking problems first, each with its numbers and where to fix it', () => {
    const problems: ExamProblem[] = [
      {
        code: 'no_pass_mark',
        message: 'A certification usually needs a pass mark',
      },
      {
        code: 'draw_unfillable',
        section: 1,
        item: 2,
        message: 'Section 2, item 3: 50 questions requested but only 9 match',
      },
      { code: 'no_audience', message: 'Nobody is assigned' },
    ];
    const entries = checklist(problems, [
      { section: 1, item: 2, requested: 50, available: 9 },
    ]);
    expect(entries.map((e) => [e.code, e.blocking, e.target])).toEqual([
      ['draw_unfillable', true, 'exam-item-1-2'],
      ['no_audience', true, 'exam-audience'],
      ['no_pass_mark', false, 'exam-field-passPercent'],
    ]);
    expect(entries[0]).toMatchObject({
      key: 'exams.builder.problem.draw_unfillable',
      params: { section: 2, item: 3, requested: 50, available: 9 },
    });
  });

  it('takes the numbers from the problem when the availability list lacks the draw', () => {
    const [entry] = checklist(
      [
        {
          code: 'draw_unfillable',
          section: 0,
          item: 0,
          requested: 12,
          available: 4,
          message: 'Section 1, item 1: 12 questions requested but only 4 match',
        },
      ],
      [],
    );
    expect(entry.params).toEqual({
      section: 1,
      item: 1,
      requested: 12,
      available: 4,
    });
  });

  it('names the dimension that no question measures', () => {
    const [entry] = checklist(
      [
        {
          code: 'dimension_not_measured',
          dimension: 'compliance',
          message:
            'No question in the exam measures the dimension "compliance" that has a pass mark',
        },
      ],
      [],
      (code) => (code === 'compliance' ? 'Compliance' : code),
    );
    expect(entry.params).toEqual({ dimension: 'Compliance' });
  });

  it('points every problem at the part of the builder that fixes it', () => {
    expect(problemTarget({ code: 'no_questions', message: '' })).toBe(
      'exam-sections',
    );
    expect(
      problemTarget({
        code: 'question_unavailable',
        section: 0,
        item: 4,
        message: '',
      }),
    ).toBe('exam-item-0-4');
    expect(problemTarget({ code: 'window_invalid', message: '' })).toBe(
      'exam-field-opensAt',
    );
    expect(problemTarget({ code: 'dimension_not_measured', message: '' })).toBe(
      'exam-field-dimensionPassMarks',
    );
  });

  it('reads the problems of a refused publish from the error body', () => {
    const problems = [{ code: 'no_audience', message: 'Nobody is assigned' }];
    expect(refusedProblems({ code: 'VALIDATION_FAILED', problems })).toEqual(
      problems,
    );
    expect(refusedProblems({ code: 'VALIDATION_FAILED' })).toBeNull();
    expect(refusedProblems({ problems: [null] })).toBeNull();
    expect(refusedProblems(null)).toBeNull();
  });
});
