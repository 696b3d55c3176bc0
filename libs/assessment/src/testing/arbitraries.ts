import fc from 'fast-check';
import type { Question } from '../lib/model';
import { valid } from './fixtures';

/** Generators of valid question definitions, one per type, for property tests. */
const ids = (min: number, max: number) => fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9]{0,4}$/), { minLength: min, maxLength: max });
const text = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ]{0,9}$/);
const credit = fc.integer({ min: 0, max: 100 }).map((n) => n / 100);
const signedCredit = fc.integer({ min: -100, max: 99 }).map((n) => n / 100);
const base = { stem: 'Question?' };

const single = fc.tuple(ids(2, 6), fc.nat(), fc.array(signedCredit, { minLength: 6, maxLength: 6 })).map(([optionIds, pick, fractions]) => ({
  ...base,
  type: 'single_choice',
  options: optionIds.map((id, i) => ({ id, text: id, fraction: i === pick % optionIds.length ? 1 : fractions[i] })),
}));

const multiple = fc
  .tuple(ids(2, 6), fc.constantFrom('all_or_nothing', 'partial', 'weighted'), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), fc.array(signedCredit, { minLength: 6, maxLength: 6 }))
  .map(([optionIds, scoring, rightFlags, fractions]) => {
    const right = optionIds.map((_, i) => rightFlags[i] || i === 0);
    const k = right.filter(Boolean).length;
    // `+ 0` turns -0 into 0: JSON has no negative zero, so a round trip must not depend on it.
    const fraction = (i: number) => (scoring === 'weighted' ? (right[i] ? 1 / k : -Math.abs(fractions[i])) : right[i] ? Math.max(0.01, Math.abs(fractions[i])) : Math.min(0, fractions[i])) + 0;
    return { ...base, type: 'multiple_choice', scoring, options: optionIds.map((id, i) => ({ id, text: id, fraction: fraction(i) })) };
  });

const trueFalse = fc.boolean().map((correct) => ({ ...base, type: 'true_false', correct }));

const accepted = fc.oneof(
  fc.record({ value: text, kind: fc.constant('text'), fraction: credit }),
  fc.record({ value: fc.constantFrom('[a-z]+', '\\d{2,4}', 'colou?r', '.*x.*'), kind: fc.constant('regex'), fraction: credit }),
);
const fillBlank = fc
  .tuple(ids(1, 4), fc.array(fc.tuple(text, fc.array(accepted, { maxLength: 3 }), fc.boolean()), { minLength: 4, maxLength: 4 }))
  .map(([blankIds, specs]) => ({
    ...base,
    type: 'fill_blank',
    text: blankIds.map((id) => `[[${id}]]`).join(' and '),
    blanks: blankIds.map((id, i) => ({ id, caseSensitive: specs[i][2], accepted: [{ value: specs[i][0], kind: 'text', fraction: 1 }, ...specs[i][1]] })),
  }));

const numerical = fc
  .tuple(
    fc.array(fc.record({ value: fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 100), tolerance: fc.integer({ min: 0, max: 500 }).map((n) => n / 100), fraction: credit }), { minLength: 1, maxLength: 3 }),
    fc.boolean(),
    fc.constantFrom('optional', 'required'),
    credit,
  )
  .map(([answers, withUnits, unitPolicy, unitPenalty]) => ({
    ...base,
    type: 'numerical',
    answers: answers.map((a, i) => (i === 0 ? { ...a, fraction: 1 } : a)),
    ...(withUnits ? { units: [{ unit: 'kg', multiplier: 1 }, { unit: 'g', multiplier: 1000 }] } : {}),
    unitPolicy: withUnits ? unitPolicy : 'optional',
    unitPenalty,
  }));

const ordering = fc.tuple(ids(2, 7), fc.constantFrom('all_or_nothing', 'partial')).map(([itemIds, scoring]) => ({ ...base, type: 'ordering', scoring, items: itemIds.map((id) => ({ id, text: id })) }));

const matching = fc
  .tuple(ids(2, 5), ids(1, 5), fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), fc.constantFrom('all_or_nothing', 'partial'))
  .map(([promptIds, choiceIds, picks, scoring]) => ({
    ...base,
    type: 'matching',
    scoring,
    prompts: promptIds.map((id, i) => ({ id, text: id, choiceId: choiceIds[picks[i] % choiceIds.length] })),
    choices: choiceIds.map((id) => ({ id, text: id })),
  }));

const essay = fc.option(fc.array(fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), { nil: undefined }).map((rubric) => ({
  ...base,
  type: 'essay',
  responseFormat: 'long',
  ...(rubric ? { rubric: { criteria: rubric.map((levels, i) => ({ id: `c${i}`, description: `C${i}`, levels: levels.map((points) => ({ points, description: String(points) })) })) } } : {}),
}));

const gradable = [single, multiple, trueFalse, fillBlank, numerical, ordering, matching];

const scenarioOf = (part: fc.Arbitrary<unknown>) =>
  fc.tuple(ids(1, 3), fc.array(fc.tuple(fc.integer({ min: 1, max: 10 }), part), { minLength: 3, maxLength: 3 })).map(([partIds, specs]) => ({
    ...base,
    type: 'scenario',
    caseText: 'A customer calls.',
    parts: partIds.map((id, i) => ({ id, weight: specs[i][0], question: specs[i][1] })),
  }));

const toQuestion = (definition: unknown): Question => valid(definition);

/** Questions the key answer can fully earn (no manual grading). */
export const gradableQuestion = fc.oneof(...gradable, scenarioOf(fc.oneof(...gradable))).map(toQuestion);

export const anyQuestion = fc.oneof(...gradable, essay, scenarioOf(fc.oneof(...gradable, essay))).map(toQuestion);
