import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { validateQuestion, type Question } from '@pathwise/assessment';
import type { ExportableQuestion, ImportedQuestion } from '../questions/imported-question';
import { exportMoodleXml } from './export-moodle-xml';
import { parseMoodleXml } from './parse-moodle-xml';

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 1, 2, 255]);

function valid(definition: unknown): Question {
  const result = validateQuestion(definition);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.question;
}

function exportable(question: unknown, extra: Partial<ExportableQuestion> = {}): ExportableQuestion {
  return { name: 'Q', categoryPath: [], tags: [], difficulty: null, bloom: null, dimensions: [], defaultPoints: 1, idNumber: null, files: [], question: valid(question), ...extra };
}

/** What a round trip must keep, with ids renumbered (Moodle has no ids) and equivalent credit rules made equal. */
function canonical(q: ExportableQuestion | ImportedQuestion): unknown {
  const { name, categoryPath, tags, difficulty, bloom, dimensions, defaultPoints, idNumber, files } = q;
  return {
    name,
    categoryPath,
    tags,
    difficulty,
    bloom,
    dimensions,
    defaultPoints: round(defaultPoints),
    idNumber,
    files: files.map((f) => ({ name: f.name, mimeType: f.mimeType, data: [...f.data] })),
    question: body(q.question),
  };
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

function body(q: Question): unknown {
  const common = { type: q.type, stem: q.stem, generalFeedback: q.generalFeedback };
  switch (q.type) {
    case 'single_choice':
      return { ...common, shuffle: q.shuffleOptions, options: q.options.map((o) => [o.text, round(o.fraction), o.feedback]) };
    case 'multiple_choice': {
      const k = q.options.filter((o) => o.fraction > 0).length;
      const f = (x: number) => (q.scoring === 'weighted' ? x : q.scoring === 'partial' ? (x > 0 ? 1 / k : -1 / k) : x > 0 ? 1 : 0);
      return { ...common, shuffle: q.shuffleOptions, scoring: q.scoring === 'partial' ? 'weighted' : q.scoring, options: q.options.map((o) => [o.text, round(f(o.fraction)), o.feedback]) };
    }
    case 'true_false':
      return { ...common, correct: q.correct, t: q.feedbackTrue, f: q.feedbackFalse };
    case 'fill_blank': {
      let text = q.text;
      q.blanks.forEach((b, i) => (text = text.replace(`[[${b.id}]]`, `[[#${i}]]`)));
      return { ...common, text, blanks: q.blanks.map((b) => ({ cs: b.caseSensitive ?? false, accepted: b.accepted.map((a) => [a.kind, a.value, round(a.fraction), a.feedback]) })) };
    }
    case 'numerical':
      return { ...common, answers: q.answers.map((a) => [round(a.value), round(a.tolerance), round(a.fraction), a.feedback]), units: q.units ?? [], policy: q.unitPolicy, penalty: round(q.unitPenalty) };
    case 'ordering':
      return { ...common, scoring: q.scoring, items: q.items.map((i) => i.text) };
    case 'matching':
      return {
        ...common,
        scoring: q.scoring,
        pairs: q.prompts.map((p) => [p.text, q.choices.find((c) => c.id === p.choiceId)?.text]),
        choices: q.choices.map((c) => c.text).sort(),
      };
    case 'essay':
      return { ...common, format: q.responseFormat, min: q.minWords, max: q.maxWords, graderInfo: q.graderInfo, rubric: q.rubric?.criteria.map((c) => [c.description, c.levels]) };
    case 'scenario':
      return { ...common, caseText: q.caseText, parts: q.parts.map((p) => [p.weight, body(p.question)]) };
  }
}

const roundTrip = (questions: ExportableQuestion[]) => {
  const exported = exportMoodleXml(questions);
  const imported = parseMoodleXml(exported.xml);
  return { exported, imported };
};

const samples: ExportableQuestion[] = [
  exportable(
    {
      type: 'single_choice',
      stem: '<p>Which plan includes trade-in? <img src="@@PLUGINFILE@@/plan%20card.png"></p>',
      generalFeedback: 'Plus and above. Tricky: ]]> in text.',
      shuffleOptions: false,
      options: [
        { id: 'a', text: 'Basic', fraction: 0, feedback: '<p>No <img src="@@PLUGINFILE@@/no.png"></p>' },
        { id: 'b', text: 'Plus & more', fraction: 1 },
        { id: 'c', text: 'Legacy <Plus>', fraction: -0.5 },
      ],
    },
    {
      name: 'Trade-in / plans',
      categoryPath: ['Products/Services', '换机'],
      tags: ['trade-in', '促销'],
      difficulty: 3,
      bloom: 'apply',
      dimensions: ['product-knowledge', 'sales'],
      defaultPoints: 2.5,
      idNumber: 'TI-<7>',
      files: [
        { name: 'plan card.png', mimeType: 'image/png', data: PNG },
        { name: 'no.png', mimeType: 'image/png', data: PNG.subarray(0, 4) },
      ],
    },
  ),
  exportable({ type: 'multiple_choice', stem: '哪些证件有效？', scoring: 'weighted', options: [{ id: 'a', text: '身份证', fraction: 0.5 }, { id: 'b', text: '护照', fraction: 0.5 }, { id: 'c', text: '账单', fraction: -1 }] }, { categoryPath: ['Compliance'] }),
  exportable({ type: 'multiple_choice', stem: 'Partial', scoring: 'partial', options: [{ id: 'a', text: 'A', fraction: 0.3 }, { id: 'b', text: 'B', fraction: 0.7 }, { id: 'c', text: 'C', fraction: 0 }] }, { categoryPath: ['Compliance'] }),
  exportable({ type: 'multiple_choice', stem: 'All or nothing', scoring: 'all_or_nothing', options: [{ id: 'a', text: 'A', fraction: 1 }, { id: 'b', text: 'B', fraction: 1 }, { id: 'c', text: 'C', fraction: 0 }] }),
  exportable({ type: 'true_false', stem: 'Refunds within 14 days?', correct: false, feedbackTrue: 'No.', feedbackFalse: 'Right.' }),
  exportable({ type: 'fill_blank', stem: 'Greeting word?', text: '[[g]]', blanks: [{ id: 'g', caseSensitive: true, accepted: [{ value: 'Welcome', kind: 'text', fraction: 1 }, { value: 'Hel*o', kind: 'text', fraction: 0.5 }, { value: 'Hi.*', kind: 'regex', fraction: 0.2, feedback: 'Too casual' }] }] }),
  exportable({ type: 'fill_blank', stem: '<p>Complete the script.</p>', text: 'Thank you for calling [[brand]], I am [[name]]~ {ok} #1', blanks: [{ id: 'brand', accepted: [{ value: 'Acme}Mobile', kind: 'text', fraction: 1, feedback: 'Yes # ~ }' }] }, { id: 'name', accepted: [{ value: '.*', kind: 'regex', fraction: 1 }] }] }),
  exportable({ type: 'numerical', stem: 'Data in the Plus plan?', answers: [{ value: 20, tolerance: 0, fraction: 1, feedback: '20 GB' }, { value: 20, tolerance: 2.5, fraction: 0.5 }], units: [{ unit: 'GB', multiplier: 1 }, { unit: 'MB', multiplier: 1000 }], unitPolicy: 'required', unitPenalty: 0.25 }),
  exportable({ type: 'numerical', stem: 'Fee?', answers: [{ value: -3.75, tolerance: 0.01, fraction: 1 }], unitPolicy: 'optional', unitPenalty: 0 }),
  exportable({ type: 'ordering', stem: 'Order the steps', scoring: 'all_or_nothing', items: [{ id: 'x', text: 'Listen' }, { id: 'y', text: 'Apologise' }, { id: 'z', text: 'Resolve' }] }),
  exportable({ type: 'ordering', stem: 'Order again', scoring: 'partial', items: [{ id: 'x', text: '倾听' }, { id: 'y', text: '道歉' }] }),
  exportable({
    type: 'matching',
    stem: 'Match teams',
    scoring: 'partial',
    prompts: [
      { id: 'p', text: '<p>Billing</p>', choiceId: 'f' },
      { id: 'q', text: '<p>Refund</p>', choiceId: 'f' },
      { id: 'r', text: '<p>Outage</p>', choiceId: 'n' },
    ],
    choices: [
      { id: 'f', text: 'Finance' },
      { id: 'n', text: 'Network' },
      { id: 'm', text: 'Marketing' },
    ],
  }),
  exportable({
    type: 'essay',
    stem: 'Open the call.',
    responseFormat: 'short',
    minWords: 10,
    maxWords: 80,
    graderInfo: '<p>Empathy first.</p>',
    rubric: { criteria: [{ id: 'e', description: 'Empathy -- tone', levels: [{ points: 0, description: 'None' }, { points: 2, description: 'Clear' }] }] },
  }),
  exportable({ type: 'essay', stem: 'Describe.', responseFormat: 'long' }),
  exportable({
    type: 'scenario',
    stem: 'Roaming case',
    caseText: '<p>A customer in 深圳 has no data.</p>',
    parts: [
      { id: 'a', weight: 2, question: { type: 'single_choice', stem: 'First check?', shuffleOptions: false, options: [{ id: 'x', text: 'APN', fraction: 1, feedback: 'Yes' }, { id: 'y', text: 'Brightness', fraction: 0 }] } },
      { id: 'b', weight: 1, question: { type: 'numerical', stem: 'Daily fee?', answers: [{ value: 3, tolerance: 0.1, fraction: 1 }], unitPolicy: 'optional', unitPenalty: 0 } },
      { id: 'c', weight: 3, question: { type: 'multiple_choice', stem: 'Which apply?', scoring: 'weighted', options: [{ id: 'x', text: 'Roaming on', fraction: 0.5 }, { id: 'y', text: 'Cap ok', fraction: 0.5 }, { id: 'z', text: 'Bluetooth', fraction: -0.25 }] } },
      { id: 'd', weight: 1, question: { type: 'fill_blank', stem: 'Ticket code?', text: '[[t]]', blanks: [{ id: 't', accepted: [{ value: 'RM-01', kind: 'text', fraction: 1 }] }] } },
    ],
  }),
];

describe('exportMoodleXml', () => {
  it('writes Moodle-shaped XML: category pseudo-questions, CDATA, base64 files, tags with metadata', () => {
    const { xml, skipped } = exportMoodleXml(samples);
    expect(skipped).toEqual([]);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n')).toBe(true);
    expect(xml).toContain('<text>$course$/top/Products//Services/换机</text>');
    expect(xml.match(/<question type="category">/gu)).toHaveLength(3);
    expect(xml).toContain('<question type="multichoice">');
    expect(xml).toContain('<question type="multichoiceset">');
    expect(xml).toContain('<question type="cloze">');
    expect(xml).toContain('<file name="plan card.png" path="/" encoding="base64">iVBORw0KGgoAAQL/</file>');
    expect(xml).toContain('<tag><text>difficulty:3</text></tag>');
    expect(xml).toContain('<tag><text>dimension:sales</text></tag>');
    expect(xml).toContain(']]]]><![CDATA[>');
    expect(xml).toContain('{2:MULTICHOICE:=APN#Yes~%0%Brightness}');
  });

  it('round-trips every exportable type with categories, tags, dimensions, difficulty and files', () => {
    const { imported } = roundTrip(samples);
    expect(imported.rejected).toEqual([]);
    expect(imported.warnings).toEqual([]);
    expect(imported.questions.map(canonical)).toEqual(samples.map(canonical));
  });

  it('skips what Moodle cannot express, each with a reason, and exports the rest', () => {
    const { xml, skipped } = exportMoodleXml([
      exportable({ type: 'matching', stem: 'M', scoring: 'all_or_nothing', prompts: [{ id: 'a', text: 'A', choiceId: 'x' }, { id: 'b', text: 'B', choiceId: 'x' }], choices: [{ id: 'x', text: 'X' }] }, { name: 'Strict matching' }),
      exportable({ type: 'fill_blank', stem: 'Code?', text: '[[c]]', blanks: [{ id: 'c', accepted: [{ value: '[A-Z]{2}\\d+', kind: 'regex', fraction: 1 }] }] }, { name: 'Regex' }),
      exportable(
        { type: 'scenario', stem: 'S', caseText: 'Case', parts: [{ id: 'a', weight: 1, question: { type: 'ordering', stem: 'O', scoring: 'partial', items: [{ id: 'x', text: 'X' }, { id: 'y', text: 'Y' }] } }] },
        { name: 'Scenario with ordering' },
      ),
      exportable({ type: 'true_false', stem: 'T', correct: true }, { name: 'Fine' }),
    ]);
    expect(skipped.map((s) => s.name)).toEqual(['Strict matching', 'Regex', 'Scenario with ordering']);
    expect(skipped[0].reason).toMatch(/partial credit/u);
    expect(skipped[1].reason).toMatch(/wildcard/u);
    expect(skipped[2].reason).toMatch(/Part 1/u);
    expect(parseMoodleXml(xml).questions.map((q) => q.name)).toEqual(['Fine']);
  });

  it('re-imports the fixture bank export identically (Moodle → Pathwise → Moodle → Pathwise)', () => {
    const first = parseMoodleXml(readFileSync(join(__dirname, '../../fixtures/moodle-xml/contact-centre-bank.moodle.xml')));
    const { exported, imported } = roundTrip(first.questions);
    expect(exported.skipped).toEqual([]);
    expect(imported.rejected).toEqual([]);
    expect(imported.questions.map(canonical)).toEqual(first.questions.map(canonical));
  });
});

describe('round trip property', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9\u4e00-\u4e0f][A-Za-z0-9 &<>"'\u4e00-\u4e0f]{0,10}[A-Za-z0-9\u4e00-\u4e0f]$/u);
  const name = fc.stringMatching(/^[A-Za-z0-9\u4e00-\u4e0f][A-Za-z0-9 /\u4e00-\u4e0f]{0,10}[A-Za-z0-9\u4e00-\u4e0f]$/u);
  const words = (min: number, max: number) => fc.uniqueArray(word, { minLength: min, maxLength: max, selector: (w) => w.toLowerCase() });
  const credit = fc.integer({ min: 1, max: 99 }).map((n) => n / 100);

  const questionArb: fc.Arbitrary<unknown> = fc.oneof(
    fc.tuple(words(2, 5), fc.nat(), fc.boolean()).map(([texts, pick, shuffle]) => ({
      type: 'single_choice',
      stem: 'Pick one',
      shuffleOptions: shuffle,
      options: texts.map((text, i) => ({ id: `o${i}`, text, fraction: i === pick % texts.length ? 1 : 0 })),
    })),
    fc.tuple(words(2, 5), fc.constantFrom('partial', 'all_or_nothing', 'weighted')).map(([texts, scoring]) => ({
      type: 'multiple_choice',
      stem: 'Pick some',
      scoring,
      options: texts.map((text, i) => ({ id: `o${i}`, text, fraction: i === 0 ? (scoring === 'weighted' ? 1 : 0.5) : -0.5 })),
    })),
    fc.tuple(fc.boolean(), fc.option(word, { nil: undefined })).map(([correct, feedback]) => ({ type: 'true_false', stem: 'True?', correct, ...(feedback ? { feedbackTrue: feedback } : {}) })),
    fc.tuple(words(1, 3), fc.array(credit, { minLength: 3, maxLength: 3 }), fc.boolean()).map(([values, credits, caseSensitive]) => ({
      type: 'fill_blank',
      stem: 'Fill',
      text: values.length === 1 ? '[[b0]]' : values.map((_, i) => `Gap [[b${i}]]`).join(' and '),
      blanks: values.map((value, i) => ({ id: `b${i}`, caseSensitive: caseSensitive && i === 0, accepted: [{ value, kind: 'text', fraction: 1 }, { value: `${value}*`, kind: 'text', fraction: credits[i] }] })),
    })),
    fc.tuple(fc.integer({ min: -1e6, max: 1e6 }), fc.integer({ min: 0, max: 500 }), fc.boolean()).map(([value, tolerance, units]) => ({
      type: 'numerical',
      stem: 'How much?',
      answers: [{ value: value / 100, tolerance: tolerance / 100, fraction: 1 }],
      ...(units ? { units: [{ unit: '元', multiplier: 1 }, { unit: '分', multiplier: 100 }], unitPolicy: 'required' } : { unitPolicy: 'optional' }),
      unitPenalty: 0.1,
    })),
    fc.tuple(words(2, 6), fc.constantFrom('partial', 'all_or_nothing')).map(([texts, scoring]) => ({ type: 'ordering', stem: 'Order', scoring, items: texts.map((text, i) => ({ id: `i${i}`, text })) })),
    fc.tuple(words(2, 4), words(1, 4)).map(([prompts, choices]) => ({
      type: 'matching',
      stem: 'Match',
      scoring: 'partial',
      prompts: prompts.map((text, i) => ({ id: `p${i}`, text, choiceId: `c${i % choices.length}` })),
      choices: choices.map((text, i) => ({ id: `c${i}`, text })),
    })),
    fc.tuple(fc.constantFrom('short', 'long'), fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined })).map(([responseFormat, minWords]) => ({ type: 'essay', stem: 'Write', responseFormat, ...(minWords ? { minWords } : {}) })),
    fc.tuple(fc.integer({ min: 1, max: 5 }), words(2, 3)).map(([weight, texts]) => ({
      type: 'scenario',
      stem: 'Case',
      caseText: 'A customer calls.',
      parts: [
        { id: 'a', weight, question: { type: 'single_choice', stem: 'Which?', options: texts.map((text, i) => ({ id: `o${i}`, text, fraction: i === 0 ? 1 : 0 })) } },
        { id: 'b', weight: 1, question: { type: 'numerical', stem: 'Fee?', answers: [{ value: 3, tolerance: 0, fraction: 1 }], unitPolicy: 'optional', unitPenalty: 0 } },
      ],
    })),
  );

  const exportableArb = fc
    .record({
      name,
      categoryPath: fc.array(name, { maxLength: 3 }),
      tags: fc.uniqueArray(word.filter((t) => !/^(difficulty|bloom|dimension)\s*:/iu.test(t)), { maxLength: 3 }),
      difficulty: fc.constantFrom(null, 1, 2, 3, 4, 5),
      bloom: fc.constantFrom(null, 'remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'),
      dimensions: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z-]{0,10}[a-z]$/u), { maxLength: 3 }),
      defaultPoints: fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
      idNumber: fc.option(fc.stringMatching(/^[A-Za-z0-9-]{1,8}$/u), { nil: null }),
      question: questionArb,
    })
    .map(({ question, ...r }) => exportable(question, { ...r, difficulty: r.difficulty as ExportableQuestion['difficulty'], bloom: r.bloom as ExportableQuestion['bloom'] }));

  it('parseMoodleXml(exportMoodleXml(qs).xml) reproduces the questions', () => {
    fc.assert(
      fc.property(fc.array(exportableArb, { maxLength: 6 }), (questions) => {
        const { exported, imported } = roundTrip(questions);
        expect(exported.skipped).toEqual([]);
        expect(imported.rejected).toEqual([]);
        const expected = questions.map(canonical);
        expect(imported.questions.map(canonical)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
