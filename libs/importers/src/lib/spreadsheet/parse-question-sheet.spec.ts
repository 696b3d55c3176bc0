import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { parseQuestionSheet } from './parse-question-sheet';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '../../fixtures/spreadsheet', name)));
const csv = (text: string) => new TextEncoder().encode(text);

async function xlsx(rows: ExcelJS.CellValue[][], sheetName = 'Questions', extra?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  extra?.(wb);
  const sheet = wb.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe('parseQuestionSheet: CSV fixture with every type', () => {
  it('reads one question per row, Chinese aliases included', async () => {
    const result = await parseQuestionSheet(fixture('questions.csv'), 'csv');
    expect(result.rejected).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.questions.map((q) => [q.source.line, q.question.type])).toEqual([
      [2, 'single_choice'],
      [3, 'multiple_choice'],
      [6, 'true_false'],
      [7, 'fill_blank'],
      [10, 'numerical'],
      [11, 'matching'],
      [14, 'ordering'],
      [15, 'essay'],
    ]);
    const [single, multiple, trueFalse, fill, numerical, matching, ordering, essay] = result.questions;

    expect(single).toMatchObject({ name: 'Trade-in plan', categoryPath: ['Products', 'Trade-in'], tags: ['trade-in', 'plans'], difficulty: 2, bloom: 'remember', dimensions: ['product-knowledge'], defaultPoints: 1, idNumber: 'TI-001' });
    expect(single.question).toEqual({
      type: 'single_choice',
      stem: 'Which plan includes a free trade-in?',
      generalFeedback: 'Only Plus includes it.',
      shuffleOptions: true,
      options: [
        { id: 'A', text: 'Basic', fraction: 0 },
        { id: 'B', text: 'Plus', fraction: 1 },
        { id: 'C', text: 'Premium', fraction: 0 },
      ],
    });

    expect(multiple).toMatchObject({ categoryPath: ['合规', '身份验证'], bloom: 'understand', defaultPoints: 2, tags: ['身份验证'] });
    expect(multiple.question).toMatchObject({ type: 'multiple_choice', scoring: 'partial', options: [{ text: '身份证', fraction: 0.5 }, { text: '护照', fraction: 0.5 }, { text: '水电费账单', fraction: 0 }] });

    expect(trueFalse.question).toEqual({ type: 'true_false', correct: true, stem: '退款到信用卡最多需要 5 个工作日。' });
    expect(trueFalse.name).toBe('退款到信用卡最多需要 5 个工作日。');

    expect(fill.question).toEqual({
      type: 'fill_blank',
      stem: 'Complete the greeting.',
      text: 'Thank you for calling [[1]], my name is [[2]].',
      blanks: [
        { id: '1', accepted: [{ value: 'Pathwise Mobile', kind: 'text', fraction: 1 }, { value: 'Pathwise', kind: 'text', fraction: 1 }] },
        { id: '2', accepted: [{ value: '[A-Z][a-z]+', kind: 'regex', fraction: 1 }] },
      ],
    });

    expect(numerical.question).toEqual({
      type: 'numerical',
      stem: 'A customer used 12.5 GB of 20 GB. How many GB are left?',
      answers: [
        { value: 7.5, tolerance: 0.1, fraction: 1 },
        { value: 7, tolerance: 1, fraction: 0.5 },
      ],
      unitPolicy: 'optional',
      unitPenalty: 0,
    });

    expect(matching.question).toEqual({
      type: 'matching',
      stem: '将客户问题与处理部门匹配。',
      scoring: 'partial',
      prompts: [
        { id: 'p1', text: '账单争议', choiceId: 'c1' },
        { id: 'p2', text: '网络故障', choiceId: 'c2' },
      ],
      choices: [
        { id: 'c1', text: '财务部' },
        { id: 'c2', text: '技术支持' },
        { id: 'c3', text: '市场部' },
      ],
    });

    expect(ordering.question).toMatchObject({ type: 'ordering', scoring: 'partial', items: [{ id: '1', text: 'Listen' }, { id: '2', text: 'Apologise' }, { id: '3', text: 'Solve' }, { id: '4', text: 'Follow up' }] });
    expect(essay.question).toEqual({ type: 'essay', stem: 'Describe how you would calm an angry customer.', responseFormat: 'short', minWords: 20, maxWords: 100 });
    expect(essay).toMatchObject({ defaultPoints: 5, difficulty: 4, bloom: 'evaluate', dimensions: ['communication', 'empathy'] });
  });

  it('escapes plain text as HTML and keeps HTML as written', async () => {
    const file = csv('type,question,options,answer\nsingle_choice,"Is 3 < 5 & 5 > 3?\nSay so.",<b>Yes</b>|No,A\n');
    const [q] = (await parseQuestionSheet(file, 'csv')).questions;
    expect(q.question).toMatchObject({ stem: 'Is 3 &lt; 5 &amp; 5 &gt; 3?<br>Say so.', options: [{ text: '<b>Yes</b>' }, { text: 'No' }] });
  });

  it('reads credits, compact letters, option numbers and no_shuffle', async () => {
    const file = csv(
      [
        'type,question,options,answer,scoring',
        'multiple_choice,Q1,a|b|c|d,"A:50%, B:0.5, D:-100%",',
        'multiple_choice,Q2,a|b|c,AC,"partial, no_shuffle"',
        'single_choice,Q3,a|b|c,2,',
        'single_choice,Q4,a|b|c,"B:100%, C:50%",',
      ].join('\n'),
    );
    const { questions, rejected } = await parseQuestionSheet(file, 'csv');
    expect(rejected).toEqual([]);
    expect(questions[0].question).toMatchObject({ scoring: 'weighted', options: [{ fraction: 0.5 }, { fraction: 0.5 }, { fraction: 0 }, { fraction: -1 }] });
    expect(questions[1].question).toMatchObject({ scoring: 'partial', shuffleOptions: false, options: [{ fraction: 0.5 }, { fraction: 0 }, { fraction: 0.5 }] });
    expect(questions[2].question).toMatchObject({ options: [{ fraction: 0 }, { fraction: 1 }, { fraction: 0 }] });
    expect(questions[3].question).toMatchObject({ options: [{ fraction: 0 }, { fraction: 1 }, { fraction: 0.5 }] });
  });

  it('accepts Chinese and differently spelled headings', async () => {
    const file = csv('分类,题型,题干,选项,答案,难度,标签\n产品,单选,哪个？,甲|乙,B,3,"x，y"\n');
    const { questions, rejected } = await parseQuestionSheet(file, 'csv');
    expect(rejected).toEqual([]);
    expect(questions[0]).toMatchObject({ categoryPath: ['产品'], difficulty: 3, tags: ['x', 'y'] });
    const spaced = csv('Question Type,QUESTION,Options,Answer,ID Number\ntrue_false,Sky is blue,,T,Q-1\n');
    expect((await parseQuestionSheet(spaced, 'csv')).questions[0]).toMatchObject({ idNumber: 'Q-1', question: { correct: true } });
  });
});

