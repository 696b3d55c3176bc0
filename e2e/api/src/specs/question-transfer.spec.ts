import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import JSZip from 'jszip';
import { DataSource } from 'typeorm';
import { QuestionFile } from '@pathwise/api/question-files/question-file.entity';
import { QuestionImport } from '@pathwise/api/question-transfer/question-import.entity';
import { binary } from '../support/binary-body';
import { bearer, startTestApi, TestApi } from '../support/test-api';

/* eslint-disable @typescript-eslint/no-explicit-any -- question definitions are compared as plain JSON */

interface ImportIssueBody {
  line?: number;
  element?: number;
  label: string;
  kind: 'invalid' | 'unsupported';
  message: string;
}

interface PreviewItemBody {
  line?: number;
  element?: number;
  name: string;
  type: string;
  categoryPath: string[];
  tags: string[];
  difficulty: number | null;
  bloom: string | null;
  dimensionCodes: string[];
  excerpt: string;
  fileCount: number;
}

interface PreviewBody {
  id: string;
  bankId: string;
  format: string;
  fileName: string;
  status: 'preview' | 'committed';
  accepted: PreviewItemBody[];
  rejected: ImportIssueBody[];
  warnings: ImportIssueBody[];
  newCategories: string[][];
}

interface QuestionDetailBody {
  id: string;
  bankId: string;
  categoryId: string;
  categoryPath: string[];
  name: string;
  type: string;
  status: string;
  difficulty: number | null;
  bloom: string | null;
  tags: string[];
  dimensionCodes: string[];
  defaultPoints: number;
  idNumber: string | null;
  definition: any;
}

