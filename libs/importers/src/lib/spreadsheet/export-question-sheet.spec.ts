import { validateQuestion, type Question } from '@pathwise/assessment';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { missingWordStem } from '../gift/parse-gift';
import type { ExportableQuestion } from '../questions/imported-question';
import { cellToHtml } from './cell-text';
import { QUESTION_SHEET_COLUMNS } from './columns';
import { exportQuestionSheet } from './export-question-sheet';
import { parseQuestionSheet } from './parse-question-sheet';
import { QUESTION_SHEET_TEMPLATE_CSV, questionSheetTemplateXlsx } from './template';

function valid(definition: unknown): Question {
  const result = validateQuestion(definition);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.question;
}

const meta = (question: Question, extra: Partial<ExportableQuestion> = {}): ExportableQuestion => ({
  name: 'Q',
  categoryPath: ['Products', 'Trade-in'],
  tags: ['vip'],
  difficulty: 3,
  bloom: 'apply',
  dimensions: ['product-knowledge'],
  defaultPoints: 1,
  idNumber: null,
  question,
  files: [],
  ...extra,
});

const strip = (qs: { source?: unknown }[]) => qs.map(({ source: _source, ...rest }) => rest);

// ---- generators of questions the layout can express, with the ids the importer assigns ----
const word = fc.stringMatching(/^[A-Za-z0-9\u4e00-\u4e10]([A-Za-z0-9 &<>\u4e00-\u4e10]{0,8}[A-Za-z0-9\u4e00-\u4e10])?$/);
const plain = (multiLine: boolean) => (multiLine ? fc.array(word, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n')) : word);
const html = (multiLine = false) => plain(multiLine).map(cellToHtml);
const letter = (i: number) => String.fromCharCode(65 + i);
const credit = fc.integer({ min: -100, max: 99 }).map((n) => n / 100 + 0);

const single = fc.tuple(html(true), fc.array(html(), { minLength: 2, maxLength: 6 }), fc.nat(), fc.boolean(), fc.array(credit, { minLength: 6, maxLength: 6 }), fc.boolean()).map(([stem, texts, pick, weighted, credits, shuffle]) => ({
  type: 'single_choice',
  stem,
  shuffleOptions: shuffle,
  options: texts.map((text, i) => ({ id: letter(i), text, fraction: i === pick % texts.length ? 1 : weighted ? credits[i] : 0 })),
}));

const multiple = fc
  .tuple(html(true), fc.array(html(), { minLength: 2, maxLength: 6 }), fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }), fc.constantFrom('all_or_nothing', 'partial', 'weighted'), fc.boolean())
  .map(([stem, texts, flags, scoring, canonical]) => {
    const right = texts.map((_, i) => flags[i] || i === 0);
    const k = right.filter(Boolean).length;
    const fraction = (i: number) => (right[i] ? 1 / k : canonical ? 0 : -0.25);
    return { type: 'multiple_choice', stem, scoring, shuffleOptions: true, options: texts.map((text, i) => ({ id: letter(i), text, fraction: fraction(i) })) };
  });

const trueFalse = fc.tuple(html(true), fc.boolean()).map(([stem, correct]) => ({ type: 'true_false', stem, correct }));

const answerValue = fc.oneof(fc.stringMatching(/^[A-Za-z0-9\u4e00-\u4e10]([A-Za-z0-9 ,.\u4e00-\u4e10]{0,8}[A-Za-z0-9])?$/).map((value) => ({ value, kind: 'text', fraction: 1 })), fc.constantFrom('[a-z]+', '\\d{2,4}', 'colou?r').map((value) => ({ value, kind: 'regex', fraction: 1 })));
const fillBlank = fc
  .tuple(fc.uniqueArray(fc.stringMatching(/^[a-z0-9]{1,3}$/), { minLength: 1, maxLength: 3 }), fc.array(word, { minLength: 4, maxLength: 4 }), fc.array(fc.array(answerValue, { minLength: 1, maxLength: 3 }), { minLength: 3, maxLength: 3 }), fc.option(html(true), { nil: undefined }))
  .map(([ids, words, accepted, stem]) => {
    const text = cellToHtml(ids.map((id, i) => `${words[i]} [[${id}]]`).join(' ') + ` ${words[3]}`);
    return { type: 'fill_blank', stem: stem ?? missingWordStem(text), text, blanks: ids.map((id, i) => ({ id, accepted: accepted[i] })) };
  });

