import fc from 'fast-check';
import type { PartQuestion, Question } from '../lib/model';

const junk = fc.oneof(fc.string(), fc.constant('zzz'), fc.constant('__proto__'), fc.constant('constructor'));

/** Answers shaped like the question's, mixing real ids with junk, to reach the scoring paths. */
export function shapedAnswer(q: Question): fc.Arbitrary<unknown> {
  if (q.type !== 'scenario') return partAnswer(q);
  return fc.tuple(...q.parts.map((p) => fc.option(partAnswer(p.question), { nil: undefined }))).map((answers) => ({
    parts: Object.fromEntries(q.parts.flatMap((p, i) => (answers[i] === undefined ? [] : [[p.id, answers[i]]]))),
  }));
}

function record(keys: string[], value: fc.Arbitrary<unknown>): fc.Arbitrary<Record<string, unknown>> {
  return fc.tuple(...keys.map(() => fc.option(value, { nil: undefined }))).map((values) => Object.fromEntries(keys.flatMap((k, i) => (values[i] === undefined ? [] : [[k, values[i]]]))));
}

function partAnswer(q: PartQuestion): fc.Arbitrary<unknown> {
  switch (q.type) {
    case 'single_choice':
      return fc.record({ optionId: fc.oneof(fc.constantFrom(...q.options.map((o) => o.id)), junk) });
    case 'multiple_choice':
      return fc.record({ optionIds: fc.subarray(q.options.map((o) => o.id)) });
    case 'true_false':
      return fc.record({ value: fc.boolean() });
    case 'fill_blank': {
      const values = q.blanks.flatMap((b) => b.accepted.map((a) => a.value));
      return fc.record({ blanks: record(q.blanks.map((b) => b.id), fc.oneof(junk, fc.constantFrom(...values), fc.constantFrom(...values).map((v) => ` ${v.toUpperCase()} `))) });
    }
    case 'numerical':
      return fc.record({ value: fc.oneof(junk, fc.double().map(String), fc.constantFrom(...q.answers.map((a) => `${a.value} g`), ...q.answers.map((a) => `${a.value}kg`))) });
    case 'ordering':
      return fc.record({ order: fc.shuffledSubarray(q.items.map((i) => i.id)) });
    case 'matching':
      return fc.record({ pairs: record(q.prompts.map((p) => p.id), fc.oneof(fc.constantFrom(...q.choices.map((c) => c.id)), junk)) });
    case 'essay':
      return fc.record({ text: fc.string() });
  }
}
