import { samples, scenarioOf } from '../../testing/fixtures';
import { validateQuestion } from './question';

function codes(definition: unknown): string[] {
  const result = validateQuestion(definition);
  return result.ok ? [] : result.problems.map((p) => p.code);
}

function problem(definition: unknown, code: string) {
  const result = validateQuestion(definition);
  return result.ok ? undefined : result.problems.find((p) => p.code === code);
}

describe('validateQuestion', () => {
  it('accepts every sample and fills in defaults', () => {
    for (const definition of [samples.single, samples.multiple('partial'), samples.trueFalse, samples.fillBlank, samples.numerical, samples.ordering('partial'), samples.matching('partial'), samples.essay]) {
      expect(codes(definition)).toEqual([]);
    }
    const result = validateQuestion(samples.single);
    expect(result.ok && result.question.type === 'single_choice' && result.question.shuffleOptions).toBe(true);
  });

  it('drops unknown fields from the clean copy', () => {
    const result = validateQuestion({ ...samples.trueFalse, secret: 'x' });
    expect(result.ok && 'secret' in result.question).toBe(false);
  });

  it('refuses non-objects and unknown types', () => {
    expect(codes(null)).toEqual(['question.not_object']);
    expect(codes({ type: 'hotspot', stem: 'x' })).toEqual(['question.unknown_type']);
  });

  it('explains a single-choice question with two or no fully correct options', () => {
    const two = { ...samples.single, options: samples.single.options.map((o) => ({ ...o, fraction: o.id === 'a' ? 1 : o.fraction })) };
    expect(problem(two, 'single_choice.correct_count')).toEqual({
      path: 'options',
      code: 'single_choice.correct_count',
      message: 'A single-choice question must have exactly one option worth full credit (100%); 2 are. Use multiple choice if several answers are right.',
    });
    const none = { ...samples.single, options: samples.single.options.filter((o) => o.id !== 'b') };
    expect(codes(none)).toEqual(['single_choice.correct_count']);
  });

  it('checks choice options', () => {
    expect(codes({ ...samples.multiple('partial'), options: samples.multiple('partial').options.map((o) => ({ ...o, fraction: 0 })) })).toEqual(['multiple_choice.no_correct']);
    expect(codes({ ...samples.multiple('weighted'), options: [{ id: 'a', text: 'A', fraction: 0.5 }, { id: 'b', text: 'B', fraction: 0.3 }] })).toEqual(['multiple_choice.weights_sum']);
    expect(problem({ ...samples.single, options: [...samples.single.options, { id: 'e', text: 'E', fraction: 1.5 }] }, 'choice.fraction_range')?.path).toBe('options[4].fraction');
    expect(codes({ ...samples.single, options: [{ id: 'b', text: 'x', fraction: 1 }, { id: 'b', text: 'y', fraction: 0 }] })).toEqual(['id.duplicate']);
    expect(codes({ ...samples.single, options: [{ id: 'b', text: 'x', fraction: 1 }] })).toEqual(['choice.too_few_options']);
    expect(codes({ ...samples.multiple('partial'), scoring: 'best' })).toEqual(['field.unknown_value']);
    expect(codes({ ...samples.single, options: [{ id: 'has space', text: 'x', fraction: 1 }, { id: '__proto__', text: '', fraction: 0 }] })).toEqual(['id.invalid', 'id.invalid', 'field.empty']);
  });

  it('checks text lengths', () => {
    expect(problem({ ...samples.trueFalse, stem: 'x'.repeat(20_001) }, 'field.too_long')?.message).toBe('Stem may have at most 20000 characters; it has 20001.');
    expect(codes({ ...samples.trueFalse, stem: '  ' })).toEqual(['field.empty']);
  });

  it('checks blanks, placeholders and patterns', () => {
    const fb = samples.fillBlank;
    expect(codes({ ...fb, blanks: [{ ...fb.blanks[0], accepted: [] }, fb.blanks[1]] })).toEqual(['fill_blank.no_accepted']);
    expect(codes({ ...fb, text: 'Hello [[brand]] [[name]] [[city]]' })).toEqual(['fill_blank.placeholder_without_blank']);
    expect(codes({ ...fb, text: 'Hello [[brand]]' })).toEqual(['fill_blank.blank_without_placeholder']);
    expect(codes({ ...fb, blanks: [fb.blanks[0], { id: 'name', accepted: [{ value: '^(a+)+$', kind: 'regex' }] }] })).toEqual(['regex.nested_quantifier']);
    expect(codes({ ...fb, blanks: [fb.blanks[0], { id: 'name', accepted: [{ value: 'Lin', kind: 'text', fraction: 0.5 }] }] })).toEqual(['fill_blank.no_full_credit']);
    expect(problem({ ...fb, blanks: [fb.blanks[0], { id: 'name', accepted: [{ value: '(a+)+', kind: 'regex' }] }] }, 'regex.nested_quantifier')?.path).toBe('blanks[1].accepted[0].value');
  });

  it('checks numerical answers and units', () => {
    const n = samples.numerical;
    expect(codes({ ...n, answers: [] })).toEqual(['numerical.no_answers']);
    expect(codes({ ...n, answers: [{ value: 1, tolerance: -1, fraction: 1 }] })).toEqual(['numerical.negative_tolerance']);
    expect(codes({ ...n, units: [{ unit: 'g', multiplier: 1000 }, { unit: 'kg', multiplier: 1 }] })).toEqual(['numerical.no_base_unit']);
    expect(codes({ ...n, units: undefined })).toEqual(['numerical.required_without_units']);
    expect(codes({ ...n, unitPenalty: 2 })).toEqual(['numerical.unit_penalty_range']);
    expect(codes({ ...n, units: [{ unit: 'kg', multiplier: 1 }, { unit: 'kg', multiplier: 0 }] })).toEqual(['numerical.unit_duplicate', 'numerical.unit_multiplier']);
  });

  it('checks ordering, matching and essays', () => {
    expect(codes({ ...samples.ordering('partial'), items: [{ id: 'a', text: 'A' }] })).toEqual(['ordering.too_few_items']);
    const m = samples.matching('partial');
    expect(problem({ ...m, prompts: [...m.prompts, { id: 'x', text: 'X', choiceId: 'p50' }] }, 'matching.unknown_choice')).toEqual({
      path: 'prompts[4].choiceId',
      code: 'matching.unknown_choice',
      message: 'Prompt 5 is matched to choice "p50", which is not in the list of choices.',
    });
    const criteria = [{ id: 'c', description: 'Tone', levels: [] }];
    expect(codes({ ...samples.essay, rubric: { criteria } })).toEqual(['essay.criterion_without_levels', 'essay.rubric_no_points']);
    expect(codes({ ...samples.essay, minWords: 10, maxWords: 5 })).toEqual(['essay.word_limits']);
  });

  it('checks scenarios and reports paths inside parts', () => {
    expect(codes(scenarioOf([]))).toEqual(['scenario.no_parts']);
    expect(codes(scenarioOf([{ id: 'inner', weight: 1, question: scenarioOf([{ id: 'x', weight: 1, question: samples.trueFalse }]) }]))).toEqual(['scenario.nested']);
    const bad = scenarioOf([
      { id: 'a', weight: 0, question: samples.trueFalse },
      { id: 'a', weight: 1, question: { ...samples.ordering('partial'), items: [] } },
    ]);
    const result = validateQuestion(bad);
    expect(result.ok ? [] : result.problems.map((p) => `${p.path} ${p.code}`)).toEqual([
      'parts[1].id id.duplicate',
      'parts[0].weight scenario.weight',
      'parts[1].question.items ordering.too_few_items',
    ]);
  });
});