describe('parseQuestionSheet: row errors', () => {
  it('names the row and the column of every problem', async () => {
    const result = await parseQuestionSheet(fixture('errors.csv'), 'csv');
    expect(result.questions.map((q) => q.source.line)).toEqual([7]);
    const byLine = new Map(result.rejected.map((r) => [r.source.line, r]));
    expect([...byLine.keys()]).toEqual([2, 3, 4, 5, 6, 8]);
    expect(result.rejected.every((r) => r.kind === 'invalid')).toBe(true);
    expect(byLine.get(2)?.message).toMatch(/^Row 2: answer \(column E\): The answer names "C", but there are 2 options/);
    expect(byLine.get(3)?.message).toMatch(/^Row 3: type \(column B\): Unknown question type "riddle"/);
    expect(byLine.get(4)?.message).toMatch(/^Row 4: difficulty \(column F\): Difficulty must be a whole number from 1 to 5; it is "7"/);
    const row5 = byLine.get(5)?.message ?? '';
    expect(row5).toMatch(/bloom \(column G\): Unknown Bloom level "guess"/);
    expect(row5).toMatch(/answer \(column E\): "maybe" is not true or false/);
    expect(byLine.get(6)?.message).toMatch(/^Row 6: question \(column C\): A fill-in question needs a placeholder/);
    expect(byLine.get(8)?.message).toMatch(/^Row 8: options \(column D\): .*at least two prompts/);
    expect(byLine.get(8)?.source.label).toBe('Match them.');
  });

  it('reports engine validation problems against the right column', async () => {
    const file = csv('type,question,options,answer\nfill_blank,"Say [[1]] and [[1]]",,1: hi\n');
    const { rejected } = await parseQuestionSheet(file, 'csv');
    expect(rejected).toHaveLength(1);
    expect(rejected[0].message).toMatch(/^Row 2: question \(column B\): .*\[\[1\]\] appears more than once/);
  });

  it('refuses a header without the required columns, or no header at all', async () => {
    const noType = await parseQuestionSheet(csv('question,answer\nWhy?,A\n'), 'csv');
    expect(noType.rejected).toEqual([{ source: { line: 1, label: 'header' }, kind: 'invalid', message: 'Row 1: the header has no "type" column, which is required.' }]);
    const noHeader = await parseQuestionSheet(csv('single_choice,Why?,a|b,A\n'), 'csv');
    expect(noHeader.rejected[0].message).toMatch(/^Row 1 must be the header row/);
    const dup = await parseQuestionSheet(csv('type,question,题干\ntrue_false,x,y\n'), 'csv');
    expect(dup.rejected[0].message).toMatch(/"question" appears twice \(columns B and C\)/);
  });

  it('warns about unknown columns and values without a heading, and ignored cells', async () => {
    const file = csv('type,question,answer,colour,\ntrue_false,Sky is blue,true,blue,stray\nessay,Why?,,,\n');
    const { questions, warnings } = await parseQuestionSheet(file, 'csv');
    expect(questions).toHaveLength(2);
    expect(warnings.map((w) => w.message)).toEqual([expect.stringMatching(/column D "colour" is not a known column/), expect.stringMatching(/^Row 2: Cell E \("stray"\) has no known column heading/)]);
  });

  it('refuses too many rows and too big files', async () => {
    const rows = ['type,question,answer', ...Array.from({ length: 4 }, (_, i) => `true_false,Q${i},true`)].join('\n');
    const many = await parseQuestionSheet(csv(rows), 'csv', { maxRows: 3 });
    expect(many.rejected).toEqual([{ source: { line: 5, label: 'file' }, kind: 'invalid', message: expect.stringMatching(/4 question rows; at most 3/) }]);
    const big = await parseQuestionSheet(csv(rows), 'csv', { maxBytes: 10 });
    expect(big.rejected[0].message).toMatch(/files up to 0 MB can be imported/);
    expect((await parseQuestionSheet(new Uint8Array(), 'csv')).rejected[0].message).toBe('The file is empty.');
  });
});

