import fc from 'fast-check';
import { validateQuestion, type Question } from '@pathwise/assessment';
import type { ExportableQuestion } from '../questions/imported-question';
import { exportGift, regexToWildcard } from './export-gift';
import { parseGift, wildcardToRegex } from './parse-gift';

function item(question: unknown, extra: Partial<ExportableQuestion> = {}): ExportableQuestion {
  const v = validateQuestion(question);
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return { name: 'Q', categoryPath: [], tags: [], difficulty: null, bloom: null, dimensions: [], defaultPoints: 1, idNumber: null, files: [], question: v.question, ...extra };
}

/** Ids are not kept by GIFT: compare definitions with ids replaced by positions (matching by text). */
function comparable(q: Question): unknown {
  const round = (n: number): number => Math.round(n * 1e6) / 1e6;
  switch (q.type) {
    case 'single_choice':
    case 'multiple_choice':
      return { ...q, options: q.options.map(({ id: _id, ...o }) => ({ ...o, fraction: round(o.fraction) })) };
    case 'fill_blank':
      return { ...q, text: q.text.replace(/\[\[[^\]]*\]\]/gu, '[[]]'), blanks: q.blanks.map(({ id: _id, ...b }) => ({ ...b, accepted: b.accepted.map((a) => ({ ...a, fraction: round(a.fraction) })) })) };
    case 'numerical':
      return { ...q, answers: q.answers.map((a) => ({ ...a, fraction: round(a.fraction) })) };
    case 'matching':
      return {
        ...q,
        prompts: q.prompts.map((p) => [p.text, q.choices.find((c) => c.id === p.choiceId)?.text]),
        choices: q.choices.map((c) => c.text).sort(),
      };
    case 'true_false':
    case 'essay':
    case 'ordering':
    case 'scenario':
      return q;
  }
}

function strip(q: ExportableQuestion & { source?: unknown }): unknown {
  const { question, files: _files, source: _source, ...rest } = q;
  return { ...rest, question: comparable(question) };
}

describe('exportGift', () => {
  it('writes Moodle-style GIFT with categories, metadata and escapes', () => {
    const { text, skipped } = exportGift([
      item(
        { type: 'single_choice', stem: 'Price: {plan} = ¥59?', options: [{ id: 'a', text: 'Yes #1', fraction: 1, feedback: 'Right~' }, { id: 'b', text: 'No', fraction: 0 }] },
        { name: 'Price', categoryPath: ['Products', 'A/B'], tags: ['vip'], difficulty: 3, bloom: 'apply', dimensions: ['compliance'], idNumber: 'P-1' },
      ),
      item({ type: 'true_false', stem: '退货7天', correct: false, feedbackTrue: '不对' }, { name: '退货', categoryPath: ['Products', 'A/B'] }),
    ]);
    expect(skipped).toEqual([]);
    expect(text).toBe(
      [
        '$CATEGORY: $course$/top/Products/A//B',
        '',
        '// [id:P-1] [tag:vip] [tag:difficulty:3] [tag:bloom:apply] [tag:dimension:compliance]',
        '::Price::[html]Price\\: \\{plan\\} \\= ¥59?{',
        '\t=Yes \\#1#Right\\~',
        '\t~No',
        '}',
        '',
        '::退货::[html]退货7天{FALSE#不对}',
        '',
        '',
      ].join('\n'),
    );
  });

  it('lists what GIFT cannot carry in skipped', () => {
    const { text, skipped } = exportGift([
      item({ type: 'ordering', stem: 'Order', scoring: 'partial', items: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] }, { name: 'ord' }),
      item({ type: 'essay', stem: 'Reply', responseFormat: 'long', rubric: { criteria: [{ id: 'c', description: 'Empathy', levels: [{ points: 2, description: 'ok' }] }] } }, { name: 'rubric' }),
      item({ type: 'fill_blank', stem: 'Fill', text: '[[a]] and [[b]]', blanks: [{ id: 'a', accepted: [{ value: 'x', kind: 'text' }] }, { id: 'b', accepted: [{ value: 'y', kind: 'text' }] }] }, { name: 'two blanks' }),
      item({ type: 'numerical', stem: 'Weight', answers: [{ value: 1, tolerance: 0, fraction: 1 }], units: [{ unit: 'kg', multiplier: 1 }], unitPolicy: 'optional', unitPenalty: 0 }, { name: 'units' }),
      item({ type: 'fill_blank', stem: 'Code', text: '[[a]]', blanks: [{ id: 'a', accepted: [{ value: '[A-Z]{2}\\d+', kind: 'regex' }] }] }, { name: 'regex' }),
      item({ type: 'scenario', stem: 'Case', caseText: 'A customer…', parts: [{ id: 'p', weight: 1, question: { type: 'true_false', stem: 'Ok?', correct: true } }] }, { name: 'scenario' }),
    ]);
    expect(text).toBe('');
    expect(skipped.map((s) => s.name)).toEqual(['ord', 'rubric', 'two blanks', 'units', 'regex', 'scenario']);
    expect(skipped.every((s) => s.reason.length > 20)).toBe(true);
  });

  it('converts Moodle wildcards both ways', () => {
    expect(wildcardToRegex('400*1234')).toBe('400.*1234');
    expect(regexToWildcard('400.*1234')).toBe('400*1234');
    expect(regexToWildcard('[0-9]+')).toBeUndefined();
  });
});

