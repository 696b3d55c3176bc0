import { TestBed } from '@angular/core/testing';
import { validateQuestion } from '@pathwise/assessment';
import { en } from '../../../i18n/en';
import { I18nService } from '../../../i18n/i18n.service';
import { ProblemIndex, problemLocation, problemText } from './problem-text';

/** Every code the engine's validators can report (grep of libs/assessment/src/lib). */
const ENGINE_CODES = [
  'choice.fraction_range',
  'choice.too_few_options',
  'essay.criterion_without_levels',
  'essay.level_points',
  'essay.rubric_empty',
  'essay.rubric_no_points',
  'essay.word_limits',
  'field.empty',
  'field.not_boolean',
  'field.not_list',
  'field.not_number',
  'field.not_object',
  'field.not_text',
  'field.out_of_range',
  'field.required',
  'field.too_long',
  'field.too_many',
  'field.unknown_value',
  'fill_blank.blank_without_placeholder',
  'fill_blank.fraction_range',
  'fill_blank.no_accepted',
  'fill_blank.no_full_credit',
  'fill_blank.placeholder_repeated',
  'fill_blank.placeholder_without_blank',
  'id.duplicate',
  'id.invalid',
  'matching.too_few_prompts',
  'matching.unknown_choice',
  'multiple_choice.no_correct',
  'multiple_choice.weights_sum',
  'numerical.fraction_range',
  'numerical.negative_tolerance',
  'numerical.no_answers',
  'numerical.no_base_unit',
  'numerical.no_full_credit',
  'numerical.required_without_units',
  'numerical.unit_duplicate',
  'numerical.unit_invalid',
  'numerical.unit_multiplier',
  'numerical.unit_penalty_range',
  'ordering.too_few_items',
  'question.not_object',
  'question.unknown_type',
  'regex.too_long',
  'regex.invalid',
  'regex.nested_quantifier',
  'regex.backreference',
  'regex.too_many_repeats',
  'scenario.nested',
  'scenario.no_parts',
  'scenario.weight',
  'single_choice.correct_count',
];

describe('question problems', () => {
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
    i18n = TestBed.inject(I18nService);
  });

  it('has a Chinese text for every engine code', () => {
    const keys = new Set(Object.keys(en));
    expect(
      ENGINE_CODES.filter((code) => !keys.has(`question.problem.${code}`)),
    ).toEqual([]);
  });

  it('keeps the engine message in English and translates the code in Chinese', () => {
    const validation = validateQuestion({
      type: 'ordering',
      stem: 'Order',
      items: [{ id: 'a', text: 'A' }],
      scoring: 'partial',
    });
    expect(validation.ok).toBe(false);
    if (validation.ok) return;
    const problem = validation.problems.find(
      (p) => p.code === 'ordering.too_few_items',
    );
    expect(problem).toBeDefined();
    if (!problem) return;
    i18n.choose('en');
    expect(problemText(i18n, problem)).toBe(problem.message);
    i18n.choose('zh-CN');
    expect(problemText(i18n, problem)).toBe('排序题至少需要两个项目。');
    expect(
      problemText(i18n, {
        path: '',
        code: 'brand.new',
        message: 'A new rule.',
      }),
    ).toBe('A new rule.');
  });

  it('describes where a problem is, part and entry numbers from 1', () => {
    i18n.choose('en');
    expect(problemLocation(i18n, 'parts[1].question.options[0].fraction')).toBe(
      'Part 2 › Option 1 › Credit',
    );
    expect(problemLocation(i18n, 'rubric.criteria[0].levels[2].points')).toBe(
      'Criterion 1 › Level 3 › Points',
    );
    expect(problemLocation(i18n, 'meta.name')).toBe('Name');
    expect(problemLocation(i18n, '')).toBe('The question');
    i18n.choose('zh-CN');
    expect(problemLocation(i18n, 'blanks[0].accepted[1].value')).toBe(
      '空 1 › 可接受答案 2 › 值',
    );
  });

  it('finds problems by path, also inside a scenario part', () => {
    const index = new ProblemIndex(
      [
        { path: 'stem', code: 'field.empty', message: '' },
        { path: 'parts[0].question.stem', code: 'field.empty', message: '' },
      ],
      false,
    );
    expect(index.at('stem')).toHaveLength(1);
    const part = index.under('parts[0].question');
    expect(part.at('stem')).toHaveLength(1);
    expect(part.at('options')).toHaveLength(0);
    expect(part.matcher('stem').isErrorState(null, null)).toBe(false);
    expect(
      new ProblemIndex(index.problems, true)
        .matcher('stem')
        .isErrorState(null, null),
    ).toBe(true);
  });
});