describe('parseQuestionSheet: encodings', () => {
  it('refuses a GBK CSV naming the encoding', async () => {
    const { questions, rejected } = await parseQuestionSheet(fixture('gbk.csv'), 'csv');
    expect(questions).toEqual([]);
    expect(rejected).toHaveLength(1);
    expect(rejected[0].source.label).toBe('file');
    expect(rejected[0].message).toMatch(/GBK/);
  });

  it('reads UTF-16 with a BOM and UTF-8 with a BOM', async () => {
    const text = 'type,question,answer\n判断,天是蓝的,对\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    expect((await parseQuestionSheet(utf16, 'csv')).questions).toHaveLength(1);
    expect((await parseQuestionSheet(csv(`\uFEFF${text}`), 'csv')).questions).toHaveLength(1);
  });

  it('refuses an XLSX uploaded as CSV', async () => {
    const book = await xlsx([['type', 'question', 'answer']]);
    expect((await parseQuestionSheet(book, 'csv')).rejected[0].message).toMatch(/Excel workbook, not a CSV/);
  });
});

describe('parseQuestionSheet: XLSX', () => {
  it('reads the Questions sheet with rich text, numbers, formulas, dates and hyperlinks', async () => {
    const book = await xlsx(
      [
        ['Category', 'Type', 'Question', 'Options', 'Answer', 'Points', 'Difficulty', 'Tags'],
        ['Products', 'single_choice', { richText: [{ text: 'Which ', font: { bold: true } }, { text: 'plan?' }] }, 'A\nB', 'B', 2.5, { formula: '1+2', result: 3 }, { text: 'link', hyperlink: 'https://x.test' }],
        ['Products', 'numerical', 'How many?', null, 42, null, null, new Date(Date.UTC(2026, 2, 1))],
      ],
      'Questions',
      (wb) => wb.addWorksheet('Instructions').addRow(['not', 'questions']),
    );
    const { questions, rejected } = await parseQuestionSheet(book, 'xlsx');
    expect(rejected).toEqual([]);
    expect(questions[0]).toMatchObject({ source: { line: 2 }, defaultPoints: 2.5, difficulty: 3, tags: ['link'], question: { stem: 'Which plan?' } });
    expect(questions[1]).toMatchObject({ source: { line: 3 }, tags: ['2026-03-01'], question: { answers: [{ value: 42, tolerance: 0, fraction: 1 }] } });
  });

  it('reads a 题库 sheet when it is not the first, with row numbers as Excel shows them', async () => {
    const book = await xlsx([['题型', '题干', '答案'], [], ['判断', '对吗？', '错'], ['判断', '', '对']], '题库', (wb) => wb.addWorksheet('说明').addRow(['说明']));
    const { questions, rejected } = await parseQuestionSheet(book, 'xlsx');
    expect(questions).toMatchObject([{ source: { line: 3 }, question: { correct: false } }]);
    expect(rejected[0].message).toMatch(/^Row 4: question \(column B\): The question text is empty/);
  });

  it('refuses non-zip bytes, an .xls binary and a zip that is not a workbook', async () => {
    expect((await parseQuestionSheet(csv('type,question\n'), 'xlsx')).rejected[0].message).toMatch(/not an Excel workbook \(\.xlsx\)/);
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect((await parseQuestionSheet(xls, 'xlsx')).rejected[0].message).toMatch(/Save As.*\.xlsx/);
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('hello.txt', 'hi');
    const plainZip = await zip.generateAsync({ type: 'uint8array' });
    expect((await parseQuestionSheet(plainZip, 'xlsx')).rejected[0].message).toMatch(/not an Excel workbook \(it has no xl\/workbook.xml\)/);
    const truncated = plainZip.slice(0, 20);
    expect((await parseQuestionSheet(truncated, 'xlsx')).rejected[0].message).toMatch(/damaged/);
  });
});