// Texts that survive GIFT: trimmed, non-empty, no CR, with GIFT's specials, HTML and Chinese.
const word = fc.constantFrom('plan', 'Plus', '¥59', '{', '}', '=', '~', '#', ':', '\\', '%50%', '<b>x</b>', '退货', '客服', '*', '[html]', '_', 'a&b', '//', 'n');
const text = fc.array(word, { minLength: 1, maxLength: 6 }).chain((ws) => fc.constantFrom(' ', '\n').map((sep) => ws.join(sep)));
const safe = text.filter((t) => t === t.trim() && !t.includes('->') && !t.includes('[['));
const optionalFeedback = fc.option(safe, { nil: undefined });
const fraction = fc.constantFrom(0, 0.5, -0.25, -1, 0.1, 1 / 3);

const definition: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(safe, fc.array(fc.tuple(safe, fraction, optionalFeedback), { minLength: 1, maxLength: 4 }), safe, optionalFeedback, fc.boolean()).map(([stem, others, right, gf, shuffle]) => ({
    type: 'single_choice',
    stem,
    ...(gf ? { generalFeedback: gf } : {}),
    shuffleOptions: shuffle,
    options: [{ id: 'r', text: right, fraction: 1 }, ...others.map(([t, f, feedback], i) => ({ id: `o${i}`, text: t, fraction: f, ...(feedback ? { feedback } : {}) }))],
  })),
  fc.tuple(safe, fc.array(safe, { minLength: 2, maxLength: 4 }), fc.constantFrom('weighted', 'all_or_nothing', 'partial')).map(([stem, texts, scoring]) => ({
    type: 'multiple_choice',
    stem,
    scoring,
    options: texts.map((t, i) => ({ id: `o${i}`, text: t, fraction: i === 0 ? 0.5 : i === 1 ? 0.5 : -0.5 })),
  })),
  fc.tuple(safe, fc.boolean(), optionalFeedback, optionalFeedback).map(([stem, correct, t, f]) => ({ type: 'true_false', stem, correct, ...(t ? { feedbackTrue: t } : {}), ...(f ? { feedbackFalse: f } : {}) })),
  fc.tuple(safe, fc.array(fc.tuple(safe, fc.constantFrom(1, 0.5, 0), optionalFeedback), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean()).map(([stem, answers, missing, caseSensitive]) => {
    const accepted = answers.map(([v, f, feedback], i) => ({ value: v, kind: 'text', fraction: i === 0 ? 1 : f, ...(feedback ? { feedback } : {}) }));
    const blank = { id: 'x', accepted, ...(caseSensitive ? { caseSensitive } : {}) };
    if (!missing) return { type: 'fill_blank', stem, text: '[[x]]', blanks: [blank] };
    const t = `${stem} [[x]] ${stem}`;
    return { type: 'fill_blank', stem: /\p{Script=Han}/u.test(t) ? '请填空。' : 'Fill in the blank.', text: t, blanks: [blank] };
  }),
  fc.tuple(safe, fc.array(fc.tuple(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 0, max: 500 }), fc.constantFrom(0.5, 0), optionalFeedback), { maxLength: 2 })).map(([stem, extra]) => ({
    type: 'numerical',
    stem,
    unitPolicy: 'optional',
    unitPenalty: 0,
    answers: [{ value: 3.14, tolerance: 0.01, fraction: 1 }, ...extra.map(([v, t, f, feedback]) => ({ value: v / 100, tolerance: t / 100, fraction: f, ...(feedback ? { feedback } : {}) }))],
  })),
  fc.tuple(safe, fc.uniqueArray(safe, { minLength: 3, maxLength: 5 }), fc.array(safe, { minLength: 2, maxLength: 4 }), fc.constantFrom('partial', 'all_or_nothing')).map(([stem, choices, prompts, scoring]) => ({
    type: 'matching',
    stem,
    scoring,
    choices: choices.map((c, i) => ({ id: `c${i}`, text: c })),
    prompts: prompts.map((p, i) => ({ id: `p${i}`, text: p, choiceId: `c${i % (choices.length - 1)}` })),
  })),
  fc.tuple(safe, optionalFeedback, fc.constantFrom('short', 'long'), fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined })).map(([stem, gf, responseFormat, minWords]) => ({
    type: 'essay',
    stem,
    responseFormat,
    ...(gf ? { generalFeedback: gf } : {}),
    ...(minWords ? { minWords } : {}),
  })),
);

