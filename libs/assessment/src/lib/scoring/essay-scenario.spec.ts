import type { Answer, EssayQuestion, ScenarioQuestion } from '../model';
import { samples, scenarioOf, valid } from '../../testing/fixtures';
import { scoreEssayWithRubric } from './essay';
import { maxPointsFor, scoreAnswer } from './score';

const essay = valid<EssayQuestion>(samples.essay);

describe('essay', () => {
  it('waits for a grader; max points come from the rubric', () => {
    const result = scoreAnswer(essay, { text: 'I am so sorry, let me fix this for you.' }, 3);
    expect(result).toMatchObject({ status: 'pending', points: 0, maxPoints: 10 });
    expect(result.parts).toEqual([
      { id: 'empathy', points: 0, maxPoints: 4, status: 'pending' },
      { id: 'fix', points: 0, maxPoints: 6, status: 'pending' },
    ]);
  });
  it('uses the question points when there is no rubric', () => {
    const plain = valid<EssayQuestion>({ type: 'essay', stem: 'Why?', responseFormat: 'short' });
    expect(scoreAnswer(plain, { text: 'Because.' }, 3)).toMatchObject({ status: 'pending', maxPoints: 3 });
  });
  it('grades an empty essay 0 straight away: there is nothing to grade', () => {
    expect(scoreAnswer(essay, { text: '  <p> </p> ' }, 3)).toMatchObject({ status: 'graded', points: 0 });
    expect(scoreAnswer(essay, undefined, 3).status).toBe('graded');
  });
  it('notes a word count below the minimum, counting Chinese characters as words', () => {
    expect(scoreAnswer(essay, { text: 'Sorry.' }, 3).feedback).toContain('The answer has 1 word; at least 5 were expected.');
    expect(scoreAnswer(essay, { text: '非常抱歉给您' }, 3).feedback).toEqual([]);
  });
  it('scores a rubric selection', () => {
    expect(scoreEssayWithRubric(essay, { empathy: 1, fix: 1 })).toEqual({
      ok: true,
      points: 8,
      maxPoints: 10,
      parts: [
        { id: 'empathy', points: 2, maxPoints: 4 },
        { id: 'fix', points: 6, maxPoints: 6 },
      ],
    });
  });
  it('refuses incomplete or impossible rubric selections', () => {
    expect(scoreEssayWithRubric(essay, { empathy: 1 })).toEqual({ ok: false, message: 'Choose a level for "Offers a fix".' });
    expect(scoreEssayWithRubric(essay, { empathy: 3, fix: 0 })).toMatchObject({ ok: false, message: '"Shows empathy" has no level 3.' });
    expect(scoreEssayWithRubric(essay, { empathy: 0.5, fix: 0 })).toMatchObject({ ok: false });
    expect(scoreEssayWithRubric(essay, { empathy: 0, fix: 0, tone: 1 })).toMatchObject({ ok: false, message: 'The rubric has no criterion "tone".' });
    expect(scoreEssayWithRubric({ ...essay, rubric: undefined }, {})).toMatchObject({ ok: false });
  });
});

describe('scenario', () => {
  const scenario = valid<ScenarioQuestion>(
    scenarioOf([
      { id: 'tf', weight: 2, question: samples.trueFalse },
      { id: 'pick', weight: 3, question: samples.single },
      { id: 'reply', weight: 5, question: samples.essay },
    ]),
  );

  it('sums the parts scaled by weight and waits for the essay part', () => {
    const result = scoreAnswer(scenario, { parts: { tf: { value: true }, pick: { optionId: 'c' }, reply: { text: 'We are sorry and will replace it.' } } }, 99);
    expect(result).toMatchObject({ status: 'pending', points: 3.5, maxPoints: 10, fraction: 0.35 });
    expect(result.parts.map((p) => [p.id, p.points, p.maxPoints, p.status])).toEqual([
      ['tf', 2, 2, 'graded'],
      ['pick', 1.5, 3, 'graded'],
      ['reply', 0, 5, 'pending'],
    ]);
    expect(maxPointsFor(scenario, 99)).toBe(10);
  });
  it('is graded when no part waits', () => {
    const result = scoreAnswer(scenario, { parts: { tf: { value: false } } }, 10);
    expect(result).toMatchObject({ status: 'graded', points: 0 });
  });
  it('scores a missing or malformed answer 0', () => {
    expect(scoreAnswer(scenario, undefined, 10).points).toBe(0);
    expect(scoreAnswer(scenario, { parts: [] } as unknown as Answer, 10).points).toBe(0);
  });
});