const numerical = fc
  .tuple(html(), fc.array(fc.record({ value: fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 100), tolerance: fc.integer({ min: 0, max: 500 }).map((n) => n / 100), fraction: fc.integer({ min: 0, max: 100 }).map((n) => n / 100) }), { minLength: 1, maxLength: 3 }))
  .map(([stem, answers]) => ({ type: 'numerical', stem, answers: answers.map((a, i) => (i === 0 ? { ...a, fraction: 1 } : a)), unitPolicy: 'optional', unitPenalty: 0 }));

const matching = fc
  .tuple(html(), fc.array(html(), { minLength: 2, maxLength: 4 }), fc.uniqueArray(html(), { minLength: 1, maxLength: 5 }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }), fc.constantFrom('all_or_nothing', 'partial'))
  .map(([stem, promptTexts, choiceTexts, picks, scoring]) => {
    const order: string[] = [];
    const prompts = promptTexts.map((text, i) => {
      const choice = choiceTexts[picks[i] % choiceTexts.length];
      if (!order.includes(choice)) order.push(choice);
      return { id: `p${i + 1}`, text, choiceId: `c${order.indexOf(choice) + 1}` };
    });
    for (const choice of choiceTexts) if (!order.includes(choice)) order.push(choice);
    return { type: 'matching', stem, scoring, prompts, choices: order.map((text, i) => ({ id: `c${i + 1}`, text })) };
  });

const ordering = fc.tuple(html(), fc.array(html(), { minLength: 2, maxLength: 6 }), fc.constantFrom('all_or_nothing', 'partial')).map(([stem, texts, scoring]) => ({ type: 'ordering', stem, scoring, items: texts.map((text, i) => ({ id: String(i + 1), text })) }));

const essay = fc.tuple(html(true), fc.constantFrom('short', 'long'), fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }), fc.option(fc.integer({ min: 50, max: 500 }), { nil: undefined })).map(([stem, responseFormat, minWords, maxWords]) => ({
  type: 'essay',
  stem,
  responseFormat,
  ...(minWords !== undefined ? { minWords } : {}),
  ...(maxWords !== undefined ? { maxWords } : {}),
}));

const segment = fc.stringMatching(/^[A-Za-z0-9\u4e00-\u4e10]([A-Za-z0-9 /\u4e00-\u4e10]{0,6}[A-Za-z0-9])?$/);
const code = fc.stringMatching(/^[a-z0-9\u4e00-\u4e10][a-z0-9-]{0,8}$/);
const exportable: fc.Arbitrary<ExportableQuestion> = fc
  .record({
    definition: fc.oneof(single, multiple, trueFalse, fillBlank, numerical, matching, ordering, essay),
    feedback: fc.option(html(true), { nil: undefined }),
    name: fc.stringMatching(/^[A-Za-z0-9\u4e00-\u4e10]([A-Za-z0-9 =+\-\u4e00-\u4e10]{0,12}[A-Za-z0-9])?$/),
    categoryPath: fc.array(segment, { maxLength: 3 }),
    tags: fc.uniqueArray(code, { maxLength: 3 }),
    dimensions: fc.uniqueArray(code, { maxLength: 2 }),
    difficulty: fc.constantFrom(null, 1, 2, 3, 4, 5),
    bloom: fc.constantFrom(null, 'remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'),
    defaultPoints: fc.constantFrom(1, 2, 0.5, 10),
    idNumber: fc.option(fc.stringMatching(/^[A-Z]{1,3}-\d{1,4}$/), { nil: null }),
  })
  .map(({ definition, feedback, ...rest }) => ({
    ...rest,
    // A single level containing "/" but no ">" is fine; the exporter adds a trailing ">".
    question: valid({ ...definition, ...(feedback ? { generalFeedback: feedback } : {}) }),
    files: [],
  })) as fc.Arbitrary<ExportableQuestion>;