describe('parseQuestionSheet never throws', () => {
  it('on arbitrary bytes, as CSV or XLSX', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), fc.constantFrom('csv' as const, 'xlsx' as const), async (bytes, format) => {
        const result = await parseQuestionSheet(bytes, format);
        expect(Array.isArray(result.questions) && Array.isArray(result.rejected)).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('on a real workbook with corrupted bytes', async () => {
    const book = await xlsx([['type', 'question', 'answer'], ['true_false', 'Sky is blue', 'true']]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat({ max: book.byteLength - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), async (edits) => {
        const bytes = book.slice();
        for (const [at, value] of edits) bytes[at] = value;
        const result = await parseQuestionSheet(bytes, 'xlsx');
        expect(result.questions.length + result.rejected.length).toBeGreaterThan(0);
      }),
      { numRuns: 50 },
    );
  });

  it('on arbitrary cell text in a valid CSV layout', async () => {
    const cellText = fc.string({ maxLength: 40 });
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cellText, { minLength: 6, maxLength: 6 }), { maxLength: 5 }), fc.constantFrom('single_choice', 'multiple_choice', 'fill_blank', 'numerical', 'matching', 'ordering', 'essay', 'true_false'), async (rows, type) => {
        const { toCsv } = await import('../csv/to-csv');
        const file = csv(toCsv([['type', 'question', 'options', 'answer', 'scoring', 'difficulty', 'category'], ...rows.map((r) => [type, ...r])]));
        const result = await parseQuestionSheet(file, 'csv');
        for (const q of result.questions) expect(q.question.type).toBe(type);
      }),
      { numRuns: 100 },
    );
  });
});