const name = fc.array(fc.constantFrom('Q', '1', '::', '退', '{', '#', ' x'), { minLength: 1, maxLength: 5 }).map((a) => a.join('')).filter((n) => n.trim() === n && n !== '');
const label = fc.constantFrom('Products', 'Trade-in', 'A/B', '服务', 'x y');
const exportable = fc
  .record({
    definition,
    name,
    categoryPath: fc.array(label, { maxLength: 3 }),
    tags: fc.uniqueArray(fc.constantFrom('vip', 'refund', 'a]b', '新品', 'x y'), { maxLength: 3 }),
    difficulty: fc.constantFrom(null, 1, 3, 5),
    bloom: fc.constantFrom(null, 'remember', 'apply', 'create'),
    dimensions: fc.uniqueArray(fc.constantFrom('product-knowledge', 'compliance', '沟通技巧'), { maxLength: 2 }),
    defaultPoints: fc.constantFrom(1, 2, 0.5),
    idNumber: fc.constantFrom(null, 'Q-1', 'id]x'),
  })
  .filter(({ definition: d }) => validateQuestion(d).ok)
  .map(({ definition: d, ...rest }) => item(d, rest as Partial<ExportableQuestion>));

describe('GIFT round trip', () => {
  it('parseGift(exportGift(qs)) reproduces the questions (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(exportable, { minLength: 1, maxLength: 6 }), (qs) => {
        const { text: gift, skipped } = exportGift(qs);
        expect(skipped).toEqual([]);
        const back = parseGift(gift);
        expect(back.rejected).toEqual([]);
        expect(back.questions.map(strip)).toEqual(qs.map(strip));
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips the fixture questions', () => {
    const { readFileSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const first = parseGift(readFileSync(`${__dirname}/../../fixtures/gift/all-constructs.gift.txt`, 'utf8'));
    const { text: gift, skipped } = exportGift(first.questions);
    expect(skipped).toEqual([]);
    const second = parseGift(gift);
    expect(second.questions.map(({ source: _s, ...q }) => strip(q))).toEqual(first.questions.map(({ source: _s, ...q }) => strip(q)));
  });
});
