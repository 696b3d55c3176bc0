import { QUESTION_TYPES, validateQuestion } from '@pathwise/assessment';
import { DEFAULT_DIMENSIONS } from '../capabilities/default-dimensions';
import { DEMO_QUESTIONS } from './demo-question-bank';

describe('demo question bank', () => {
  it('is valid for the engine, question by question', () => {
    for (const demo of DEMO_QUESTIONS) {
      const result = validateQuestion(demo.definition);
      expect({ name: demo.name, problems: result.ok ? [] : result.problems }).toEqual({ name: demo.name, problems: [] });
    }
  });

  it('shows every question type', () => {
    expect(new Set(DEMO_QUESTIONS.map((demo) => demo.definition.type))).toEqual(new Set(QUESTION_TYPES));
  });

  it('uses only the default capability dimensions', () => {
    const codes = new Set<string>(DEFAULT_DIMENSIONS.map((d) => d.code));
    expect(DEMO_QUESTIONS.flatMap((demo) => demo.dimensions).filter((code) => !codes.has(code))).toEqual([]);
  });
});