interface CategoryBody {
  id: string;
  parentId: string | null;
  name: string;
  questionCount: number;
  totalCount: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const FIXTURES = join(__dirname, '..', 'fixtures', 'question-files');
const fixture = (name: string): Buffer => readFileSync(join(FIXTURES, name));
/** The 2×2 PNG embedded (base64) in contact-centre.moodle.xml. */
const PHONE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGOQ63j6/yA7w/+D7HIdTwEu7AaliOR6NwAAAABJRU5ErkJggg==', 'base64');
/** Another 2×2 PNG (green and grey). */
const BADGE_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFUlEQVR4nGPQW+Cit8CF4cOHD0AKACZ6BgeRAB1FAAAAAElFTkSuQmCC', 'base64');
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';


/**
 * A zip archive written with Node's zlib (jszip's pure-JS deflate of 200 MB takes several seconds).
 * A gzip member is a raw deflate stream between a 10-byte header and a trailer holding the CRC-32.
 */
function zipOf(entries: { name: string; data: Buffer }[]): Buffer {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const gzip = gzipSync(data, { level: 9 });
    const compressed = gzip.subarray(10, gzip.length - 8);
    const crc = gzip.readUInt32LE(gzip.length - 8);
    const fileName = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(fileName.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt16LE(0x21, 14);
    header.writeUInt32LE(crc, 16);
    header.writeUInt32LE(compressed.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(fileName.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, fileName, compressed);
    central.push(header, fileName);
    offset += local.length + fileName.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

/**
 * Renames the ids an importer is free to choose (options, blanks, prompts, choices, items, parts,
 * rubric criteria) by position, so definitions from different sources can be compared.
 */
function normaliseIds(definition: any): any {
  const q = structuredClone(definition);
  if (Array.isArray(q.options)) q.options = q.options.map((option: any, i: number) => ({ ...option, id: `o${i + 1}` }));
  if (Array.isArray(q.blanks)) {
    let text: string = q.text;
    const renamed = new Map<string, string>(q.blanks.map((blank: any, i: number) => [blank.id, `b${i + 1}`]));
    text = text.replace(/\[\[([^\]]+)\]\]/g, (whole, id: string) => (renamed.has(id) ? `[[${renamed.get(id)}]]` : whole));
    q.text = text;
    q.blanks = q.blanks.map((blank: any) => ({ ...blank, id: renamed.get(blank.id) }));
  }
  if (Array.isArray(q.choices)) {
    const renamed = new Map<string, string>(q.choices.map((choice: any, i: number) => [choice.id, `c${i + 1}`]));
    q.choices = q.choices.map((choice: any) => ({ ...choice, id: renamed.get(choice.id) }));
    q.prompts = q.prompts.map((prompt: any, i: number) => ({ ...prompt, id: `p${i + 1}`, choiceId: renamed.get(prompt.choiceId) }));
  }
  if (Array.isArray(q.items)) q.items = q.items.map((item: any, i: number) => ({ ...item, id: `i${i + 1}` }));
  if (Array.isArray(q.parts)) q.parts = q.parts.map((part: any, i: number) => ({ ...part, id: `part${i + 1}`, question: normaliseIds(part.question) }));
  if (q.rubric?.criteria) q.rubric = { ...q.rubric, criteria: q.rubric.criteria.map((criterion: any, i: number) => ({ ...criterion, id: `r${i + 1}` })) };
  return q;
}

/** Everything an export → import round trip should keep, ids normalised, lists that are sets sorted. */
const portable = (q: QuestionDetailBody) => ({
  name: q.name,
  type: q.type,
  categoryPath: q.categoryPath,
  tags: [...q.tags].sort(),
  dimensionCodes: [...q.dimensionCodes].sort(),
  difficulty: q.difficulty,
  bloom: q.bloom,
  defaultPoints: q.defaultPoints,
  idNumber: q.idNumber,
  definition: normaliseIds(q.definition),
});

describe('question import and export', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let trainer: string;
  let admin: string;
  let agent: string;

  const uniqueName = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;
  const createBank = async (label: string): Promise<string> =>
    (await api.http().post('/api/question-banks').set(bearer(trainer)).send({ name: uniqueName(label) }).expect(201)).body.id;
  const upload = (bankId: string, format: string, body: Buffer | string, fileName?: string, token = trainer) =>
    api
      .http()
      .post(`/api/question-banks/${bankId}/imports?format=${format}${fileName ? `&fileName=${encodeURIComponent(fileName)}` : ''}`)
      .set(bearer(token))
      .set('Content-Type', 'application/octet-stream')
      .send(Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'));
  const preview = async (bankId: string, format: string, body: Buffer | string, fileName?: string): Promise<PreviewBody> => {
    const response = await upload(bankId, format, body, fileName);
    expect({ status: response.status, message: response.body.message }).toEqual({ status: 201, message: undefined });
    return response.body;
  };
  const commit = (bankId: string, importId: string, body: Record<string, unknown> = {}, token = trainer) =>
    api.http().post(`/api/question-banks/${bankId}/imports/${importId}/commit`).set(bearer(token)).send(body);
  /** Every status, so drafts count too. */
  const search = async (bankId: string): Promise<{ total: number; items: { id: string; name: string; status: string }[] }> =>
    (await api.http().get(`/api/question-banks/${bankId}/questions?pageSize=200&status=draft,active,retired`).set(bearer(trainer)).expect(200)).body;
  const detail = async (questionId: string): Promise<QuestionDetailBody> => (await api.http().get(`/api/questions/${questionId}`).set(bearer(trainer)).expect(200)).body;
  /** Every question of a bank in full, by name. */
  const questionsByName = async (bankId: string): Promise<Map<string, QuestionDetailBody>> => {
    const found = await search(bankId);
    const details = await Promise.all(found.items.map((item) => detail(item.id)));
    const byName = new Map(details.map((q) => [q.name, q]));
    expect(byName.size).toBe(details.length);
    return byName;
  };
  const categories = async (bankId: string): Promise<CategoryBody[]> => (await api.http().get(`/api/question-banks/${bankId}/categories`).set(bearer(trainer)).expect(200)).body;
  /** The tree as `A › B: n` lines (n = questions directly in it). */
  const categoryLines = async (bankId: string): Promise<string[]> => {
    const nodes = await categories(bankId);
    const byId = new Map(nodes.map((node) => [node.id, node]));
    const path = (node: CategoryBody): string[] => (node.parentId ? [...path(byId.get(node.parentId) as CategoryBody), node.name] : [node.name]);
    const lines = nodes.map((node) => ({ key: path(node).join('\u0000'), line: `${path(node).join(' › ')}: ${node.questionCount}` }));
    return lines.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((entry) => entry.line);
  };
  const exportFile = async (bankId: string, request: Record<string, unknown>, token = trainer) => {
    const response = await api.http().post(`/api/question-banks/${bankId}/exports`).set(bearer(token)).send(request).buffer(true).parse(binary);
    const details = response.headers['x-export-skipped-details'];
    return {
      status: response.status,
      body: response.body as Buffer,
      headers: response.headers,
      skipped: Number(response.headers['x-export-skipped']),
      skippedDetails: (details ? JSON.parse(decodeURIComponent(details)) : undefined) as { name: string; reason: string }[],
    };
  };
  const importRows = () => dataSource.getRepository(QuestionImport).count();

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    [trainer, admin, agent] = await Promise.all(['trainer1@pathwise.local', 'admin@pathwise.local', 'agent01@pathwise.local'].map((email) => api.login(email)));
  });
  afterAll(() => api.close());

  describe('GIFT with one broken item among valid ones', () => {
    let bankId: string;
    let first: PreviewBody;

    beforeAll(async () => {
      bankId = await createBank('GIFT import');
    });

    it('previews every item with its line: the broken one rejected with a reason, nothing stored', async () => {
      first = await preview(bankId, 'gift', fixture('trade-in.gift.txt'), 'trade-in.gift.txt');
      expect(first).toMatchObject({ id: expect.stringMatching(UUID), bankId, format: 'gift', fileName: 'trade-in.gift.txt', status: 'preview', warnings: [] });
      expect(first.accepted.map((item) => [item.line, item.name, item.type])).toEqual([
        [7, 'Valuation plans', 'multiple_choice'],
        [15, 'Best plan for traders', 'single_choice'],
        [21, 'Cooling-off', 'true_false'],
        [23, 'Trade-in hotline', 'fill_blank'],
        [25, 'Parcel weight', 'numerical'],
        [27, 'Battery grades', 'matching'],
        [36, 'Unfair quote', 'essay'],
        [40, 'Escapes: braces', 'single_choice'],
      ]);
      expect(first.accepted[0]).toEqual({
        line: 7,
        name: 'Valuation plans',
        type: 'multiple_choice',
        categoryPath: ['Products', 'Trade-in'],
        tags: ['trade-in'],
        difficulty: 3,
        bloom: 'understand',
        dimensionCodes: ['product-knowledge'],
        excerpt: 'Which plans include a free trade-in valuation?',
        fileCount: 0,
      });
      expect(first.accepted.every((item) => item.categoryPath.join('/') === 'Products/Trade-in')).toBe(true);
      expect(first.rejected).toEqual([{ line: 34, label: 'Broken answer block', kind: 'invalid', message: expect.stringMatching(/unbalanced.*closing “}”/) }]);
      expect(first.newCategories).toEqual([['Products'], ['Products', 'Trade-in']]);

      // Nothing reaches the bank before the commit.
      expect((await search(bankId)).total).toBe(0);
      expect(await categories(bankId)).toEqual([]);
      // The preview can be read again, identical.
      const again = await api.http().get(`/api/question-banks/${bankId}/imports/${first.id}`).set(bearer(trainer)).expect(200);
      expect(again.body).toEqual(first);
    });

    it('commit creates exactly the accepted items in Products › Trade-in, audited once', async () => {
      const response = await commit(bankId, first.id).expect(200);
      expect(response.body).toEqual({ id: first.id, created: 8, categoriesCreated: 2, filesStored: 0 });
      expect((await search(bankId)).total).toBe(8);
      expect(await categoryLines(bankId)).toEqual(['Products: 0', 'Products › Trade-in: 8']);
      const status = await api.http().get(`/api/question-banks/${bankId}/imports/${first.id}`).set(bearer(trainer)).expect(200);
      expect(status.body).toMatchObject({ status: 'committed', accepted: first.accepted, rejected: first.rejected });

      const audit = await api.http().get(`/api/audit-log?action=question.import&entityId=${bankId}`).set(bearer(admin)).expect(200);
      expect(audit.body.items).toEqual([
        expect.objectContaining({
          action: 'question.import',
          entityType: 'question_bank',
          entityId: bankId,
          details: { importId: first.id, format: 'gift', fileName: 'trade-in.gift.txt', created: 8, rejected: 1, categoriesCreated: 2 },
        }),
      ]);
    });

    it('stored questions keep their types, feedback, partial credit, tolerance, escapes and HTML', async () => {
      const byName = await questionsByName(bankId);
      expect([...byName.values()].every((q) => q.status === 'active' && q.categoryPath.join('/') === 'Products/Trade-in')).toBe(true);
      expect(byName.get('Valuation plans')).toMatchObject({ idNumber: 'E2E-TI-01', tags: ['trade-in'], difficulty: 3, bloom: 'understand', dimensionCodes: ['product-knowledge'] });
      expect(byName.get('Valuation plans')?.definition).toEqual({
        type: 'multiple_choice',
        stem: 'Which plans include a free trade-in valuation?',
        scoring: 'weighted',
        shuffleOptions: true,
        options: [
          { id: 'o1', text: 'Plus', fraction: 0.5, feedback: 'Yes: one valuation a year.' },
          { id: 'o2', text: 'Max', fraction: 0.5, feedback: 'Yes: unlimited valuations.' },
          { id: 'o3', text: 'Basic', fraction: -1, feedback: 'Basic has no trade-in.' },
          { id: 'o4', text: 'Prepaid', fraction: 0 },
        ],
        generalFeedback: 'Valuations are listed on the plan sheet.',
      });
      expect(byName.get('Best plan for traders')?.definition).toEqual({
        type: 'single_choice',
        stem: 'Which plan suits a customer who trades in every year?',
        shuffleOptions: true,
        options: [
          { id: 'o1', text: 'Max', fraction: 1, feedback: 'Right: unlimited valuations.' },
          { id: 'o2', text: 'Plus', fraction: 0.5, feedback: 'Partly: one valuation a year.' },
          { id: 'o3', text: 'Basic', fraction: 0, feedback: 'No trade-in at all.' },
        ],
      });
      expect(byName.get('Cooling-off')?.definition).toEqual({
        type: 'true_false',
        stem: 'A customer may cancel a trade-in within 7 days.',
        correct: true,
        feedbackTrue: 'Right: 7 days.',
        feedbackFalse: 'Wrong: the cooling-off period is 7 days.',
      });
      expect(byName.get('Trade-in hotline')?.definition).toEqual({
        type: 'fill_blank',
        stem: 'What is the trade-in hotline number?',
        text: '[[b1]]',
        blanks: [
          {
            id: 'b1',
            accepted: [
              { value: '400-800-1234', kind: 'text', fraction: 1, feedback: 'Right.' },
              { value: '4008001234', kind: 'text', fraction: 0.5, feedback: 'Right number; write it with dashes.' },
            ],
          },
        ],
      });
      expect(byName.get('Parcel weight')?.definition).toEqual({
        type: 'numerical',
        stem: 'What is the maximum parcel weight in kg?',
        answers: [{ value: 20, tolerance: 0.5, fraction: 1, feedback: 'Within half a kilo.' }],
        unitPolicy: 'optional',
        unitPenalty: 0,
      });
      expect(byName.get('Battery grades')?.definition).toEqual({
        type: 'matching',
        stem: 'Match each grade with the battery health it needs.',
        scoring: 'partial',
        prompts: [
          { id: 'p1', text: 'Grade A', choiceId: 'c1' },
          { id: 'p2', text: 'Grade B', choiceId: 'c2' },
          { id: 'p3', text: 'Grade C', choiceId: 'c3' },
        ],
        choices: [
          { id: 'c1', text: '85% or more' },
          { id: 'c2', text: '80 to 84%' },
          { id: 'c3', text: '70 to 79%' },
          { id: 'c4', text: 'below 70%' },
        ],
      });
      expect(byName.get('Unfair quote')?.definition).toEqual({
        type: 'essay',
        stem: '<p>A customer says the trade-in quote is <b>unfair</b>. Write your reply.</p>',
        responseFormat: 'long',
        generalFeedback: '<p>Look for empathy and a clear next step.</p>',
      });
      expect(byName.get('Escapes: braces')?.definition).toEqual({
        type: 'single_choice',
        stem: 'Which characters must be escaped in GIFT: = { } or ~?',
        shuffleOptions: true,
        options: [
          { id: 'o1', text: 'all of them: = { } ~', fraction: 1, feedback: 'Yes, every one.' },
          { id: 'o2', text: 'none of them', fraction: 0, feedback: 'They are control characters.' },
        ],
      });
    });
  });

  describe('Moodle XML as Moodle writes it', () => {
    let bankId: string;
    let first: PreviewBody;

    beforeAll(async () => {
      bankId = await createBank('Moodle import');
    });

    it('previews each <question> by element: the drag-and-drop one rejected as unsupported, categories and metadata read', async () => {
      first = await preview(bankId, 'moodle_xml', fixture('contact-centre.moodle.xml'), 'contact-centre.moodle.xml');
      const root = 'Default for E2E hotline course';
      expect(first.accepted.map((item) => [item.element, item.name, item.type, item.categoryPath.join('/'), item.fileCount])).toEqual([
        [3, 'Which handset is shown', 'single_choice', `${root}/Handsets`, 1],
        [4, 'Proof of purchase', 'multiple_choice', `${root}/Handsets`, 0],
        [5, 'Water damage', 'true_false', `${root}/Handsets`, 0],
        [7, 'Data roaming code', 'fill_blank', `${root}/Handsets/Data`, 0],
        [8, 'Monthly data', 'numerical', `${root}/Handsets/Data`, 0],
        [10, 'Plans and prices', 'matching', `${root}/Service`, 0],
        [11, 'Late delivery apology', 'essay', `${root}/Service`, 0],
        [13, 'Trade-in call', 'scenario', `${root}/Service`, 0],
        [14, 'Greeting words', 'fill_blank', `${root}/Service`, 0],
      ]);
      expect(first.accepted[0]).toMatchObject({ tags: ['handsets'], difficulty: 4, bloom: 'apply', dimensionCodes: ['product-knowledge'], excerpt: 'Which handset has this colour badge?' });
      // Never dropped silently: the unsupported type is listed with its reason.
      expect(first.rejected).toEqual([{ element: 12, label: 'Drag the plan names', kind: 'unsupported', message: expect.stringContaining('Drag-and-drop into text') }]);
      expect(first.warnings).toEqual([]);
      expect(first.newCategories).toEqual([[root], [root, 'Handsets'], [root, 'Handsets', 'Data'], [root, 'Service']]);
      // The preview stores no image and no question.
      expect(await dataSource.getRepository(QuestionFile).countBy({ bankId })).toBe(0);
      expect((await search(bankId)).total).toBe(0);
    });

    it('commit stores the embedded image once; the stem links it with a signed URL that serves the same PNG without a login', async () => {
      const response = await commit(bankId, first.id).expect(200);
      expect(response.body).toEqual({ id: first.id, created: 9, categoriesCreated: 4, filesStored: 1 });
      expect(await dataSource.getRepository(QuestionFile).countBy({ bankId })).toBe(1);

      const byName = await questionsByName(bankId);
      const shown = byName.get('Which handset is shown') as QuestionDetailBody;
      expect(shown).toMatchObject({ difficulty: 4, bloom: 'apply', dimensionCodes: ['product-knowledge'], tags: ['handsets'], defaultPoints: 2, idNumber: 'HS-001' });
      const src = /<img src="([^"]+)"/.exec(shown.definition.stem)?.[1].replace(/&amp;/g, '&') as string;
      expect(src).toMatch(/^\/api\/question-files\/[0-9a-f-]{36}\?exp=\d+&sig=[A-Za-z0-9_-]+$/);
      expect(shown.definition.stem).not.toContain('@@PLUGINFILE@@');
      expect(shown.definition.stem).toContain('alt="Colour badge"');

      const image = await api.http().get(src).buffer(true).parse(binary).expect(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(Buffer.compare(image.body as Buffer, PHONE_PNG)).toBe(0);
      // The signature is the permission: a tampered one is refused.
      await api.http().get(src.replace(/sig=.*/, 'sig=forged')).expect(403);
    });

    it('keeps what each Moodle type means: fractions, units, graderinfo, matching distractors, Cloze as scenario and fill-in', async () => {
      const byName = await questionsByName(bankId);
      expect(byName.get('Which handset is shown')?.definition.options).toEqual([
        { id: 'o1', text: '<p>X1</p>', fraction: 1, feedback: 'Right.' },
        { id: 'o2', text: '<p>X1 Lite</p>', fraction: 0.5, feedback: 'Close: the Lite badge is lighter.' },
        { id: 'o3', text: 'S2', fraction: 0 },
      ]);
      expect(byName.get('Which handset is shown')?.definition.generalFeedback).toBe('<p>The blue badge marks the <b>X1</b>.</p>');
      expect(byName.get('Proof of purchase')?.definition).toEqual({
        type: 'multiple_choice',
        stem: '<p>Which documents prove that a customer bought the handset?</p>',
        scoring: 'weighted',
        shuffleOptions: false,
        options: [
          { id: 'o1', text: 'Store receipt', fraction: 0.5 },
          { id: 'o2', text: 'E-invoice', fraction: 0.5 },
          { id: 'o3', text: 'Box label', fraction: -1, feedback: '<p>Anyone can own the box.</p>' },
          { id: 'o4', text: 'Warranty card', fraction: 0 },
        ],
      });
      expect(byName.get('Water damage')?.definition).toEqual({
        type: 'true_false',
        stem: 'Water damage is covered by the standard warranty.',
        correct: false,
        feedbackTrue: 'No: only the extended plan covers it.',
        feedbackFalse: 'Right.',
      });
      // Moodle's `\*` is a literal star, `*` the wildcard.
      expect(byName.get('Data roaming code')?.definition.blanks).toEqual([
        {
          id: '1',
          accepted: [
            { value: '*123#', kind: 'text', fraction: 1, feedback: 'Right.' },
            { value: '123.*', kind: 'regex', fraction: 0.5, feedback: 'Start with the star.' },
          ],
        },
      ]);
      expect(byName.get('Monthly data')?.definition).toEqual({
        type: 'numerical',
        stem: '<p>How much data does the Plus plan include per month?</p>',
        answers: [{ value: 20, tolerance: 0.5, fraction: 1, feedback: 'Right, 20 GB.' }],
        units: [
          { unit: 'GB', multiplier: 1 },
          { unit: 'MB', multiplier: 1024 },
        ],
        unitPolicy: 'required',
        unitPenalty: 0.1,
      });
      expect(byName.get('Plans and prices')?.definition).toMatchObject({
        type: 'matching',
        scoring: 'partial',
        prompts: [
          { id: 'p1', text: '<p>Basic</p>', choiceId: 'c1' },
          { id: 'p2', text: '<p>Plus</p>', choiceId: 'c2' },
          { id: 'p3', text: '<p>Max</p>', choiceId: 'c3' },
        ],
        choices: [
          { id: 'c1', text: '¥39' },
          { id: 'c2', text: '¥59' },
          { id: 'c3', text: '¥99' },
          { id: 'c4', text: '¥19' },
        ],
      });
      expect(byName.get('Late delivery apology')).toMatchObject({
        defaultPoints: 5,
        definition: {
          type: 'essay',
          responseFormat: 'long',
          minWords: 30,
          maxWords: 200,
          graderInfo: '<p>Full marks need an apology, the reason and a goodwill credit.</p>',
        },
      });
      // A Cloze with choice, number and text gaps: a scenario, one part per gap, worth its Cloze weight.
      const scenario = byName.get('Trade-in call') as QuestionDetailBody;
      expect(scenario.defaultPoints).toBe(4);
      expect(scenario.definition).toMatchObject({ type: 'scenario', stem: 'Trade-in call', caseText: expect.stringContaining('<strong>(1)</strong>') });
      expect(scenario.definition.parts.map((part: any) => [part.weight, part.question.type])).toEqual([
        [1, 'single_choice'],
        [1, 'numerical'],
        [2, 'fill_blank'],
      ]);
      expect(scenario.definition.parts[0].question.options).toEqual([
        { id: 'o1', text: 'Max', fraction: 1, feedback: 'Right' },
        { id: 'o2', text: 'Plus', fraction: 0, feedback: 'Plus has one a year' },
        { id: 'o3', text: 'Basic', fraction: 0, feedback: 'Basic has none' },
      ]);
      expect(scenario.definition.parts[1].question.answers).toEqual([{ value: 7, tolerance: 0, fraction: 1, feedback: 'Seven days' }]);
      expect(scenario.definition.parts[2].question.blanks[0].accepted).toEqual([
        { value: 'trade-in desk', kind: 'text', fraction: 1, feedback: 'Yes' },
        { value: 'desk', kind: 'text', fraction: 0.5, feedback: 'Which desk?' },
      ]);
      // A Cloze whose gaps are all equal short answers: one fill-in question, the gap-free paragraph as its stem.
      expect(byName.get('Greeting words')).toMatchObject({
        defaultPoints: 2,
        definition: {
          type: 'fill_blank',
          stem: '<p>Complete the greeting.</p>',
          text: '<p>Thank you for calling [[1]], my name is [[2]].</p>',
          blanks: [
            {
              id: '1',
              accepted: [
                { value: 'Pathwise', kind: 'text', fraction: 1 },
                { value: 'Pathwise Mobile', kind: 'text', fraction: 0.5 },
              ],
            },
            { id: '2', accepted: [{ value: 'Alex', kind: 'text', fraction: 1 }] },
          ],
        },
      });
    });
    it('importing the same file again reuses the categories and the stored image', async () => {
      const again = await preview(bankId, 'moodle_xml', fixture('contact-centre.moodle.xml'), 'contact-centre.moodle.xml');
      expect(again.newCategories).toEqual([]);
      // filesStored counts the images the new questions use, here the one already stored: identical bytes are one bank file.
      expect((await commit(bankId, again.id).expect(200)).body).toEqual({ id: again.id, created: 9, categoriesCreated: 0, filesStored: 1 });
      expect(await dataSource.getRepository(QuestionFile).countBy({ bankId })).toBe(1);
      expect((await search(bankId)).total).toBe(18);
    });
  });