describe('exportQuestionSheet → parseQuestionSheet round trip', () => {
  it.each(['csv', 'xlsx'] as const)('reproduces definitions and metadata (%s)', async (format) => {
    await fc.assert(
      fc.asyncProperty(fc.array(exportable, { minLength: 1, maxLength: 6 }), async (questions) => {
        const { file, skipped } = await exportQuestionSheet(questions, format);
        expect(skipped).toEqual([]);
        const back = await parseQuestionSheet(file, format);
        expect(back.rejected).toEqual([]);
        expect(back.warnings).toEqual([]);
        expect(strip(back.questions)).toEqual(questions);
      }),
      { numRuns: format === 'xlsx' ? 30 : 100 },
    );
  });

  it('keeps values that look like formulas, guarded in CSV', async () => {
    const q = meta(valid({ type: 'numerical', stem: '=1+1?', answers: [{ value: -3, tolerance: 0.5, fraction: 1 }], unitPolicy: 'optional', unitPenalty: 0 }), { name: '=HYPERLINK("x")', tags: ['-risky', '@home'] });
    const { file } = await exportQuestionSheet([q], 'csv');
    expect([...file.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(file);
    expect(text).toContain(`"'=HYPERLINK(""x"")"`);
    expect(text).toContain("'-3 ± 0.5");
    expect(strip((await parseQuestionSheet(file, 'csv')).questions)).toEqual([q]);
  });
});

describe('exportQuestionSheet', () => {
  const rubricEssay = meta(valid({ type: 'essay', stem: 'Explain.', responseFormat: 'long', rubric: { criteria: [{ id: 'c1', description: 'Empathy', levels: [{ points: 2, description: 'Good' }] }] } }), { name: 'Rubric essay' });
  const scenario = meta(valid({ type: 'scenario', stem: 'Case', caseText: 'A customer calls.', parts: [{ id: 'p1', weight: 1, question: { type: 'true_false', stem: 'OK?', correct: true } }] }), { name: 'Case' });
  const optionFeedback = meta(valid({ type: 'single_choice', stem: 'Which?', options: [{ id: 'a', text: 'A', fraction: 1, feedback: 'Yes' }, { id: 'b', text: 'B', fraction: 0 }] }), { name: 'With feedback' });
  const units = meta(valid({ type: 'numerical', stem: 'Weight?', answers: [{ value: 1, tolerance: 0, fraction: 1 }], units: [{ unit: 'kg', multiplier: 1 }], unitPolicy: 'required', unitPenalty: 0.1 }), { name: 'Units' });
  const plainTf = meta(valid({ type: 'true_false', stem: 'Fine.', correct: false }), { name: 'Fine' });

  it('lists what the layout cannot carry in skipped, with a reason, and exports the rest', async () => {
    const { file, skipped } = await exportQuestionSheet([rubricEssay, scenario, optionFeedback, units, plainTf], 'csv');
    expect(skipped).toEqual([
      { name: 'Rubric essay', reason: expect.stringMatching(/rubric/i) },
      { name: 'Case', reason: expect.stringMatching(/Scenarios/) },
      { name: 'With feedback', reason: expect.stringMatching(/feedback on individual options/) },
      { name: 'Units', reason: expect.stringMatching(/units/) },
    ]);
    expect((await parseQuestionSheet(file, 'csv')).questions.map((q) => q.name)).toEqual(['Fine']);
  });

  it('writes an XLSX with a bold frozen header, column widths and a bilingual instructions sheet', async () => {
    const { file } = await exportQuestionSheet([plainTf], 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file) as unknown as ExcelJS.Buffer);
    const [sheet, help] = wb.worksheets;
    expect(sheet.name).toBe('Questions');
    expect(sheet.getRow(1).values).toEqual([undefined, ...QUESTION_SHEET_COLUMNS.map((c) => c.key)]);
    expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(4).width).toBe(50);
    expect(help.name).toBe('Instructions 说明');
    expect(help.getRow(2).values).toEqual([undefined, 'category', '', expect.stringContaining('Category path'), expect.stringContaining('分类路径')]);
  });
});

describe('template', () => {
  it('the CSV template has one valid example per type', async () => {
    expect(QUESTION_SHEET_TEMPLATE_CSV.startsWith('\uFEFFcategory,type,name,question,options,answer,scoring,points,difficulty,bloom,dimensions,tags,feedback,id_number\r\n')).toBe(true);
    const { questions, rejected, warnings } = await parseQuestionSheet(new TextEncoder().encode(QUESTION_SHEET_TEMPLATE_CSV), 'csv');
    expect(rejected).toEqual([]);
    expect(warnings).toEqual([]);
    expect(questions.map((q) => q.question.type)).toEqual(['single_choice', 'multiple_choice', 'true_false', 'fill_blank', 'numerical', 'matching', 'ordering', 'essay']);
  });

  it('the XLSX template reads back the same questions', async () => {
    const fromCsv = await parseQuestionSheet(new TextEncoder().encode(QUESTION_SHEET_TEMPLATE_CSV), 'csv');
    const fromXlsx = await parseQuestionSheet(await questionSheetTemplateXlsx(), 'xlsx');
    expect(fromXlsx.rejected).toEqual([]);
    expect(strip(fromXlsx.questions)).toEqual(strip(fromCsv.questions));
  });
});
