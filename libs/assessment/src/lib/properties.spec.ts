import fc from 'fast-check';
import { shapedAnswer } from '../testing/answer-arbitraries';
import { anyQuestion, gradableQuestion } from '../testing/arbitraries';
import type { Answer, PartQuestion, Question, ScoreResult } from './model';
import { scoreAnswer } from './scoring/score';
import { shuffle } from './selection/shuffle';
import { validateAnswer } from './validation/answer';
import { validateQuestion } from './validation/question';
import { keyAnswer } from './view/key-answer';

const points = fc.integer({ min: 1, max: 10_000 }).map((n) => n / 100);

function expectInRange(result: ScoreResult): void {
  expect(result.points).toBeGreaterThanOrEqual(0);
  expect(result.points).toBeLessThanOrEqual(result.maxPoints);
  expect(result.fraction).toBeGreaterThanOrEqual(0);
  expect(result.fraction).toBeLessThanOrEqual(1);
  for (const part of result.parts) {
    expect(part.points).toBeGreaterThanOrEqual(0);
    expect(part.points).toBeLessThanOrEqual(part.maxPoints);
  }
}

/** The same question with everything a learner may see in any order reordered. */
function reorder<Q extends Question>(q: Q, seed: string): Q {
  const part = (p: PartQuestion, s: string): PartQuestion => {
    switch (p.type) {
      case 'single_choice':
      case 'multiple_choice':
        return { ...p, options: shuffle(p.options, s) };
      case 'fill_blank':
        return { ...p, blanks: shuffle(p.blanks, s) };
      case 'numerical':
        return { ...p, answers: shuffle(p.answers, s) };
      case 'matching':
        return { ...p, prompts: shuffle(p.prompts, s), choices: shuffle(p.choices, `${s}c`) };
      case 'true_false':
      case 'ordering':
      case 'essay':
        return p;
    }
  };
  if (q.type !== 'scenario') return part(q, seed) as Q;
  return { ...q, parts: shuffle(q.parts, seed).map((p) => ({ ...p, question: part(p.question, `${seed}:${p.id}`) })) };
}

const withAnswer = anyQuestion.chain((q) => fc.tuple(fc.constant(q), fc.oneof(shapedAnswer(q), fc.jsonValue())));

describe('properties', () => {
  it('a score is always within [0, max]', () => {
    fc.assert(
      fc.property(withAnswer, points, ([q, answer], p) => {
        expectInRange(scoreAnswer(q, answer as Answer, p));
      }),
    );
  });

  it('the key answer is a valid answer and earns full marks', () => {
    fc.assert(
      fc.property(gradableQuestion, points, (q, p) => {
        const key = keyAnswer(q);
        expect(validateAnswer(q, key).ok).toBe(true);
        const result = scoreAnswer(q, key, p);
        expect(result.status).toBe('graded');
        expect(result.points).toBe(result.maxPoints);
      }),
    );
  });

  it('reordering options, blanks, prompts or parts never changes a score', () => {
    fc.assert(
      fc.property(withAnswer, fc.string(), ([q, answer], seed) => {
        expect(scoreAnswer(reorder(q, seed), answer as Answer, 10)).toEqual(expect.objectContaining({ points: scoreAnswer(q, answer as Answer, 10).points }));
      }),
    );
  });

  it('any JSON sent as an answer is rejected, or accepted and scored without throwing', () => {
    fc.assert(
      fc.property(anyQuestion, fc.oneof(fc.jsonValue(), fc.anything()), (q, input) => {
        const checked = validateAnswer(q, input);
        if (checked.ok) expectInRange(scoreAnswer(q, checked.answer, 10));
        else expect(checked.message.length).toBeGreaterThan(0);
        expectInRange(scoreAnswer(q, input as Answer, 10));
      }),
    );
  });

  it('answers that pass validation score within range', () => {
    fc.assert(
      fc.property(withAnswer, ([q, answer]) => {
        const checked = validateAnswer(q, answer);
        if (checked.ok) expectInRange(scoreAnswer(q, checked.answer, 10));
      }),
    );
  });

  it('validation is idempotent on valid questions and never throws on any JSON', () => {
    fc.assert(
      fc.property(anyQuestion, (q) => {
        expect(validateQuestion(JSON.parse(JSON.stringify(q)))).toEqual({ ok: true, question: q });
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (input) => {
        expect(typeof validateQuestion(input).ok).toBe('boolean');
      }),
    );
  });
});