  describe('Aiken, CSV and XLSX', () => {
    it('Aiken: every question read (English and Chinese marks); commit into a chosen category as drafts', async () => {
      const bankId = await createBank('Aiken import');
      const landing = (await api.http().post(`/api/question-banks/${bankId}/categories`).set(bearer(trainer)).send({ name: 'Landing' }).expect(201)).body.id;
      const result = await preview(bankId, 'aiken', fixture('repairs.aiken.txt'), 'repairs.aiken.txt');
      expect(result.accepted.map((item) => [item.line, item.type, item.categoryPath])).toEqual([
        [1, 'single_choice', []],
        [7, 'single_choice', []],
        [13, 'single_choice', []],
      ]);
      expect(result).toMatchObject({ rejected: [], warnings: [] });
      const response = await commit(bankId, result.id, { parentCategoryId: landing, status: 'draft' }).expect(200);
      expect(response.body).toEqual({ id: result.id, created: 3, categoriesCreated: 0, filesStored: 0 });
      expect(await categoryLines(bankId)).toEqual(['Landing: 3']);
      const byName = await questionsByName(bankId);
      expect([...byName.values()].map((q) => q.status)).toEqual(['draft', 'draft', 'draft']);
      expect(byName.get('客户的手机屏幕碎了，应该先做什么？')?.definition.options).toEqual([
        { id: 'o1', text: '登记故障', fraction: 1 },
        { id: 'o2', text: '直接换新机', fraction: 0 },
        { id: 'o3', text: '让客户自己修', fraction: 0 },
      ]);
      expect(byName.get('Which plan includes a free screen repair?')?.definition.options.map((option: any) => option.fraction)).toEqual([0, 0, 1]);
    });

    it('Aiken without a parent category: the questions land in a category named after the file', async () => {
      const bankId = await createBank('Aiken fallback');
      const result = await preview(bankId, 'aiken', fixture('repairs.aiken.txt'), 'repairs.aiken.txt');
      expect(result.newCategories).toEqual([['repairs']]);
      await commit(bankId, result.id).expect(200);
      expect(await categoryLines(bankId)).toEqual(['repairs: 3']);
    });

    it('CSV: one question per row with categories, Chinese type names, credits and metadata', async () => {
      const bankId = await createBank('CSV import');
      const result = await preview(bankId, 'csv', fixture('repairs.csv'), 'repairs.csv');
      expect(result.accepted.map((item) => [item.line, item.name, item.type, item.categoryPath.join(' > ')])).toEqual([
        [2, 'Screen repair plan', 'single_choice', 'Repairs > Screens'],
        [3, '报修材料', 'multiple_choice', '维修 > 流程'],
        [6, 'Repairs are free during the first year.', 'true_false', 'Repairs'],
        [7, 'Repair days', 'numerical', 'Repairs > Screens'],
      ]);
      expect(result).toMatchObject({ rejected: [], warnings: [] });
      expect((await commit(bankId, result.id).expect(200)).body).toMatchObject({ created: 4, categoriesCreated: 4 });
      expect(await categoryLines(bankId)).toEqual(['Repairs: 1', 'Repairs › Screens: 2', '维修: 0', '维修 › 流程: 1']);
      const byName = await questionsByName(bankId);
      expect(byName.get('Screen repair plan')).toMatchObject({ tags: ['repairs', 'screens'], difficulty: 2, bloom: 'remember', dimensionCodes: ['product-knowledge'], idNumber: 'RP-001' });
      expect(byName.get('报修材料')).toMatchObject({
        defaultPoints: 2,
        bloom: 'understand',
        dimensionCodes: ['compliance'],
        definition: {
          type: 'multiple_choice',
          scoring: 'partial',
          options: [
            { id: 'A', text: '购机发票', fraction: 0.5 },
            { id: 'B', text: '身份证', fraction: 0.5 },
            { id: 'C', text: '包装盒', fraction: 0 },
          ],
        },
      });
      expect(byName.get('Repairs are free during the first year.')?.definition).toMatchObject({ type: 'true_false', correct: true });
      expect(byName.get('Repair days')?.definition.answers).toEqual([{ value: 3, tolerance: 0, fraction: 1 }]);
    });

    it('the templates download as CSV and XLSX and import back with one question of each type', async () => {
      const csvTemplate = await api.http().get('/api/question-import-template?format=csv').set(bearer(trainer)).buffer(true).parse(binary).expect(200);
      expect(csvTemplate.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(csvTemplate.headers['content-disposition']).toBe('attachment; filename="pathwise-questions-template.csv"');
      const xlsxTemplate = await api.http().get('/api/question-import-template?format=xlsx').set(bearer(trainer)).buffer(true).parse(binary).expect(200);
      expect(xlsxTemplate.headers['content-type']).toBe(XLSX_TYPE);
      expect(xlsxTemplate.headers['content-disposition']).toBe('attachment; filename="pathwise-questions-template.xlsx"');
      await api.http().get('/api/question-import-template?format=gift').set(bearer(trainer)).expect(400);

      const bankId = await createBank('Template import');
      const types = ['single_choice', 'multiple_choice', 'true_false', 'fill_blank', 'numerical', 'matching', 'ordering', 'essay'];
      const fromCsv = await preview(bankId, 'csv', csvTemplate.body as Buffer, 'pathwise-questions-template.csv');
      const fromXlsx = await preview(bankId, 'xlsx', xlsxTemplate.body as Buffer, 'pathwise-questions-template.xlsx');
      for (const result of [fromCsv, fromXlsx]) {
        expect(result.rejected).toEqual([]);
        expect(result.accepted.map((item) => item.type)).toEqual(types);
        // The template's examples use the default dimension codes, so it imports without a warning.
        expect(result.warnings).toEqual([]);
        expect(result.accepted.flatMap((item) => item.dimensionCodes)).toEqual(expect.arrayContaining(['compliance', 'system-operation', 'emotion-management']));
      }
      expect(fromXlsx.accepted.map((item) => item.name)).toEqual(fromCsv.accepted.map((item) => item.name));
      expect((await commit(bankId, fromXlsx.id).expect(200)).body).toMatchObject({ created: 8 });
      expect((await search(bankId)).total).toBe(8);
    });

    it('XLSX: a category exported as a workbook imports into another bank unchanged', async () => {
      const source = await createBank('XLSX source');
      const csv = await preview(source, 'csv', fixture('repairs.csv'), 'repairs.csv');
      await commit(source, csv.id).expect(200);
      const repairs = (await categories(source)).find((node) => node.name === 'Repairs') as CategoryBody;
      const file = await exportFile(source, { format: 'xlsx', categoryId: repairs.id });
      expect(file.status).toBe(200);
      expect(file.headers['content-type']).toBe(XLSX_TYPE);
      expect(file.headers['content-disposition']).toMatch(/^attachment; filename="pathwise-questions-\d{4}-\d{2}-\d{2}\.xlsx"$/);
      expect(file.skipped).toBe(0);
      expect(file.skippedDetails).toEqual([]);

      const target = await createBank('XLSX target');
      const result = await preview(target, 'xlsx', file.body, 'export.xlsx');
      expect(result.rejected).toEqual([]);
      expect(result.accepted.map((item) => item.name).sort()).toEqual(['Repair days', 'Repairs are free during the first year.', 'Screen repair plan']);
      await commit(target, result.id).expect(200);
      const before = await questionsByName(source);
      const after = await questionsByName(target);
      for (const name of ['Repair days', 'Repairs are free during the first year.', 'Screen repair plan']) {
        expect(portable(after.get(name) as QuestionDetailBody)).toEqual(portable(before.get(name) as QuestionDetailBody));
      }
    });
  });

  describe('round trips: export a category, import it into a new bank', () => {
    type Where = 'Trade-in' | 'Products' | 'Calls';
    interface Source {
      where: Where;
      name: string;
      definition: unknown;
      tags?: string[];
      dimensionCodes?: string[];
      difficulty?: number | null;
      bloom?: string | null;
      defaultPoints?: number;
      idNumber?: string | null;
    }
    const SOURCES: Source[] = [
      {
        where: 'Trade-in',
        name: 'RT single choice',
        tags: ['trade-in', 'launch-2026'],
        dimensionCodes: ['product-knowledge'],
        difficulty: 2,
        bloom: 'remember',
        defaultPoints: 2,
        idNumber: 'RT-001',
        definition: {
          type: 'single_choice',
          stem: 'Which plan includes free trade-in?',
          options: [
            { id: 'a', text: 'Basic', fraction: 0, feedback: 'Basic has no trade-in.' },
            { id: 'b', text: 'Plus', fraction: 1, feedback: 'Right.' },
            { id: 'c', text: 'Plus (old)', fraction: 0.5 },
            { id: 'd', text: 'None', fraction: -0.5 },
          ],
          generalFeedback: '<p>See the <b>plan sheet</b>.</p>',
        },
      },
      ...(['weighted', 'partial', 'all_or_nothing'] as const).map(
        (scoring, i): Source => ({
          where: 'Products',
          name: `RT multiple ${scoring}`,
          tags: ['identity'],
          dimensionCodes: ['compliance', 'product-knowledge'],
          difficulty: 3,
          bloom: 'understand',
          definition: {
            type: 'multiple_choice',
            stem: `Which documents prove identity? (${i + 1})`,
            scoring,
            shuffleOptions: false,
            options: [
              { id: 'id', text: 'ID card', fraction: 0.5 },
              { id: 'pp', text: 'Passport', fraction: 0.5 },
              { id: 'bill', text: 'Phone bill', fraction: scoring === 'weighted' ? -1 : 0 },
              { id: 'card', text: 'Loyalty card', fraction: 0 },
            ],
          },
        }),
      ),
      {
        where: 'Trade-in',
        name: 'RT true false',
        difficulty: 1,
        bloom: 'remember',
        definition: { type: 'true_false', stem: 'Refunds take 3 days.', correct: true, feedbackTrue: 'Yes.', feedbackFalse: 'It is 3 days.' },
      },
      {
        where: 'Calls',
        name: 'RT hotline',
        tags: ['hotline'],
        dimensionCodes: ['communication'],
        difficulty: 2,
        bloom: 'apply',
        definition: {
          type: 'fill_blank',
          stem: 'What is the hotline number?',
          text: '[[hotline]]',
          blanks: [{ id: 'hotline', accepted: [{ value: '400-800-1234', kind: 'text' }, { value: '4008001234', kind: 'text', fraction: 0.5, feedback: 'Use dashes.' }] }],
        },
      },
      {
        where: 'Calls',
        name: 'RT greeting with a pattern',
        bloom: 'apply',
        definition: {
          type: 'fill_blank',
          stem: 'Complete the greeting.',
          text: 'Thank you for calling [[brand]], my name is [[name]].',
          blanks: [
            { id: 'brand', accepted: [{ value: 'Pathwise Mobile', kind: 'text' }, { value: 'Pathwise', kind: 'text', fraction: 0.5 }] },
            { id: 'name', accepted: [{ value: '[A-Z][a-z]+', kind: 'regex' }], caseSensitive: true },
          ],
        },
      },
      {
        where: 'Products',
        name: 'RT parcel with units',
        difficulty: 4,
        definition: {
          type: 'numerical',
          stem: 'Maximum parcel weight?',
          answers: [
            { value: 1000.5, tolerance: 0.5, fraction: 1, feedback: 'Correct.' },
            { value: 1000, tolerance: 10, fraction: 0.5 },
          ],
          units: [
            { unit: 'kg', multiplier: 1 },
            { unit: 'g', multiplier: 1000 },
          ],
          unitPolicy: 'required',
          unitPenalty: 0.2,
        },
      },
      {
        where: 'Products',
        name: 'RT data left',
        difficulty: 2,
        bloom: 'apply',
        dimensionCodes: ['product-knowledge'],
        definition: { type: 'numerical', stem: 'A customer used 12.5 GB of 20 GB. How many GB are left?', answers: [{ value: 7.5, tolerance: 0.1, fraction: 1 }], unitPolicy: 'optional', unitPenalty: 0 },
      },
      {
        where: 'Calls',
        name: 'RT complaint steps',
        tags: ['complaints'],
        dimensionCodes: ['complaint-handling'],
        difficulty: 3,
        bloom: 'understand',
        definition: { type: 'ordering', stem: 'Order the complaint steps.', scoring: 'partial', items: ['Listen', 'Apologise', 'Solve', 'Confirm'].map((text, i) => ({ id: `s${i}`, text })) },
      },
      ...(['partial', 'all_or_nothing'] as const).map(
        (scoring): Source => ({
          where: 'Products',
          name: `RT plans and prices ${scoring}`,
          difficulty: 2,
          definition: {
            type: 'matching',
            stem: 'Match plan and price.',
            scoring,
            prompts: [
              { id: 'basic', text: 'Basic', choiceId: 'p10' },
              { id: 'plus', text: 'Plus', choiceId: 'p20' },
              { id: 'max', text: 'Max', choiceId: 'p30' },
              { id: 'family', text: 'Family', choiceId: 'p30' },
            ],
            choices: [
              { id: 'p10', text: '¥10' },
              { id: 'p20', text: '¥20' },
              { id: 'p30', text: '¥30' },
              { id: 'p99', text: '¥99' },
            ],
          },
        }),
      ),
      {
        where: 'Calls',
        name: 'RT angry customer with rubric',
        dimensionCodes: ['emotion-management'],
        difficulty: 5,
        bloom: 'create',
        defaultPoints: 10,
        definition: {
          type: 'essay',
          stem: 'Reply to the angry customer.',
          responseFormat: 'long',
          minWords: 5,
          graderInfo: 'Look for an apology.',
          rubric: {
            criteria: [
              { id: 'empathy', description: 'Shows empathy', levels: [{ points: 0, description: 'None' }, { points: 2, description: 'Some' }, { points: 4, description: 'Strong' }] },
              { id: 'fix', description: 'Offers a fix', levels: [{ points: 0, description: 'No' }, { points: 6, description: 'Yes' }] },
            ],
          },
        },
      },
      {
        where: 'Calls',
        name: 'RT short note',
        bloom: 'evaluate',
        definition: { type: 'essay', stem: 'Summarise the call in one sentence.', responseFormat: 'short', maxWords: 30 },
      },
      {
        where: 'Trade-in',
        name: 'RT trade-in case',
        tags: ['trade-in'],
        dimensionCodes: ['problem-solving'],
        difficulty: 4,
        bloom: 'analyse',
        defaultPoints: 3,
        definition: {
          type: 'scenario',
          stem: 'Read the case.',
          caseText: '<p>A customer wants to trade in a phone.</p>',
          parts: [
            { id: 'plan', weight: 1, question: { type: 'single_choice', stem: 'Which plan should they choose?', options: [{ id: 'a', text: 'Basic', fraction: 0 }, { id: 'b', text: 'Plus', fraction: 1 }] } },
            { id: 'days', weight: 2, question: { type: 'numerical', stem: 'How many days may they cancel?', answers: [{ value: 7, tolerance: 0, fraction: 1 }], unitPolicy: 'optional', unitPenalty: 0 } },
          ],
        },
      },
    ];

    let sourceBank: string;
    let catalogue: string;
    const sources = new Map<string, QuestionDetailBody>();

    beforeAll(async () => {
      sourceBank = await createBank('Round trip source');
      const category = async (name: string, parentId?: string): Promise<string> =>
        (await api.http().post(`/api/question-banks/${sourceBank}/categories`).set(bearer(trainer)).send({ name, parentId }).expect(201)).body.id;
      catalogue = await category('Catalogue 目录');
      const products = await category('Products', catalogue);
      const ids: Record<Where, string> = { Products: products, 'Trade-in': await category('Trade-in', products), Calls: await category('Calls', catalogue) };
      for (const source of SOURCES) {
        const { where, ...input } = source;
        const created = await api.http().post(`/api/question-banks/${sourceBank}/questions`).set(bearer(trainer)).send({ ...input, categoryId: ids[where] });
        expect({ status: created.status, name: source.name, body: created.status === 201 ? undefined : created.body }).toEqual({ status: 201, name: source.name, body: undefined });
        sources.set(source.name, await detail(created.body.id));
      }
    });

    const roundTrip = async (format: string) => {
      const file = await exportFile(sourceBank, { format, categoryId: catalogue });
      expect(file.status).toBe(200);
      // The count header and the details agree.
      expect(file.skippedDetails).toHaveLength(file.skipped);
      const target = await createBank(`Round trip ${format}`);
      const result = await preview(target, format, file.body, `export.${format}`);
      expect(result.rejected).toEqual([]);
      expect(result.warnings).toEqual([]);
      expect(result.accepted).toHaveLength(SOURCES.length - file.skipped);
      const committed = (await commit(target, result.id).expect(200)).body;
      expect(committed.created).toBe(SOURCES.length - file.skipped);
      return { file, imported: await questionsByName(target) };
    };
    const bySkippedName = (details: { name: string; reason: string }[]) => [...details].sort((a, b) => a.name.localeCompare(b.name));
    /** Every imported question equals its source (ids normalised), apart from the given expected rewrites. */
    const expectSameAsSources = (imported: Map<string, QuestionDetailBody>, skipped: string[], rewrites: Record<string, (definition: any) => void> = {}) => {
      expect([...imported.keys()].sort()).toEqual(SOURCES.map((source) => source.name).filter((name) => !skipped.includes(name)).sort());
      for (const [name, q] of imported) {
        const expected = portable(sources.get(name) as QuestionDetailBody);
        rewrites[name]?.(expected.definition);
        expect(portable(q)).toEqual(expected);
      }
    };
    const score = async (questionId: string, answer: unknown): Promise<number> => {
      const response = await api.http().post(`/api/questions/${questionId}/try`).set(bearer(trainer)).send({ answer }).expect(200);
      expect(response.body.valid).toBe(true);
      return response.body.score.fraction;
    };

    it('sources exist in Catalogue › Products › Trade-in and Catalogue › Calls', async () => {
      expect(await categoryLines(sourceBank)).toEqual(['Catalogue 目录: 0', 'Catalogue 目录 › Calls: 5', 'Catalogue 目录 › Products: 7', 'Catalogue 目录 › Products › Trade-in: 3']);
    });

    it('Moodle XML: all but two come back with names, categories, tags, dimensions, difficulty, Bloom, points and definitions; multiple-choice credits are rewritten with the same scores', async () => {
      const { file, imported } = await roundTrip('moodle_xml');
      expect(file.headers['content-type']).toBe('application/xml; charset=utf-8');
      expect(file.headers['content-disposition']).toMatch(/^attachment; filename="pathwise-questions-\d{4}-\d{2}-\d{2}\.xml"$/);
      expect(file.body.toString('utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\s*<quiz>/);
      expect(file.skipped).toBe(2);
      expect(bySkippedName(file.skippedDetails)).toEqual([
        { name: 'RT greeting with a pattern', reason: expect.stringContaining('regular expression') },
        { name: 'RT plans and prices all_or_nothing', reason: expect.stringContaining('all-or-nothing') },
      ]);
      // Moodle has no "partial" multiple choice: it is written as ±1/k weights, and all-or-nothing as
      // multichoiceset (every right option 100%). Both score every selection exactly as before.
      expectSameAsSources(imported, ['RT greeting with a pattern', 'RT plans and prices all_or_nothing'], {
        'RT multiple partial': (definition) => {
          definition.scoring = 'weighted';
          definition.options = definition.options.map((option: any) => ({ ...option, fraction: option.fraction > 0 ? 0.5 : -0.5 }));
        },
        'RT multiple all_or_nothing': (definition) => {
          definition.options = definition.options.map((option: any) => ({ ...option, fraction: option.fraction > 0 ? 1 : 0 }));
        },
      });
      // Essay rubrics travel in an HTML comment: even the criterion ids survive.
      expect(imported.get('RT angry customer with rubric')?.definition.rubric).toEqual(sources.get('RT angry customer with rubric')?.definition.rubric);

      for (const name of ['RT multiple partial', 'RT multiple all_or_nothing']) {
        const before = sources.get(name) as QuestionDetailBody;
        const after = imported.get(name) as QuestionDetailBody;
        for (let mask = 0; mask < 16; mask++) {
          const pick = (q: QuestionDetailBody) => q.definition.options.filter((_: unknown, i: number) => mask & (1 << i)).map((option: any) => option.id);
          expect({ name, mask, fraction: await score(after.id, { optionIds: pick(after) }) }).toEqual({ name, mask, fraction: await score(before.id, { optionIds: pick(before) }) });
        }
      }
    });

    it('GIFT: the types GIFT can carry come back unchanged; the others are listed as skipped with reasons', async () => {
      const { file, imported } = await roundTrip('gift');
      expect(file.headers['content-type']).toBe('text/plain; charset=utf-8');
      expect(file.headers['content-disposition']).toMatch(/filename="pathwise-questions-\d{4}-\d{2}-\d{2}\.gift\.txt"$/);
      expect(file.body.toString('utf8')).toContain('$CATEGORY: $course$/top/Catalogue 目录/Products/Trade-in');
      expect(file.skipped).toBe(5);
      expect(bySkippedName(file.skippedDetails)).toEqual([
        { name: 'RT angry customer with rubric', reason: expect.stringContaining('rubric') },
        { name: 'RT complaint steps', reason: expect.stringContaining('no ordering') },
        { name: 'RT greeting with a pattern', reason: expect.stringContaining('one blank per question') },
        { name: 'RT parcel with units', reason: expect.stringContaining('no units') },
        { name: 'RT trade-in case', reason: expect.stringContaining('no scenario') },
      ]);
      expectSameAsSources(imported, file.skippedDetails.map((item) => item.name));
    });

    it('XLSX: what one row can carry comes back unchanged; the others are listed as skipped with reasons', async () => {
      const { file, imported } = await roundTrip('xlsx');
      expect(file.headers['content-type']).toBe(XLSX_TYPE);
      expect(file.skipped).toBe(7);
      expect(bySkippedName(file.skippedDetails)).toEqual([
        { name: 'RT angry customer with rubric', reason: expect.stringContaining('rubric') },
        { name: 'RT greeting with a pattern', reason: expect.stringContaining('partial credit') },
        { name: 'RT hotline', reason: expect.stringContaining('partial credit or feedback') },
        { name: 'RT parcel with units', reason: expect.stringContaining('units') },
        { name: 'RT single choice', reason: expect.stringContaining('feedback on individual options') },
        { name: 'RT trade-in case', reason: expect.stringContaining('Scenarios') },
        { name: 'RT true false', reason: expect.stringContaining('feedback for "true" and "false"') },
      ]);
      expectSameAsSources(imported, file.skippedDetails.map((item) => item.name));
    });

    it('CSV carries the same questions as XLSX', async () => {
      const { file, imported } = await roundTrip('csv');
      expect(file.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(file.skipped).toBe(7);
      expectSameAsSources(imported, file.skippedDetails.map((item) => item.name));
    });

    it('a category export is a backup (retired questions too); includeSubcategories false keeps to the category itself; an unknown category is 404', async () => {
      const tree = await categories(sourceBank);
      const products = tree.find((node) => node.name === 'Products') as CategoryBody;
      const count = (xml: Buffer) => xml.toString('utf8').match(/<question type="(?!category)/g)?.length ?? 0;
      const own = await exportFile(sourceBank, { format: 'moodle_xml', categoryId: products.id, includeSubcategories: false });
      expect(own.status).toBe(200);
      // Products holds 7 questions directly (Trade-in's 3 are below it); all-or-nothing matching is skipped.
      expect({ written: count(own.body), skipped: own.skipped }).toEqual({ written: 6, skipped: 1 });
      expect(own.body.toString('utf8')).not.toContain('RT true false');
      const withChildren = await exportFile(sourceBank, { format: 'moodle_xml', categoryId: products.id });
      expect({ written: count(withChildren.body), skipped: withChildren.skipped }).toEqual({ written: 9, skipped: 1 });

      const retired = (sources.get('RT data left') as QuestionDetailBody).id;
      await api.http().post(`/api/question-banks/${sourceBank}/questions/bulk`).set(bearer(trainer)).send({ action: 'retire', questionIds: [retired] }).expect(200);
      try {
        const backup = await exportFile(sourceBank, { format: 'gift', categoryId: products.id, includeSubcategories: false });
        expect(backup.body.toString('utf8')).toContain('::RT data left::');
      } finally {
        await api.http().post(`/api/question-banks/${sourceBank}/questions/bulk`).set(bearer(trainer)).send({ action: 'activate', questionIds: [retired] }).expect(200);
      }
      const unknown = await exportFile(sourceBank, { format: 'gift', categoryId: randomUUID() });
      expect(unknown.status).toBe(404);
    });

    it('a selection of question ids exports only those; an id from another bank is refused', async () => {
      const chosen = ['RT single choice', 'RT trade-in case'].map((name) => (sources.get(name) as QuestionDetailBody).id);
      const file = await exportFile(sourceBank, { format: 'moodle_xml', questionIds: chosen });
      expect(file.status).toBe(200);
      expect(file.skipped).toBe(0);
      expect(file.skippedDetails).toEqual([]);
      expect(file.body.toString('utf8').match(/<question type="(?!category)/g)).toHaveLength(2);

      const otherBank = await createBank('Other bank');
      const refused = await exportFile(otherBank, { format: 'gift', questionIds: chosen });
      expect(refused.status).toBe(400);
      expect(JSON.parse(refused.body.toString('utf8'))).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'questionIds' }] });
      // Neither a selection nor a category: the whole bank.
      const whole = await exportFile(sourceBank, { format: 'moodle_xml' });
      expect(whole.status).toBe(200);
      expect((whole.body.toString('utf8').match(/<question type="(?!category)/g)?.length ?? 0) + Number(whole.headers['x-export-skipped'])).toBe((await search(sourceBank)).total);
    });
  });

  describe('hostile input', () => {
    let bankId: string;
    const PASSWD_LINE = readFileSync('/etc/passwd', 'utf8').split('\n')[0];
    const LEAK = /root:x?:0:0|\/bin\/(ba)?sh|nologin/;
    const trueFalseXml = (text: string) =>
      `<quiz>\n  <question type="truefalse">\n    <name><text>Leak</text></name>\n    <questiontext format="html"><text>${text}</text></questiontext>\n` +
      `    <answer fraction="100"><text>true</text></answer>\n    <answer fraction="0"><text>false</text></answer>\n  </question>\n</quiz>\n`;
    let templateXlsx: Buffer;
    /** The downloadable template with some of its files replaced or added. */
    const workbook = async (extra: Record<string, Buffer | string>, level = 6): Promise<Buffer> => {
      const zip = await JSZip.loadAsync(templateXlsx);
      for (const [name, data] of Object.entries(extra)) zip.file(name, data);
      return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level } });
    };
    /** The API still answers normally after whatever came before. */
    const stillServing = async () => {
      await api.http().get(`/api/question-banks/${bankId}`).set(bearer(trainer)).expect(200);
      expect((await preview(bankId, 'gift', '::Alive::Still serving?{T}\n')).accepted).toHaveLength(1);
    };

    beforeAll(async () => {
      bankId = await createBank('Hostile input');
      templateXlsx = (await api.http().get('/api/question-import-template?format=xlsx').set(bearer(trainer)).buffer(true).parse(binary).expect(200)).body;
    });

    it('XXE: a DOCTYPE with an external entity is refused before parsing; /etc/passwd appears nowhere and nothing can be committed', async () => {
      // The pattern would catch a leak of this machine's /etc/passwd.
      expect(PASSWD_LINE).toMatch(LEAK);
      const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE quiz [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n${trueFalseXml('Leaked: &xxe;')}`;
      const response = await upload(bankId, 'moodle_xml', xml, 'xxe.xml').expect(201);
      expect(response.body).toMatchObject({ accepted: [], warnings: [], newCategories: [] });
      expect(response.body.rejected).toEqual([{ line: 2, label: 'file', kind: 'invalid', message: expect.stringContaining('DOCTYPE') }]);
      expect(JSON.stringify(response.body)).not.toMatch(LEAK);
      expect(JSON.stringify(response.body)).not.toContain(PASSWD_LINE);
      const again = await api.http().get(`/api/question-banks/${bankId}/imports/${response.body.id}`).set(bearer(trainer)).expect(200);
      expect(JSON.stringify(again.body)).not.toMatch(LEAK);
      const committed = await commit(bankId, response.body.id).expect(422);
      expect(committed.body).toMatchObject({ code: 'IMPORT_REJECTED', rejected: [expect.objectContaining({ label: 'file' })] });
      expect(JSON.stringify(committed.body)).not.toMatch(LEAK);
      expect((await search(bankId)).total).toBe(0);

      // The external-DTD form and an entity declared without a DOCTYPE line are refused the same way.
      for (const variant of [`<?xml version="1.0"?>\n<!DOCTYPE quiz SYSTEM "file:///etc/passwd">\n${trueFalseXml('x')}`, `<!ENTITY xxe SYSTEM "file:///etc/passwd">\n${trueFalseXml('&xxe;')}`]) {
        const refused: PreviewBody = (await upload(bankId, 'moodle_xml', variant).expect(201)).body;
        expect(refused.accepted).toEqual([]);
        expect(refused.rejected).toEqual([expect.objectContaining({ label: 'file', message: expect.stringContaining('DOCTYPE') })]);
        expect(JSON.stringify(refused)).not.toMatch(LEAK);
      }
    });

    it('XXE inside an XLSX sheet: no file content is read into a question', async () => {
      const template = await JSZip.loadAsync(templateXlsx);
      const sheetName = Object.keys(template.files).find((name) => /^xl\/sharedStrings\.xml$/.test(name)) as string;
      const xml = await (template.file(sheetName) as JSZip.JSZipObject).async('string');
      const poisoned = xml
        .replace(/^(<\?xml[^>]*\?>)?/, (declaration) => `${declaration}<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`)
        .replace('Which plan includes a free trade-in?', '&xxe;');
      expect(poisoned).toContain('&xxe;');
      const file = await workbook({ [sheetName]: poisoned });
      const response = await upload(bankId, 'xlsx', file, 'xxe.xlsx').expect(201);
      // The XML reader behind exceljs declares no entities: the reference is an error, never a file read.
      expect(response.body.accepted).toEqual([]);
      expect(response.body.rejected).toEqual([{ label: 'file', kind: 'invalid', message: expect.stringMatching(/could not be read \(.*undefined entity/) }]);
      expect(JSON.stringify(response.body)).not.toMatch(LEAK);
      await stillServing();
    });

    it('billion laughs: refused at once, and the API keeps serving', async () => {
      const levels = Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('\n');
      const xml = `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol0 "lol">\n${levels}\n]>\n${trueFalseXml('&lol9;')}`;
      const started = Date.now();
      const response = await upload(bankId, 'moodle_xml', xml, 'lol.xml').expect(201);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(response.body.accepted).toEqual([]);
      expect(response.body.rejected).toEqual([expect.objectContaining({ label: 'file', message: expect.stringContaining('billion laughs') })]);
      expect(JSON.stringify(response.body)).not.toContain('lollol');
      await stillServing();
    });

    it('billion laughs inside an XLSX sheet: refused quickly (no entity is expanded), without a crash', async () => {
      const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
      const template = await JSZip.loadAsync(templateXlsx);
      const xml = await (template.file('xl/sharedStrings.xml') as JSZip.JSZipObject).async('string');
      const poisoned = xml
        .replace(/^(<\?xml[^>]*\?>)?/, (declaration) => `${declaration}<!DOCTYPE sst [<!ENTITY lol0 "lol">${levels}]>`)
        .replace('Which plan includes a free trade-in?', '&lol9;');
      const started = Date.now();
      const response = await upload(bankId, 'xlsx', await workbook({ 'xl/sharedStrings.xml': poisoned }), 'lol.xlsx');
      expect(Date.now() - started).toBeLessThan(3000);
      expect(response.status).toBe(201);
      expect(response.body.accepted).toEqual([]);
      expect(response.body.rejected).toEqual([{ label: 'file', kind: 'invalid', message: expect.stringMatching(/could not be read \(.*undefined entity/) }]);
      expect(JSON.stringify(response.body)).not.toContain('lollollol');
      await stillServing();
    });

    describe('XLSX zip bombs are refused from the zip index, quickly, with a clear message', () => {
      const sheet = 'xl/worksheets/sheet1.xml';
      const refusedQuickly = async (file: Buffer, message: string | RegExp) => {
        const started = Date.now();
        const response = await upload(bankId, 'xlsx', file, 'bomb.xlsx').expect(201);
        expect(Date.now() - started).toBeLessThan(3000);
        expect(response.body.accepted).toEqual([]);
        expect(response.body.rejected).toEqual([{ label: 'file', kind: 'invalid', message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message) }]);
        const committed = await commit(bankId, response.body.id).expect(422);
        expect(committed.body.code).toBe('IMPORT_REJECTED');
      };

      it('a sheet that unpacks to 200 MB (over the 100 MB total)', async () => {
        // The template's own parts, with its sheet replaced by 200 MB of "0" that deflate to ~200 kB.
        const template = await JSZip.loadAsync(templateXlsx);
        const entries = await Promise.all(
          Object.values(template.files)
            .filter((entry) => !entry.dir)
            .map(async (entry) => ({ name: entry.name, data: entry.name === sheet ? Buffer.alloc(200 * 1024 * 1024, 0x30) : await entry.async('nodebuffer') })),
        );
        expect(entries.map((entry) => entry.name)).toContain(sheet);
        const file = zipOf(entries);
        expect(file.byteLength).toBeLessThan(1024 * 1024);
        await refusedQuickly(file, /unpack to more than 100 MB\. It was refused as a possible zip bomb/);
        await stillServing();
      }, 30_000);

      it('one entry compressed more than 100:1 (20 MB from a few kB)', async () => {
        const file = await workbook({ [sheet]: Buffer.alloc(20 * 1024 * 1024, 0x30) }, 9);
        await refusedQuickly(file, /unpacks from .* to 20 MB \(more than 100:1\)\. It was refused as a possible zip bomb/);
      });

      it('more than 1,000 entries', async () => {
        const extra = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [`xl/media/pad${i}.bin`, 'x']));
        await refusedQuickly(await workbook(extra), /holds 10\d\d files inside; at most 1000 are allowed/);
      });

      it('an archive inside the workbook', async () => {
        await refusedQuickly(await workbook({ 'xl/embeddings/inner.zip': Buffer.from('PK') }), 'contains another archive ("xl/embeddings/inner.zip")');
      });

      it('an entry that lies about its size: stopped while inflating', async () => {
        const file = await workbook({ [sheet]: Buffer.alloc(5 * 1024 * 1024, 0x30) }, 1);
        // Rewrite the declared uncompressed size of that entry (local header and central directory) to 1,000 bytes.
        const name = Buffer.from(sheet);
        let patched = 0;
        for (let at = file.indexOf(name); at >= 0; at = file.indexOf(name, at + 1)) {
          if (file.readUInt32LE(at - 30) === 0x04034b50) {
            file.writeUInt32LE(1000, at - 30 + 22);
            patched++;
          } else if (file.readUInt32LE(at - 46) === 0x02014b50) {
            file.writeUInt32LE(1000, at - 46 + 24);
            patched++;
          }
        }
        expect(patched).toBe(2);
        await refusedQuickly(file, `The workbook entry "${sheet}" unpacks to more data than the archive declares`);
        await stillServing();
      });
    });

    describe('encodings and binary files', () => {
      // "中文客户问题" in GBK, as Chinese Windows saves a text file.
      const GBK = Buffer.from([0xd6, 0xd0, 0xce, 0xc4, 0xbf, 0xcd, 0xbb, 0xa7, 0xce, 0xca, 0xcc, 0xe2]);

      it('a GBK GIFT or Aiken file: 400 UNSUPPORTED_ENCODING naming GBK, nothing recorded', async () => {
        const before = await importRows();
        const gift = Buffer.concat([Buffer.from('::Q1::'), GBK, Buffer.from('{T}\n')]);
        const aiken = Buffer.concat([GBK, Buffer.from('\nA. '), GBK, Buffer.from('\nB. x\nANSWER: A\n')]);
        for (const [format, file] of [['gift', gift], ['aiken', aiken]] as const) {
          const response = await upload(bankId, format, file, `gbk.${format}.txt`).expect(400);
          expect(response.body).toEqual({
            statusCode: 400,
            code: 'UNSUPPORTED_ENCODING',
            message: expect.stringContaining('GBK'),
            fieldErrors: [{ field: 'file', message: expect.stringContaining('GBK'), code: 'GBK/GB18030' }],
            encoding: 'GBK/GB18030',
            requestId: expect.any(String),
          });
          expect(response.body.message).toContain('UTF-8');
          expect(response.body.message).not.toContain('CSV');
        }
        expect(await importRows()).toBe(before);
      });

      it('a GBK CSV and a GBK Moodle XML: refused as a file, naming GBK', async () => {
        const csv = Buffer.concat([Buffer.from('type,question,options,answer\r\ntrue_false,'), GBK, Buffer.from(',,true\r\n')]);
        const csvPreview: PreviewBody = (await upload(bankId, 'csv', csv, 'gbk.csv').expect(201)).body;
        expect(csvPreview.accepted).toEqual([]);
        expect(csvPreview.rejected).toEqual([{ label: 'file', kind: 'invalid', message: expect.stringContaining('GBK') }]);
        const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="GBK"?>\n'), Buffer.from(trueFalseXml('@@@').split('@@@')[0]), GBK, Buffer.from(trueFalseXml('@@@').split('@@@')[1])]);
        const xmlPreview: PreviewBody = (await upload(bankId, 'moodle_xml', xml, 'gbk.xml').expect(201)).body;
        expect(xmlPreview.accepted).toEqual([]);
        expect(xmlPreview.rejected).toEqual([{ label: 'file', kind: 'invalid', message: expect.stringMatching(/GBK.*declares encoding="GBK"/) }]);
        await commit(bankId, csvPreview.id).expect(422);
      });

      it('binary garbage: a clear 4xx or a rejected file in every format, never a 500', async () => {
        let seed = 42;
        const random = Buffer.from(Array.from({ length: 4096 }, () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) >> 16) & 0xff));
        const png = PHONE_PNG;
        const nulls = Buffer.concat([Buffer.from('::Q::x'), Buffer.alloc(64), Buffer.from('{T}')]);
        const xlsx = await workbook({});
        for (const format of ['gift', 'aiken']) {
          for (const [what, file, message] of [
            ['random bytes', random, 'not UTF-8 text and its encoding could not be recognised'],
            ['a PNG', png, 'not UTF-8 text and its encoding could not be recognised'],
            ['NUL bytes', nulls, 'binary data'],
            ['a workbook', xlsx, 'Excel workbook, not a GIFT or Aiken text file: choose the XLSX format'],
          ] as const) {
            const response = await upload(bankId, format, file);
            expect({ format, what, status: response.status, code: response.body.code }).toEqual({ format, what, status: 400, code: 'UNSUPPORTED_ENCODING' });
            expect(response.body.message).toContain(message);
          }
        }
        for (const [format, message] of [
          ['moodle_xml', /not UTF-8/],
          ['csv', /not UTF-8 text/],
          ['xlsx', 'not an Excel workbook'],
        ] as const) {
          const response = await upload(bankId, format, random);
          expect({ format, status: response.status }).toEqual({ format, status: 201 });
          expect(response.body.rejected).toEqual([{ label: 'file', kind: 'invalid', message: typeof message === 'string' ? expect.stringContaining(message) : expect.stringMatching(message) }]);
        }
        // Text that is nothing like GIFT: every block reported, none imported.
        const nonsense: PreviewBody = (await upload(bankId, 'gift', 'lorem ipsum }{ dolor\n\n{{{{\n\n::::\n').expect(201)).body;
        expect(nonsense.accepted).toEqual([]);
        expect(nonsense.rejected.map((issue) => issue.line)).toEqual([1, 3, 5]);
        await stillServing();
      });

      it('an empty body, a JSON body, an unknown format or bank: clear 4xx', async () => {
        const empty = await upload(bankId, 'gift', Buffer.alloc(0)).expect(400);
        expect(empty.body).toMatchObject({ code: 'VALIDATION_FAILED', message: 'The file is empty', fieldErrors: [{ field: 'file', message: 'Empty file' }] });
        const json = await api.http().post(`/api/question-banks/${bankId}/imports?format=gift`).set(bearer(trainer)).send({ text: '::Q::x{T}' }).expect(415);
        expect(json.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
        const format = await upload(bankId, 'docx', '::Q::x{T}').expect(400);
        expect(format.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [expect.objectContaining({ field: 'format' })] });
        await upload(randomUUID(), 'gift', '::Q::x{T}').expect(404);
        await api.http().get(`/api/question-banks/${bankId}/imports/${randomUUID()}`).set(bearer(trainer)).expect(404);
      });
    });

    describe('HTML from a file is sanitised like HTML typed in the editor', () => {
      it('script, event handlers and javascript: links are removed from stem, options and feedback', async () => {
        const target = await createBank('Sanitising');
        const gift = [
          '::Script in GIFT::[html]<p>x</p><script>alert(1)</script><img src="https://cdn.example.com/a.png" onerror="alert(2)"><a href="javascript:alert(3)">link</a>{',
          // GIFT escapes "=" inside answers, as Moodle writes it.
          '\t=<b>Yes</b><script>alert(4)</script>#<i>Good</i><iframe src\\="https\\://evil.example"></iframe>',
          '\t~No',
          '}',
          '',
          '::Only a script::[html]<script>alert(5)</script>{T}',
          '',
        ].join('\n');
        const result = await preview(target, 'gift', gift, 'xss.gift');
        expect(result.accepted.map((item) => [item.name, item.excerpt])).toEqual([['Script in GIFT', 'x link']]);
        // Its stem is empty once the script is removed: rejected, saying why.
        expect(result.rejected).toEqual([{ line: 6, label: 'Only a script', kind: 'invalid', message: expect.stringContaining('After removing unsafe HTML') }]);
        expect(JSON.stringify(result)).not.toContain('alert');
        await commit(target, result.id).expect(200);
        const [stored] = (await questionsByName(target)).values();
        expect(stored.definition.stem).toBe('<p>x</p><img src="https://cdn.example.com/a.png" /><a target="_blank" rel="noopener noreferrer">link</a>');
        expect(stored.definition.options).toEqual([
          { id: 'o1', text: '<b>Yes</b>', fraction: 1, feedback: '<i>Good</i>' },
          { id: 'o2', text: 'No', fraction: 0 },
        ]);
        expect(JSON.stringify(stored.definition)).not.toMatch(/script|alert|onerror|javascript:|iframe/i);

        const xml = `<quiz><question type="multichoice"><name><text>Script in XML</text></name><questiontext format="html"><text><![CDATA[<p onclick="alert(6)">Pick</p><script>alert(7)</script>]]></text></questiontext>
          <generalfeedback format="html"><text><![CDATA[<svg onload="alert(8)"></svg>Read the sheet]]></text></generalfeedback><single>true</single>
          <answer fraction="100" format="html"><text><![CDATA[A<script>alert(9)</script>]]></text><feedback format="html"><text><![CDATA[<img src=x onerror=alert(10)>ok]]></text></feedback></answer>
          <answer fraction="0" format="html"><text>B</text></answer></question></quiz>`;
        const fromXml = await preview(target, 'moodle_xml', xml, 'xss.xml');
        expect(fromXml.accepted).toHaveLength(1);
        await commit(target, fromXml.id).expect(200);
        const fromMoodle = (await questionsByName(target)).get('Script in XML') as QuestionDetailBody;
        expect(fromMoodle.definition).toMatchObject({ stem: '<p>Pick</p>', generalFeedback: 'Read the sheet', options: [{ text: 'A', feedback: 'ok' }, { text: 'B' }] });
        expect(JSON.stringify(fromMoodle.definition)).not.toMatch(/script|alert|onerror|onclick|onload/i);
      });
    });
  });

  describe('commit: all or nothing, once', () => {
    const SMALL_GIFT = '$CATEGORY: $course$/top/Once\n\n::Once A::First?{T}\n\n::Once B::Second?{F}\n\n::Once C::Third?{=a ~b}\n';

    it('two commits at the same time: exactly one 200 and one 409 CONFLICT; the questions exist once', async () => {
      const bankId = await createBank('Parallel commit');
      const result = await preview(bankId, 'gift', SMALL_GIFT);
      expect(result.accepted).toHaveLength(3);
      const responses = await Promise.all([commit(bankId, result.id), commit(bankId, result.id)]);
      const outcomes = responses.map((response) => ({ status: response.status, code: response.body.code, created: response.body.created }));
      expect(outcomes.sort((a, b) => a.status - b.status)).toEqual([
        { status: 200, code: undefined, created: 3 },
        { status: 409, code: 'CONFLICT', created: undefined },
      ]);
      expect((await search(bankId)).total).toBe(3);
      expect(await categoryLines(bankId)).toEqual(['Once: 3']);
      // And later: still 409, still three.
      const late = await commit(bankId, result.id).expect(409);
      expect(late.body).toMatchObject({ statusCode: 409, code: 'CONFLICT', message: 'This import has already been committed' });
      expect((await search(bankId)).total).toBe(3);
    });

    it('a failed commit changes nothing and leaves the import committable', async () => {
      const bankId = await createBank('Failed commit');
      const result = await preview(bankId, 'gift', SMALL_GIFT);
      const unknown = await commit(bankId, result.id, { parentCategoryId: randomUUID() }).expect(400);
      expect(unknown.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'parentCategoryId', message: 'Unknown category' }] });
      await commit(bankId, result.id, { status: 'retired' }).expect(400);
      expect((await search(bankId)).total).toBe(0);
      expect(await categories(bankId)).toEqual([]);
      const status = await api.http().get(`/api/question-banks/${bankId}/imports/${result.id}`).set(bearer(trainer)).expect(200);
      expect(status.body.status).toBe('preview');
      expect((await commit(bankId, result.id).expect(200)).body).toMatchObject({ created: 3 });
    });

    it('an import belongs to its bank: another bank cannot read or commit it', async () => {
      const bankId = await createBank('Owner bank');
      const other = await createBank('Not the owner');
      const result = await preview(bankId, 'gift', SMALL_GIFT);
      await api.http().get(`/api/question-banks/${other}/imports/${result.id}`).set(bearer(trainer)).expect(404);
      await commit(other, result.id).expect(404);
      expect((await search(other)).total).toBe(0);
      await commit(bankId, result.id).expect(200);
    });

    it('a file with nothing importable: 422 IMPORT_REJECTED listing why, nothing written, import still open', async () => {
      const bankId = await createBank('Nothing importable');
      const result = await preview(bankId, 'gift', '::Broken::{=a ~b\n\nJust a description.\n');
      expect(result.accepted).toEqual([]);
      const response = await commit(bankId, result.id).expect(422);
      expect(response.body).toMatchObject({
        statusCode: 422,
        code: 'IMPORT_REJECTED',
        message: 'The file has no question that can be imported',
        rejected: [expect.objectContaining({ line: 1, kind: 'invalid' }), expect.objectContaining({ line: 3, kind: 'unsupported' })],
      });
      expect(await categories(bankId)).toEqual([]);
      expect((await api.http().get(`/api/question-banks/${bankId}/imports/${result.id}`).set(bearer(trainer)).expect(200)).body.status).toBe('preview');
    });

    it('agents get 403 on upload, preview, commit, export and template; anonymous callers 401; nothing happens', async () => {
      const bankId = await createBank('Roles');
      const result = await preview(bankId, 'gift', SMALL_GIFT);
      const rowsBefore = await importRows();
      const forbidden = (response: { status: number; body: unknown }) => {
        expect(response.status).toBe(403);
        const body = Buffer.isBuffer(response.body) ? JSON.parse(response.body.toString('utf8')) : response.body;
        expect(body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
      };
      forbidden(await upload(bankId, 'gift', SMALL_GIFT, 'agent.gift', agent));
      forbidden(await api.http().get(`/api/question-banks/${bankId}/imports/${result.id}`).set(bearer(agent)));
      forbidden(await commit(bankId, result.id, {}, agent));
      forbidden(await exportFile(bankId, { format: 'gift', categoryId: randomUUID() }, agent));
      for (const format of ['csv', 'xlsx']) forbidden(await api.http().get(`/api/question-import-template?format=${format}`).set(bearer(agent)));
      await api.http().post(`/api/question-banks/${bankId}/imports?format=gift`).set('Content-Type', 'application/octet-stream').send(Buffer.from(SMALL_GIFT)).expect(401);
      await api.http().post(`/api/question-banks/${bankId}/imports/${result.id}/commit`).send({}).expect(401);
      await api.http().get('/api/question-import-template?format=csv').expect(401);
      expect(await importRows()).toBe(rowsBefore);
      expect((await search(bankId)).total).toBe(0);
      // Admins may do all of it.
      expect((await commit(bankId, result.id, {}, admin).expect(200)).body.created).toBe(3);
      const once = (await categories(bankId)).find((node) => node.name === 'Once') as CategoryBody;
      expect((await exportFile(bankId, { format: 'gift', categoryId: once.id }, admin)).status).toBe(200);
    });
  });

  /** Regressions: bugs this file found, now fixed. */
  describe('regressions', () => {
    describe('a category name over 120 characters', () => {
      let bankId: string;
      const long = `Trade-in ${'x'.repeat(130)}`;
      let summary: { created: number; categoriesCreated: number };

      it('is shortened to 120 characters and its questions are imported', async () => {
        bankId = await createBank('Long category');
        const gift = `$CATEGORY: $course$/top/${long}\n\n::Long A::First?{T}\n\n::Long B::Second?{F}\n`;
        const result = await preview(bankId, 'gift', gift);
        expect(result.accepted.map((item) => item.categoryPath)).toEqual([[long], [long]]);
        summary = (await commit(bankId, result.id).expect(200)).body;
        expect(summary.created).toBe(2);
        const byName = await questionsByName(bankId);
        expect([...byName.values()].map((q) => q.categoryPath)).toEqual([[long.slice(0, 120)], [long.slice(0, 120)]]);
      });

      // Names are cut to 120 characters before the lookup too, so a long name is not created twice.
      it('all its questions share one category', async () => {
        expect(summary).toMatchObject({ created: 2, categoriesCreated: 1 });
        expect(await categoryLines(bankId)).toEqual([`${long.slice(0, 120)}: 2`]);
      });
    });

    describe('an image of a question rejected at commit', () => {
      let bankId: string;

      it('the question is rejected and the other question keeps its own image', async () => {
        bankId = await createBank('Orphan file');
        const question = (name: string, image: Buffer, option: string) =>
          `<question type="multichoice"><name><text>${name}</text></name><questiontext format="html"><text><![CDATA[<p>Which one? <img src="@@PLUGINFILE@@/${name}.png"></p>]]></text>` +
          `<file name="${name}.png" path="/" encoding="base64">${image.toString('base64')}</file></questiontext><single>true</single>` +
          `<answer fraction="100" format="html"><text><![CDATA[${option}]]></text></answer><answer fraction="0" format="html"><text>B</text></answer></question>`;
        // The second question's right answer is nothing but a script: empty once sanitised, so it is rejected.
        const xml = `<quiz>${question('kept', PHONE_PNG, 'A')}${question('dropped', BADGE_PNG, '<script>alert(1)</script>')}</quiz>`;
        const result = await preview(bankId, 'moodle_xml', xml);
        expect(result.accepted.map((item) => item.name)).toEqual(['kept']);
        expect(result.rejected).toEqual([expect.objectContaining({ element: 2, label: 'dropped', message: expect.stringContaining('After removing unsafe HTML') })]);
        expect((await commit(bankId, result.id).expect(200)).body).toMatchObject({ created: 1, filesStored: 1 });
        const [kept] = (await questionsByName(bankId)).values();
        const src = (/<img src="([^"]+)"/.exec(kept.definition.stem)?.[1] as string).replace(/&amp;/g, '&');
        expect(Buffer.compare((await api.http().get(src).buffer(true).parse(binary).expect(200)).body, PHONE_PNG)).toBe(0);
      });

      // A question is checked before its images are stored, so a rejected one leaves no file behind.
      it('is not stored as an orphan bank file', async () => {
        expect(await dataSource.getRepository(QuestionFile).countBy({ bankId })).toBe(1);
      });
    });
  });
});

describe('question import with MAX_UPLOAD_BYTES=200000', () => {
  let small: TestApi;
  let token: string;
  let bankId: string;
  const gift = (questions: number) => Array.from({ length: questions }, (_, i) => `::Bulk ${i}::Is statement number ${String(i).padStart(5, '0')} of the bulk file true?{T}\n`).join('\n');
  const send = (body: string) =>
    small.http().post(`/api/question-banks/${bankId}/imports?format=gift&fileName=bulk.gift`).set(bearer(token)).set('Content-Type', 'application/octet-stream').send(Buffer.from(body));

  beforeAll(async () => {
    small = await startTestApi({ MAX_UPLOAD_BYTES: '200000' });
    token = await small.login('trainer1@pathwise.local');
    bankId = (await small.http().post('/api/question-banks').set(bearer(token)).send({ name: `Upload limit ${randomUUID().slice(0, 8)}` }).expect(201)).body.id;
  });
  afterAll(() => small.close());

  it('a 300 kB file: 413 PAYLOAD_TOO_LARGE, nothing recorded', async () => {
    const body = gift(4600);
    expect(Buffer.byteLength(body)).toBeGreaterThan(300_000);
    const response = await send(body).expect(413);
    expect(response.body).toEqual({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: expect.any(String), requestId: response.headers['x-request-id'] });
    expect(await small.app.get(DataSource).getRepository(QuestionImport).count()).toBe(0);
  });

  it('a file just under the limit is read', async () => {
    const body = gift(2900);
    expect(Buffer.byteLength(body)).toBeLessThanOrEqual(200_000);
    const response = await send(body).expect(201);
    expect(response.body.accepted).toHaveLength(2900);
    expect(response.body.rejected).toEqual([]);
  });
});
