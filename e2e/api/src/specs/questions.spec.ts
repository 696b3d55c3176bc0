import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { DataSource, EntityManager } from 'typeorm';
import { FileUrlSigner } from '@pathwise/api/question-files/file-url-signer';
import { QuestionFile } from '@pathwise/api/question-files/question-file.entity';
import { QuestionVersion } from '@pathwise/api/questions/question-version.entity';
import { QuestionWriter } from '@pathwise/api/questions/question-writer';
import { Question } from '@pathwise/api/questions/question.entity';
import { bearer, startTestApi, TestApi } from '../support/test-api';

type Json = Record<string, unknown>;

interface QuestionBody {
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
  version: number;
  defaultPoints: number;
  excerpt: string;
  authorName: string | null;
  updatedByName: string | null;
  updatedAt: string;
  idNumber: string | null;
  definition: Json & { stem: string };
  createdAt: string;
}

interface PageBody {
  items: QuestionBody[];
  total: number;
  page: number;
  pageSize: number;
  facets: { type: Record<string, number>; difficulty: Record<string, number>; status: Record<string, number> };
}

interface AuditEntryBody {
  action: string;
  entityType: string;
  entityId: string | null;
  actor: { id: string; displayName: string } | null;
  details: Record<string, unknown> | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UNKNOWN_ID = '7d0c1b1e-0000-4000-8000-000000000000';
const TRAINER_NAME = '陈老师 Chen Li';
const ADMIN_NAME = 'Alex Morgan';

/** A valid 1×1 PNG. */
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** The shapes of libs/assessment/src/testing/fixtures.ts, one valid definition per type. */
const single = {
  type: 'single_choice',
  stem: 'Which plan includes free trade-in?',
  generalFeedback: 'Only Plus includes it.',
  options: [
    { id: 'a', text: 'Basic', fraction: 0, feedback: 'Basic has no trade-in.' },
    { id: 'b', text: 'Plus', fraction: 1, feedback: 'Right.' },
    { id: 'c', text: 'Plus (old)', fraction: 0.5 },
    { id: 'd', text: 'None', fraction: -0.5 },
  ],
};
const multiple = {
  type: 'multiple_choice',
  stem: 'Which documents prove identity?',
  scoring: 'partial',
  options: [
    { id: 'id', text: 'ID card', fraction: 0.5 },
    { id: 'pp', text: 'Passport', fraction: 0.5 },
    { id: 'bill', text: 'Phone bill', fraction: -1 },
    { id: 'card', text: 'Loyalty card', fraction: 0 },
  ],
};
const trueFalse = { type: 'true_false', stem: 'Refunds take 3 days.', correct: true, feedbackTrue: 'Yes.', feedbackFalse: 'It is 3 days.' };
const fillBlank = {
  type: 'fill_blank',
  stem: 'Complete the greeting.',
  text: 'Thank you for calling [[brand]], my name is [[name]].',
  blanks: [
    { id: 'brand', accepted: [{ value: 'Pathwise Mobile', kind: 'text' }, { value: 'Pathwise', kind: 'text', fraction: 0.5 }] },
    { id: 'name', accepted: [{ value: '[A-Z][a-z]+', kind: 'regex' }], caseSensitive: true },
  ],
};
const numerical = {
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
};
const ORDER = ['listen', 'apologise', 'solve', 'confirm', 'close'];
const ordering = { type: 'ordering', stem: '<p>Order the <strong>complaint</strong> steps.</p>', scoring: 'all_or_nothing', items: ORDER.map((id) => ({ id, text: id })) };
const matching = {
  type: 'matching',
  stem: 'Match plan and price.',
  scoring: 'partial',
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
};
const essay = {
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
};
const scenario = {
  type: 'scenario',
  stem: 'Read the case.',
  caseText: '<p>A customer wants to trade in a phone.</p>',
  parts: [
    { id: 'plan', weight: 2, question: single },
    { id: 'weight', weight: 3, question: numerical },
    { id: 'reply', weight: 5, question: { type: 'essay', stem: 'Write the reply.', responseFormat: 'short', graderInfo: 'Polite?' } },
  ],
};
const DEFINITIONS: Record<string, Json> = {
  single_choice: single,
  multiple_choice: multiple,
  true_false: trueFalse,
  fill_blank: fillBlank,
  numerical,
  ordering,
  matching,
  essay,
  scenario,
};
const TYPES = Object.keys(DEFINITIONS);

/** Keys that give an answer away; none may appear in what a learner receives. */
const KEY_FIELDS = /"(fraction|accepted|choiceId|graderInfo|correct|answers|tolerance|feedback|feedbackTrue|feedbackFalse|generalFeedback|levels|rubric)"\s*:/;

/** `field:code` of each field error. */
const problems = (body: { fieldErrors?: { field: string; code?: string }[] }) => (body.fieldErrors ?? []).map((error) => `${error.field}:${error.code}`);

/** Reads a binary response body as bytes. */
const binary = (res: Response, callback: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => callback(null, Buffer.concat(chunks)));
};

describe('questions', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let trainer: string;
  let admin: string;

  const uniqueName = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;
  const createBank = async (label: string): Promise<string> => (await api.http().post('/api/question-banks').set(bearer(trainer)).send({ name: uniqueName(label) }).expect(201)).body.id;
  const createCategory = async (bankId: string, name: string, parentId?: string): Promise<string> =>
    (await api.http().post(`/api/question-banks/${bankId}/categories`).set(bearer(trainer)).send({ name, parentId }).expect(201)).body.id;
  const postQuestion = (bankId: string, body: Json, token = trainer) => api.http().post(`/api/question-banks/${bankId}/questions`).set(bearer(token)).send(body);
  const createQuestion = async (bankId: string, body: Json): Promise<QuestionBody> => {
    const response = await postQuestion(bankId, body);
    if (response.status !== 201) throw new Error(`Creating ${String(body['name'])} failed: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body;
  };
  const getQuestion = async (id: string): Promise<QuestionBody> => (await api.http().get(`/api/questions/${id}`).set(bearer(trainer)).expect(200)).body;
  const putQuestion = (id: string, body: Json, token = trainer) => api.http().put(`/api/questions/${id}`).set(bearer(token)).send(body);
  const versions = async (id: string): Promise<{ version: number; name: string; changeNote: string | null; createdByName: string | null; defaultPoints: number; type: string }[]> =>
    (await api.http().get(`/api/questions/${id}/versions`).set(bearer(trainer)).expect(200)).body;
  const search = async (bankId: string, query = ''): Promise<PageBody> => (await api.http().get(`/api/question-banks/${bankId}/questions?${query}`).set(bearer(trainer)).expect(200)).body;
  const everyStatus = async (bankId: string): Promise<PageBody> => search(bankId, 'status=draft,active,retired&pageSize=200');
  const tryAnswer = (id: string, body: Json) => api.http().post(`/api/questions/${id}/try`).set(bearer(trainer)).send(body);
  const preview = async (id: string, query = '') => (await api.http().get(`/api/questions/${id}/preview${query}`).set(bearer(trainer)).expect(200)).body;
  const auditEntries = async (action: string, entityId: string): Promise<AuditEntryBody[]> =>
    (await api.http().get(`/api/audit-log?action=${encodeURIComponent(action)}&entityId=${entityId}&pageSize=200`).set(bearer(admin)).expect(200)).body.items;
  /** The editable input of a question as the editor would send it back. */
  const inputOf = (q: QuestionBody): Json => ({
    categoryId: q.categoryId,
    name: q.name,
    definition: q.definition,
    defaultPoints: q.defaultPoints,
    difficulty: q.difficulty,
    bloom: q.bloom,
    status: q.status,
    tags: q.tags,
    dimensionCodes: q.dimensionCodes,
    idNumber: q.idNumber,
    baseVersion: q.version,
  });
  const download = (url: string) => api.http().get(url).buffer(true).parse(binary);

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    trainer = await api.login('trainer1@pathwise.local');
    admin = await api.login('admin@pathwise.local');
  });
  afterAll(() => api.close());

  describe('every question type', () => {
    let bankId: string;
    let categoryId: string;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      bankId = await createBank('Every type');
      categoryId = await createCategory(bankId, 'Types 题型');
    });

    it.each(TYPES)('creates a %s question (201) that reads back through GET /questions/:id with the same definition', async (type) => {
      const definition = DEFINITIONS[type];
      const response = await postQuestion(bankId, {
        categoryId,
        name: `  A ${type} question  `,
        definition,
        defaultPoints: 2,
        difficulty: 3,
        bloom: 'apply',
        tags: ['Trade-in', ' trade-IN ', 'VIP  customers'],
        dimensionCodes: ['product-knowledge'],
        idNumber: `Q-${type}`,
        changeNote: 'First draft',
      }).expect(201);
      ids[type] = response.body.id;
      expect(response.body).toMatchObject({
        id: expect.stringMatching(UUID),
        bankId,
        categoryId,
        categoryPath: ['Types 题型'],
        name: `A ${type} question`,
        type,
        status: 'active',
        difficulty: 3,
        bloom: 'apply',
        tags: ['Trade-in', 'VIP customers'],
        dimensionCodes: ['product-knowledge'],
        version: 1,
        defaultPoints: 2,
        authorName: TRAINER_NAME,
        updatedByName: TRAINER_NAME,
        idNumber: `Q-${type}`,
      });
      expect(response.body.definition).toMatchObject(definition);
      expect(response.body.excerpt).toBe((definition['stem'] as string).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());

      const read = await getQuestion(ids[type]);
      expect(read).toEqual(response.body);
      const [v1] = await versions(ids[type]);
      expect(v1).toMatchObject({ version: 1, name: `A ${type} question`, type, defaultPoints: 2, changeNote: 'First draft', createdByName: TRAINER_NAME });
      const stored = (await api.http().get(`/api/questions/${ids[type]}/versions/1`).set(bearer(trainer)).expect(200)).body;
      expect(stored).toMatchObject({ questionId: ids[type], version: 1, definition: read.definition });
    });

    it('fills in the engine defaults it documents (shuffled options, full credit for an accepted answer without a fraction)', async () => {
      expect((await getQuestion(ids['single_choice'])).definition).toMatchObject({ shuffleOptions: true });
      const blanks = (await getQuestion(ids['fill_blank'])).definition['blanks'] as { accepted: { fraction: number }[] }[];
      expect(blanks[0].accepted.map((answer) => answer.fraction)).toEqual([1, 0.5]);
      const parts = (await getQuestion(ids['scenario'])).definition['parts'] as { question: Json }[];
      expect(parts[0].question).toMatchObject({ ...single, shuffleOptions: true });
    });

    it('lists one question of each type, with a facet per type', async () => {
      const page = await search(bankId);
      expect(page.total).toBe(TYPES.length);
      expect(page.facets.type).toEqual(Object.fromEntries(TYPES.map((type) => [type, 1])));
    });

    describe('preview (what a learner receives)', () => {
      it.each(TYPES)('shows a %s question without any part of its key', async (type) => {
        const body = await preview(ids[type]);
        expect(body).toMatchObject({ questionId: ids[type], version: 1, question: { type, stem: DEFINITIONS[type]['stem'] } });
        const json = JSON.stringify(body);
        expect(json).not.toMatch(KEY_FIELDS);
        for (const secret of ['Right.', 'Pathwise Mobile', '[A-Z][a-z]+', '1000.5', 'Look for an apology.', 'Polite?', 'It is 3 days.']) expect(json).not.toContain(secret);
      });

      it('gives maxPoints = defaultPoints for a normal question, the rubric total for an essay with a rubric, the part weights for a scenario', async () => {
        for (const type of ['single_choice', 'multiple_choice', 'true_false', 'fill_blank', 'numerical', 'ordering', 'matching']) expect((await preview(ids[type])).maxPoints).toBe(2);
        expect((await preview(ids['essay'])).maxPoints).toBe(10);
        expect((await preview(ids['scenario'])).maxPoints).toBe(10);
      });

      it('keeps what a learner needs: options, blanks, units, prompts and choices, criteria, parts; ordering items are never shown solved', async () => {
        expect((await preview(ids['single_choice'])).question.options).toEqual(single.options.map(({ id, text }) => ({ id, text })));
        expect((await preview(ids['fill_blank'])).question).toMatchObject({ text: fillBlank.text, blanks: [{ id: 'brand' }, { id: 'name' }] });
        expect((await preview(ids['numerical'])).question).toMatchObject({ units: ['kg', 'g'], unitPolicy: 'required' });
        const matchingView = (await preview(ids['matching'])).question;
        expect(matchingView.prompts).toEqual(matching.prompts.map(({ id, text }) => ({ id, text })));
        expect(matchingView.choices.map((choice: { id: string }) => choice.id).sort()).toEqual(['p10', 'p20', 'p30', 'p99']);
        expect((await preview(ids['essay'])).question.criteria).toEqual([
          { id: 'empathy', description: 'Shows empathy' },
          { id: 'fix', description: 'Offers a fix' },
        ]);
        const scenarioView = (await preview(ids['scenario'])).question;
        expect(scenarioView.parts.map((part: { id: string; weight: number; question: { type: string } }) => [part.id, part.weight, part.question.type])).toEqual([
          ['plan', 2, 'single_choice'],
          ['weight', 3, 'numerical'],
          ['reply', 5, 'essay'],
        ]);
        const items = (await preview(ids['ordering'])).question.items.map((item: { id: string }) => item.id);
        expect([...items].sort()).toEqual([...ORDER].sort());
        expect(items).not.toEqual(ORDER);
      });

      it('answers 404 for an unknown question or version', async () => {
        await api.http().get(`/api/questions/${UNKNOWN_ID}/preview`).set(bearer(trainer)).expect(404);
        await api.http().get(`/api/questions/${ids['single_choice']}/preview?version=2`).set(bearer(trainer)).expect(404);
      });
    });

    describe('try an answer', () => {
      const score = async (type: string, answer: unknown) => {
        const response = await tryAnswer(ids[type], { answer }).expect(200);
        expect(response.body).toMatchObject({ valid: true, problems: [] });
        return response.body.score as { status: string; points: number; maxPoints: number; fraction: number; parts: { id: string; points: number }[]; feedback: string[] };
      };

      it('scores a right answer with full points and a wrong one with none, for every auto-graded type', async () => {
        const cases: [string, unknown, unknown][] = [
          ['single_choice', { optionId: 'b' }, { optionId: 'a' }],
          ['multiple_choice', { optionIds: ['id', 'pp'] }, { optionIds: ['bill', 'card'] }],
          ['true_false', { value: true }, { value: false }],
          ['fill_blank', { blanks: { brand: 'pathwise mobile', name: 'Alice' } }, { blanks: { brand: 'Acme', name: 'alice' } }],
          ['numerical', { value: '1000.5 kg' }, { value: '3 kg' }],
          ['ordering', { order: ORDER }, { order: [...ORDER].reverse() }],
          ['matching', { pairs: { basic: 'p10', plus: 'p20', max: 'p30', family: 'p30' } }, { pairs: { basic: 'p99', plus: 'p10', max: 'p20', family: 'p99' } }],
        ];
        for (const [type, right, wrong] of cases) {
          expect({ type, ...(await score(type, right)) }).toMatchObject({ type, status: 'graded', points: 2, maxPoints: 2, fraction: 1 });
          expect({ type, ...(await score(type, wrong)) }).toMatchObject({ type, status: 'graded', points: 0, maxPoints: 2, fraction: 0 });
        }
        // Feedback comes with the score: the chosen option's and the general one.
        expect((await score('single_choice', { optionId: 'b' })).feedback).toEqual(['Right.', 'Only Plus includes it.']);
      });

      it('gives partial credit where the scoring says so', async () => {
        // Partial multiple choice: (right chosen − wrong chosen) / right options.
        expect(await score('multiple_choice', { optionIds: ['id'] })).toMatchObject({ points: 1, fraction: 0.5 });
        expect(await score('multiple_choice', { optionIds: ['id', 'pp', 'bill'] })).toMatchObject({ points: 1, fraction: 0.5 });
        expect(await score('multiple_choice', { optionIds: ['id', 'bill'] })).toMatchObject({ points: 0, fraction: 0 });
        expect(await score('single_choice', { optionId: 'c' })).toMatchObject({ points: 1, fraction: 0.5 });
        expect(await score('matching', { pairs: { basic: 'p10', plus: 'p20', max: 'p99', family: 'p99' } })).toMatchObject({ points: 1, fraction: 0.5 });
        // A missing required unit costs the unit penalty (20%).
        expect(await score('numerical', { value: '1000.5' })).toMatchObject({ points: 1.6, fraction: 0.8 });
        // 1000.5 kg written in grams.
        expect(await score('numerical', { value: '1000500 g' })).toMatchObject({ points: 2 });
      });

      it('leaves an essay pending (a person grades it) and scores a scenario part by part', async () => {
        expect(await score('essay', { text: 'I am sorry, let me fix this for you today.' })).toMatchObject({ status: 'pending', points: 0, maxPoints: 10 });
        const result = await score('scenario', { parts: { plan: { optionId: 'b' }, weight: { value: '7 kg' }, reply: { text: 'Sorry!' } } });
        expect(result).toMatchObject({ status: 'pending', points: 2, maxPoints: 10 });
        expect(result.parts.map((part) => [part.id, part.points])).toEqual([
          ['plan', 2],
          ['weight', 0],
          ['reply', 0],
        ]);
      });

      it('answers a malformed answer with 200 {valid: false, problems} and no score, never an error', async () => {
        const malformed: [string, unknown][] = [
          ['single_choice', { optionId: 'zz' }],
          ['single_choice', 'b'],
          ['single_choice', { optionId: 7 }],
          ['multiple_choice', { optionIds: 'id' }],
          ['multiple_choice', { optionIds: ['id', 'id'] }],
          ['true_false', { value: 'yes' }],
          ['fill_blank', { blanks: { colour: 'red' } }],
          ['numerical', { value: 1000.5 }],
          ['ordering', { order: ['listen', 'close'] }],
          ['matching', { pairs: { basic: 'p77' } }],
          ['essay', {}],
          ['scenario', { parts: { nope: { optionId: 'b' } } }],
          ['scenario', { parts: [] }],
        ];
        for (const [type, answer] of malformed) {
          const response = await tryAnswer(ids[type], { answer });
          expect({ type, answer, status: response.status, body: response.body }).toEqual({
            type,
            answer,
            status: 200,
            body: { valid: false, problems: [{ path: 'answer', code: 'answer.invalid', message: expect.any(String) }], score: null },
          });
        }
      });

      it('refuses unknown top-level fields with 400; no answer scores as unanswered', async () => {
        const extra = await tryAnswer(ids['true_false'], { answer: { value: true }, points: 100 }).expect(400);
        expect(extra.body.code).toBe('VALIDATION_FAILED');
        expect(problems(extra.body).map((problem) => problem.split(':')[0])).toEqual(['points']);
        for (const body of [{}, { answer: null }]) {
          const unanswered = await tryAnswer(ids['true_false'], body).expect(200);
          expect(unanswered.body).toMatchObject({ valid: true, problems: [], score: { points: 0 } });
        }
        await tryAnswer(UNKNOWN_ID, { answer: { value: true } }).expect(404);
      });
    });
  });

  describe('invalid definitions', () => {
    let bankId: string;
    let categoryId: string;
    let existing: QuestionBody;

    const expectNothingStored = async (before: { total: number; versions: number }) => {
      expect((await everyStatus(bankId)).total).toBe(before.total);
      expect(await dataSource.getRepository(QuestionVersion).count()).toBe(before.versions);
    };
    const counts = async () => ({ total: (await everyStatus(bankId)).total, versions: await dataSource.getRepository(QuestionVersion).count() });

    beforeAll(async () => {
      bankId = await createBank('Invalid');
      categoryId = await createCategory(bankId, 'Checked');
      existing = await createQuestion(bankId, { categoryId, name: 'Valid one', definition: trueFalse });
    });

    it.each([
      ['single choice with two fully correct options', { ...single, options: [{ id: 'a', text: 'A', fraction: 1 }, { id: 'b', text: 'B', fraction: 1 }] }, ['definition.options:single_choice.correct_count']],
      ['fill-in blank without an accepted answer', { ...fillBlank, blanks: [{ ...fillBlank.blanks[0], accepted: [] }, fillBlank.blanks[1]] }, ['definition.blanks[0].accepted:fill_blank.no_accepted']],
      [
        'matching pointing to an unknown choice',
        { ...matching, prompts: [matching.prompts[0], { id: 'plus', text: 'Plus', choiceId: 'p25' }] },
        ['definition.prompts[1].choiceId:matching.unknown_choice'],
      ],
      ['unknown type', { type: 'hotspot', stem: 'Click the SIM tray' }, ['definition.type:question.unknown_type']],
      [
        'scenario with a broken part',
        { ...scenario, parts: [{ id: 'p1', weight: 0, question: { ...trueFalse, correct: 'yes' } }] },
        ['definition.parts[0].weight:scenario.weight', 'definition.parts[0].question.correct:field.not_boolean'],
      ],
      ['a stem that is only script (empty once sanitised)', { ...trueFalse, stem: '<script>alert(1)</script>' }, ['definition.stem:field.empty']],
      ['numerical without answers', { ...numerical, answers: [] }, ['definition.answers:numerical.no_answers']],
    ])('refuses %s with 400 INVALID_QUESTION naming definition.<path> and a code, storing nothing', async (_label, definition, expected) => {
      const before = await counts();
      const response = await postQuestion(bankId, { categoryId, name: 'Broken', definition }).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'INVALID_QUESTION', message: expect.any(String) });
      expect(problems(response.body)).toEqual(expected);
      expect(response.body.fieldErrors.every((error: { message: string }) => error.message.length > 0)).toBe(true);
      await expectNothingStored(before);
    });

    it('refuses an invalid definition on edit too, keeping the question as it was', async () => {
      const before = await counts();
      const response = await putQuestion(existing.id, { ...inputOf(existing), definition: { ...single, options: [{ id: 'a', text: 'A', fraction: 0 }, { id: 'b', text: 'B', fraction: 0 }] } });
      // A true/false question stays true/false: the type check or the definition check answers, both as INVALID_QUESTION.
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('INVALID_QUESTION');
      const invalidEdit = await putQuestion(existing.id, { ...inputOf(existing), definition: { ...trueFalse, stem: '   ' } }).expect(400);
      expect(problems(invalidEdit.body)).toEqual(['definition.stem:field.empty']);
      expect(await getQuestion(existing.id)).toEqual(existing);
      await expectNothingStored(before);
    });

    it('refuses a request without a definition, with unknown fields or a category of another bank with 400 VALIDATION_FAILED', async () => {
      const before = await counts();
      const missing = await postQuestion(bankId, { categoryId, name: 'No definition' }).expect(400);
      expect(missing.body.code).toBe('VALIDATION_FAILED');
      expect(problems(missing.body).map((problem) => problem.split(':')[0])).toEqual(['definition']);
      const unknown = await postQuestion(bankId, { categoryId, name: 'Extra', definition: trueFalse, author: 'me' }).expect(400);
      expect(problems(unknown.body).map((problem) => problem.split(':')[0])).toEqual(['author']);
      const otherBank = await createBank('Invalid other');
      const foreignCategory = await createCategory(otherBank, 'Foreign');
      const foreign = await postQuestion(bankId, { categoryId: foreignCategory, name: 'Foreign', definition: trueFalse }).expect(400);
      expect(foreign.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'categoryId' }] });
      const dimension = await postQuestion(bankId, { categoryId, name: 'Dimension', definition: trueFalse, dimensionCodes: ['telepathy'] }).expect(400);
      expect(problems(dimension.body)).toEqual(['dimensionCodes:unknown_dimension']);
      await postQuestion(UNKNOWN_ID, { categoryId, name: 'Nowhere', definition: trueFalse }).expect(404);
      await expectNothingStored(before);
    });
  });

  describe('sanitising rich text', () => {
    let bankId: string;
    let categoryId: string;

    beforeAll(async () => {
      bankId = await createBank('Sanitising');
      categoryId = await createCategory(bankId, 'Dirty');
    });

    it('stores a stem without script, event handlers or unsafe images, keeping allowed formatting', async () => {
      const stem =
        '<p onclick="x()">Hi<script>alert(1)</script></p><img src="javascript:alert(1)">' +
        '<p><strong>旧机</strong> <em>trade-in</em> <u>now</u></p><ul><li>one</li></ul>' +
        '<a href="https://help.example/x" onmouseover="steal()">help</a><img src="https://cdn.example/phone.png" alt="phone">';
      const created = await createQuestion(bankId, { categoryId, name: 'Dirty stem', definition: { ...trueFalse, stem } });
      for (const body of [created, await getQuestion(created.id)]) {
        const clean = body.definition.stem;
        expect(clean).not.toMatch(/script|onclick|onmouseover|javascript|alert/i);
        expect(clean).toContain('<p>Hi</p>');
        expect(clean).toContain('<p><strong>旧机</strong> <em>trade-in</em> <u>now</u></p><ul><li>one</li></ul>');
        expect(clean).toContain('<a href="https://help.example/x" target="_blank" rel="noopener noreferrer">help</a>');
        expect(clean).toContain('<img src="https://cdn.example/phone.png" alt="phone" />');
        // Exactly one image survives: the https one.
        expect(clean.match(/<img/g)).toHaveLength(1);
      }
      const stored = await dataSource.getRepository(QuestionVersion).findOneByOrFail({ questionId: created.id, version: 1 });
      expect(stored.definition.stem).toBe(created.definition.stem);
      expect(created.excerpt).not.toContain('alert');
      // What was removed cannot be searched for either.
      expect((await search(bankId, 'q=alert')).total).toBe(0);
    });

    it('sanitises every rich-text field: options, feedback, blank text, grader notes, case text and parts', async () => {
      const dirty = '<b onmouseover="x()">bold</b><script>alert(1)</script><iframe src="https://evil.example"></iframe>';
      const definitions = [
        { ...single, generalFeedback: dirty, options: single.options.map((option, i) => (i === 1 ? { ...option, text: dirty, feedback: dirty } : option)) },
        { ...fillBlank, text: `${fillBlank.text}${dirty}` },
        { ...essay, graderInfo: dirty },
        { ...scenario, caseText: dirty, parts: [{ id: 'p', weight: 1, question: { ...ordering, items: [{ id: 'x', text: dirty }, { id: 'y', text: 'y' }] } }] },
      ];
      for (const definition of definitions) {
        const created = await createQuestion(bankId, { categoryId, name: `Dirty ${definition.type}`, definition });
        const json = JSON.stringify((await getQuestion(created.id)).definition);
        expect(json).not.toMatch(/<script|onmouseover|<iframe|alert|evil\.example/);
        expect(json).toContain('<b>bold</b>');
      }
    });

    it('sanitises on edit as well', async () => {
      const created = await createQuestion(bankId, { categoryId, name: 'Clean first', definition: trueFalse });
      const edited = await putQuestion(created.id, { ...inputOf(created), definition: { ...trueFalse, stem: '<p onclick="x()">Edited<script>alert(1)</script></p>' } }).expect(200);
      expect(edited.body).toMatchObject({ version: 2, definition: { stem: '<p>Edited</p>' } });
    });
  });

  describe('versioning', () => {
    let bankId: string;
    let categoryId: string;
    let otherCategoryId: string;
    let question: QuestionBody;

    beforeAll(async () => {
      bankId = await createBank('Versions');
      categoryId = await createCategory(bankId, 'Refunds');
      otherCategoryId = await createCategory(bankId, 'Archive');
      question = await createQuestion(bankId, { categoryId, name: 'Refund time', definition: single, defaultPoints: 2, tags: ['refund'], difficulty: 2 });
    });

    it('makes version 2 when the stem changes; the history lists 2 then 1 with who saved each, and version 1 keeps the old stem', async () => {
      const response = await putQuestion(question.id, { ...inputOf(question), definition: { ...single, stem: 'Which plan includes trade-in at no cost?' }, changeNote: 'Clearer wording' }, admin).expect(200);
      expect(response.body).toMatchObject({ id: question.id, version: 2, definition: { stem: 'Which plan includes trade-in at no cost?' }, authorName: TRAINER_NAME, updatedByName: ADMIN_NAME });
      expect(await getQuestion(question.id)).toEqual(response.body);

      const history = await versions(question.id);
      expect(history).toEqual([
        { version: 2, name: 'Refund time', type: 'single_choice', defaultPoints: 2, changeNote: 'Clearer wording', createdAt: expect.any(String), createdByName: ADMIN_NAME },
        { version: 1, name: 'Refund time', type: 'single_choice', defaultPoints: 2, changeNote: null, createdAt: expect.any(String), createdByName: TRAINER_NAME },
      ]);
      const v1 = (await api.http().get(`/api/questions/${question.id}/versions/1`).set(bearer(trainer)).expect(200)).body;
      expect(v1).toMatchObject({ questionId: question.id, version: 1, createdByName: TRAINER_NAME, definition: { stem: single.stem } });
      const v2 = (await api.http().get(`/api/questions/${question.id}/versions/2`).set(bearer(trainer)).expect(200)).body;
      expect(v2.definition.stem).toBe('Which plan includes trade-in at no cost?');
      await api.http().get(`/api/questions/${question.id}/versions/3`).set(bearer(trainer)).expect(404);
      // Preview and try default to the current version, and can be asked for an older one.
      expect((await preview(question.id)).question.stem).toBe('Which plan includes trade-in at no cost?');
      expect(await preview(question.id, '?version=1')).toMatchObject({ version: 1, question: { stem: single.stem } });
      question = response.body;
    });

    it('keeps the version when only classification changes (category, tags, difficulty, Bloom, status), even with the definition sent in another key order', async () => {
      const reordered = Object.fromEntries(Object.entries(question.definition).reverse());
      const response = await putQuestion(question.id, {
        ...inputOf(question),
        definition: reordered,
        categoryId: otherCategoryId,
        tags: ['refund', 'Policy 2026'],
        difficulty: 5,
        bloom: 'remember',
        status: 'draft',
        dimensionCodes: ['compliance'],
      }).expect(200);
      expect(response.body).toMatchObject({ version: 2, categoryId: otherCategoryId, categoryPath: ['Archive'], tags: ['Policy 2026', 'refund'], difficulty: 5, bloom: 'remember', status: 'draft', dimensionCodes: ['compliance'] });
      expect(await versions(question.id)).toHaveLength(2);
      question = response.body;
    });

    it('makes a new version when the name or the points change', async () => {
      const renamed = await putQuestion(question.id, { ...inputOf(question), name: 'Refund time (2026)' }).expect(200);
      expect(renamed.body.version).toBe(3);
      const repointed = await putQuestion(question.id, { ...inputOf(renamed.body), defaultPoints: 4 }).expect(200);
      expect(repointed.body).toMatchObject({ version: 4, defaultPoints: 4 });
      expect((await preview(question.id)).maxPoints).toBe(4);
      expect((await versions(question.id)).map((v) => [v.version, v.name, v.defaultPoints])).toEqual([
        [4, 'Refund time (2026)', 4],
        [3, 'Refund time (2026)', 2],
        [2, 'Refund time', 2],
        [1, 'Refund time', 2],
      ]);
      question = repointed.body;
    });

    it('refuses a stale baseVersion with 409 STALE_VERSION naming the current version, changing nothing', async () => {
      const before = await getQuestion(question.id);
      const response = await putQuestion(question.id, { ...inputOf(question), baseVersion: 2, definition: { ...single, stem: 'Overwritten?' }, tags: ['lost'] }).expect(409);
      expect(response.body).toMatchObject({ statusCode: 409, code: 'STALE_VERSION', currentVersion: 4 });
      expect(await getQuestion(question.id)).toEqual(before);
      expect(await versions(question.id)).toHaveLength(4);
    });

    it('answers two simultaneous edits from the same base version with exactly one 200 and one 409 STALE_VERSION, and one new version', async () => {
      question = await getQuestion(question.id);
      const base = question.version;
      // Hold each transaction between writing its new version and updating the question's head, so the two surely overlap there.
      const update = EntityManager.prototype.update;
      const spy = jest.spyOn(EntityManager.prototype, 'update').mockImplementation(async function (this: EntityManager, ...args: Parameters<EntityManager['update']>) {
        if (args[0] === Question) await new Promise((resolve) => setTimeout(resolve, 150));
        return update.apply(this, args);
      });
      let responses: Response[];
      try {
        responses = await Promise.all(
          ['Edit from tab A', 'Edit from tab B'].map((stem) => putQuestion(question.id, { ...inputOf(question), definition: { ...single, stem }, tags: [stem] })),
        );
      } finally {
        spy.mockRestore();
      }
      // The head row is locked: the second editor waits and gets STALE_VERSION, not a deadlock.
      expect(responses.map((response) => [response.status, response.body.code]).sort()).toEqual([
        [200, undefined],
        [409, 'STALE_VERSION'],
      ]);
      const winner = responses.find((response) => response.status === 200) as Response;
      expect(winner.body.version).toBe(base + 1);
      const history = await versions(question.id);
      expect(history.map((v) => v.version)).toEqual(Array.from({ length: base + 1 }, (_, i) => base + 1 - i));
      const current = await getQuestion(question.id);
      expect(current).toMatchObject({ version: base + 1, definition: { stem: winner.body.definition.stem }, tags: winner.body.tags });
      const latest = (await api.http().get(`/api/questions/${question.id}/versions/${base + 1}`).set(bearer(trainer)).expect(200)).body;
      expect(latest.definition.stem).toBe(winner.body.definition.stem);
    });

    it("keeps a save that succeeded while another edit failed at the same moment (the failure rolls back only itself)", async () => {
      const saved = await createQuestion(bankId, { categoryId, name: 'Saved meanwhile', definition: trueFalse });
      const failing = await createQuestion(bankId, { categoryId, name: 'Fails meanwhile', definition: trueFalse });
      // The failing edit (a type change) is slowed down inside its transaction; the other edit runs and commits meanwhile.
      const writer = api.app.get(QuestionWriter);
      const dimensionIds = writer.dimensionIds.bind(writer);
      const spy = jest.spyOn(writer, 'dimensionIds').mockImplementation(async (manager, codes, field) => {
        if (codes.includes('compliance')) await new Promise((resolve) => setTimeout(resolve, 300));
        return dimensionIds(manager, codes, field);
      });
      try {
        const slow = putQuestion(failing.id, { ...inputOf(failing), definition: single, dimensionCodes: ['compliance'] }).then((response) => response);
        await new Promise((resolve) => setTimeout(resolve, 50));
        const ok = await putQuestion(saved.id, { ...inputOf(saved), definition: { ...trueFalse, stem: 'Saved while the other failed' } });
        expect({ status: ok.status, version: ok.body.version }).toEqual({ status: 200, version: 2 });
        expect((await slow).body.code).toBe('INVALID_QUESTION');
      } finally {
        spy.mockRestore();
      }
      // Embedded mode runs transactions one at a time: a failing one cannot undo another.
      expect(await getQuestion(saved.id)).toMatchObject({ version: 2, definition: { stem: 'Saved while the other failed' } });
      expect((await versions(saved.id)).map((v) => v.version)).toEqual([2, 1]);
    });

    it("refuses to change a question's type with 400 INVALID_QUESTION on definition.type", async () => {
      const before = await getQuestion(question.id);
      const history = await versions(question.id);
      const response = await putQuestion(question.id, { ...inputOf(before), definition: multiple }).expect(400);
      expect(response.body).toMatchObject({ code: 'INVALID_QUESTION' });
      expect(problems(response.body)).toEqual(['definition.type:question.type_changed']);
      expect(await getQuestion(question.id)).toEqual(before);
      expect(await versions(question.id)).toEqual(history);
    });

    it('scores a try against the version asked for', async () => {
      // The current version has option b as the right one; a new version where c is right scores differently.
      const before = await getQuestion(question.id);
      const flipped = { ...single, options: single.options.map((option) => ({ ...option, fraction: option.id === 'c' ? 1 : option.id === 'b' ? 0.5 : option.fraction })) };
      const saved = await putQuestion(question.id, { ...inputOf(before), definition: flipped }).expect(200);
      expect(saved.body.version).toBe(before.version + 1);
      expect((await tryAnswer(question.id, { answer: { optionId: 'c' } }).expect(200)).body.score).toMatchObject({ fraction: 1 });
      expect((await tryAnswer(question.id, { answer: { optionId: 'c' }, version: before.version }).expect(200)).body.score).toMatchObject({ fraction: 0.5 });
      expect((await tryAnswer(question.id, { answer: { optionId: 'b' }, version: before.version }).expect(200)).body.score).toMatchObject({ fraction: 1 });
      await tryAnswer(question.id, { answer: { optionId: 'c' }, version: before.version + 2 }).expect(404);
    });

    it('answers 404 for versions of an unknown question', async () => {
      await api.http().get(`/api/questions/${UNKNOWN_ID}/versions`).set(bearer(trainer)).expect(404);
      await api.http().get(`/api/questions/${UNKNOWN_ID}/versions/1`).set(bearer(trainer)).expect(404);
      await putQuestion(UNKNOWN_ID, { categoryId, name: 'Ghost', definition: trueFalse }).expect(404);
    });
  });

  describe('search', () => {
    let bankId: string;
    const cat: Record<string, string> = {};
    const q: Record<string, string> = {};

    const definitionOf = (type: string, stem: string): Json => {
      switch (type) {
        case 'single_choice':
          return { type, stem, options: [{ id: 'y', text: 'Yes', fraction: 1 }, { id: 'n', text: 'No', fraction: 0 }] };
        case 'multiple_choice':
          return { type, stem, scoring: 'partial', options: [{ id: 'y', text: 'Yes', fraction: 1 }, { id: 'n', text: 'No', fraction: 0 }] };
        case 'true_false':
          return { type, stem, correct: true };
        case 'ordering':
          return { type, stem, scoring: 'partial', items: [{ id: 'one', text: 'First' }, { id: 'two', text: 'Second' }] };
        case 'numerical':
          return { type, stem, answers: [{ value: 42, tolerance: 0, fraction: 1 }], unitPolicy: 'optional' };
        case 'essay':
          return { type, stem, responseFormat: 'short' };
        default:
          throw new Error(type);
      }
    };
    /** Names of the listed questions, sorted, for readable comparisons. */
    const keys = (page: PageBody) => page.items.map((item) => Object.entries(q).find(([, id]) => id === item.id)?.[0] ?? item.id).sort();
    const found = async (query: string) => keys(await search(bankId, `${query}&pageSize=200`));

    beforeAll(async () => {
      bankId = await createBank('Search');
      cat['tradeIn'] = await createCategory(bankId, 'Trade-in 以旧换新');
      cat['phones'] = await createCategory(bankId, 'Phones', cat['tradeIn']);
      cat['billing'] = await createCategory(bankId, 'Billing');
      const rows: [string, string, string, string, string, string[], string[], number | null, string][] = [
        // key, name, category, type, stem, tags, dimensions, difficulty, status
        ['eligibility', 'Trade-in eligibility', 'tradeIn', 'single_choice', '以旧换新 requires the original receipt', ['Promo', 'VIP'], ['product-knowledge'], 3, 'active'],
        ['valuation', 'Phone valuation', 'phones', 'multiple_choice', 'How is a phone valued for 以旧换新?', ['promo'], ['product-knowledge', 'communication'], 4, 'active'],
        ['screen', 'Screen check', 'phones', 'true_false', 'Check the SCREEN for cracks before accepting it', [], [], null, 'draft'],
        ['steps', 'Trade-in steps', 'phones', 'ordering', 'Put the steps in order', ['VIP'], [], 4, 'active'],
        ['refund', 'Trade-in refund amount', 'tradeIn', 'numerical', 'How much is refunded?', [], [], 3, 'draft'],
        ['oldRule', 'Old trade-in rule', 'tradeIn', 'single_choice', '以旧换新 used to need the box', ['Promo'], [], 3, 'retired'],
        ['cycle', 'Billing cycle', 'billing', 'single_choice', 'When does the billing cycle start?', ['billing'], ['system-operation'], 1, 'active'],
        ['percent', 'Half price', 'billing', 'true_false', 'New customers get 50% off the first month', ['Promo'], [], 2, 'active'],
        ['fifty', 'Fifty off', 'billing', 'true_false', 'New customers get 50 yuan off the first month', [], [], 2, 'active'],
        ['underscore', 'Account id', 'billing', 'true_false', 'The account_id has 10 digits', [], [], null, 'active'],
        ['lookalike', 'Legacy id', 'billing', 'true_false', 'The accountXid is a legacy field', [], [], null, 'active'],
        ['escalation', 'Complaint escalation', 'billing', 'essay', 'Escalate angry customers politely', [], ['complaint-handling'], 5, 'active'],
        ['path', 'Windows path', 'billing', 'true_false', 'Exports land in C:\\pathwise\\exports', [], [], 1, 'active'],
      ];
      for (const [key, name, category, type, stem, tags, dimensionCodes, difficulty, status] of rows) {
        q[key] = (await createQuestion(bankId, { categoryId: cat[category], name, definition: definitionOf(type, stem), tags, dimensionCodes, difficulty, status })).id;
      }
    });

    it('lists draft and active questions by default (retired only when asked), with totals', async () => {
      const page = await search(bankId);
      expect(page).toMatchObject({ total: 12, page: 1, pageSize: 25 });
      expect(keys(page)).not.toContain('oldRule');
      expect(await found('status=retired')).toEqual(['oldRule']);
      expect(await found('status=draft')).toEqual(['refund', 'screen']);
      expect((await search(bankId, 'status=draft,active,retired')).total).toBe(13);
      expect((await search(bankId, 'status=active&status=retired')).total).toBe(11);
    });

    it('finds text in the name and the content, Chinese included, ignoring case; several words must all match', async () => {
      expect(await found(`q=${encodeURIComponent('以旧换新')}`)).toEqual(['eligibility', 'valuation']);
      expect(await found(`q=${encodeURIComponent('以旧换新')}&status=retired`)).toEqual(['oldRule']);
      for (const word of ['screen', 'SCREEN', 'sCrEeN']) expect(await found(`q=${word}`)).toEqual(['screen']);
      expect(await found('q=TRADE-IN')).toEqual(['eligibility', 'refund', 'steps']);
      expect(await found(`q=${encodeURIComponent('trade-in RECEIPT')}`)).toEqual(['eligibility']);
      expect(await found(`q=${encodeURIComponent('new customers')}`)).toEqual(['fifty', 'percent']);
      expect(await found('q=eligibility')).toEqual(['eligibility']);
      expect(await found('q=nothing-like-this')).toEqual([]);
    });

    it('takes % and _ in the search text literally, not as LIKE wildcards (and the escape character too)', async () => {
      expect(await found(`q=${encodeURIComponent('50%')}`)).toEqual(['percent']);
      expect(await found(`q=${encodeURIComponent('%')}`)).toEqual(['percent']);
      expect(await found('q=account_id')).toEqual(['underscore']);
      expect(await found('q=_')).toEqual(['underscore']);
      expect(await found(`q=${encodeURIComponent('!')}`)).toEqual([]);
      expect(await found(`q=${encodeURIComponent('c:\\pathwise')}`)).toEqual(['path']);
      expect(await found(`q=${encodeURIComponent('\\')}`)).toEqual(['path']);
    });

    it('filters by category, with its subcategories unless told otherwise', async () => {
      expect(await found(`categoryId=${cat['tradeIn']}`)).toEqual(['eligibility', 'refund', 'screen', 'steps', 'valuation']);
      expect(await found(`categoryId=${cat['tradeIn']}&includeSubcategories=true`)).toEqual(['eligibility', 'refund', 'screen', 'steps', 'valuation']);
      expect(await found(`categoryId=${cat['tradeIn']}&includeSubcategories=false`)).toEqual(['eligibility', 'refund']);
      expect(await found(`categoryId=${cat['phones']}`)).toEqual(['screen', 'steps', 'valuation']);
      await api.http().get(`/api/question-banks/${bankId}/questions?categoryId=${UNKNOWN_ID}`).set(bearer(trainer)).expect(404);
    });

    it('filters by tag ignoring case, by dimension code, by difficulties and by types', async () => {
      expect(await found('tag=PROMO')).toEqual(['eligibility', 'percent', 'valuation']);
      expect(await found(`tag=${encodeURIComponent(' Promo ')}`)).toEqual(['eligibility', 'percent', 'valuation']);
      expect(await found('tag=vip')).toEqual(['eligibility', 'steps']);
      expect(await found('dimension=product-knowledge')).toEqual(['eligibility', 'valuation']);
      expect(await found('dimension=COMMUNICATION')).toEqual(['valuation']);
      expect(await found('dimension=complaint-handling')).toEqual(['escalation']);
      expect(await found('difficulty=3,4')).toEqual(['eligibility', 'refund', 'steps', 'valuation']);
      expect(await found('difficulty=3&difficulty=4')).toEqual(['eligibility', 'refund', 'steps', 'valuation']);
      expect(await found('type=true_false,essay')).toEqual(['escalation', 'fifty', 'lookalike', 'path', 'percent', 'screen', 'underscore']);
      // Filters combine.
      expect(await found(`tag=promo&type=single_choice&categoryId=${cat['tradeIn']}&status=active,retired`)).toEqual(['eligibility', 'oldRule']);
      for (const bad of ['type=hotspot', 'difficulty=7', 'status=deleted', 'pageSize=500', 'sort=random']) {
        const response = await api.http().get(`/api/question-banks/${bankId}/questions?${bad}`).set(bearer(trainer)).expect(400);
        expect(response.body.code).toBe('VALIDATION_FAILED');
      }
    });

    it('pages through a stable order: same total on each page, no duplicates, nothing missed', async () => {
      for (const sort of ['updated', 'name', 'created', 'difficulty']) {
        const all = await search(bankId, `sort=${sort}&pageSize=200`);
        const pages = [1, 2, 3].map((page) => search(bankId, `sort=${sort}&pageSize=5&page=${page}`));
        const bodies = await Promise.all(pages);
        expect(bodies.map((body) => [body.total, body.page, body.pageSize, body.items.length])).toEqual([
          [12, 1, 5, 5],
          [12, 2, 5, 5],
          [12, 3, 5, 2],
        ]);
        const ids = bodies.flatMap((body) => body.items.map((item) => item.id));
        expect(new Set(ids).size).toBe(12);
        expect(ids).toEqual(all.items.map((item) => item.id));
      }
      const byName = (await search(bankId, 'sort=name&pageSize=200')).items.map((item) => item.name);
      expect(byName.slice(0, 3)).toEqual(['Account id', 'Billing cycle', 'Complaint escalation']);
      expect((await search(bankId, 'pageSize=5&page=4')).items).toEqual([]);
    });

    it('counts facets over the whole filtered set; the status facet ignores the status filter so retired questions show', async () => {
      const inTradeIn = await search(bankId, `categoryId=${cat['tradeIn']}&pageSize=1`);
      expect(inTradeIn.items).toHaveLength(1);
      expect(inTradeIn.facets).toEqual({
        type: { single_choice: 1, multiple_choice: 1, true_false: 1, ordering: 1, numerical: 1 },
        difficulty: { '3': 2, '4': 2, none: 1 },
        status: { active: 3, draft: 2, retired: 1 },
      });
      const chinese = await search(bankId, `q=${encodeURIComponent('以旧换新')}`);
      expect(chinese.facets).toEqual({ type: { single_choice: 1, multiple_choice: 1 }, difficulty: { '3': 1, '4': 1 }, status: { active: 2, retired: 1 } });
      const retired = await search(bankId, 'status=retired');
      expect(retired.facets).toEqual({ type: { single_choice: 1 }, difficulty: { '3': 1 }, status: { active: 10, draft: 2, retired: 1 } });
    });
  });

  describe('bulk changes', () => {
    let bankId: string;
    let otherBankId: string;
    let from: string;
    let to: string;
    let foreignCategory: string;
    let foreignQuestion: QuestionBody;
    const q: Record<string, string> = {};

    const bulk = (body: Json, bank = bankId) => api.http().post(`/api/question-banks/${bank}/questions/bulk`).set(bearer(trainer)).send(body);
    const bulkAudit = () => auditEntries('question.bulk.', bankId);
    const state = async () => Promise.all(Object.values(q).map((id) => getQuestion(id)));
    const listed = async (query: string) => (await search(bankId, `${query}&pageSize=200`)).items.map((item) => Object.entries(q).find(([, id]) => id === item.id)?.[0]).sort();

    beforeAll(async () => {
      bankId = await createBank('Bulk');
      otherBankId = await createBank('Bulk other');
      from = await createCategory(bankId, 'From');
      to = await createCategory(bankId, 'To');
      foreignCategory = await createCategory(otherBankId, 'Foreign');
      for (const [key, tags, difficulty, status] of [
        ['a', ['URGENT'], 1, 'active'],
        ['b', [], 2, 'active'],
        ['c', ['Keep'], 3, 'draft'],
        ['d', [], null, 'active'],
      ] as const) {
        q[key] = (await createQuestion(bankId, { categoryId: from, name: `Bulk ${key}`, definition: trueFalse, tags, difficulty, status })).id;
      }
      foreignQuestion = await createQuestion(otherBankId, { categoryId: foreignCategory, name: 'Foreign', definition: trueFalse, tags: ['Foreign'] });
    });

    it('moves questions to another category of the bank, with exactly one audit entry', async () => {
      const before = await bulkAudit();
      const response = await bulk({ action: 'move', questionIds: [q['a'], q['b']], categoryId: to }).expect(200);
      expect(response.body).toEqual({ action: 'move', affected: 2 });
      expect(await listed(`categoryId=${to}`)).toEqual(['a', 'b']);
      expect(await listed(`categoryId=${from}`)).toEqual(['c', 'd']);
      const after = await bulkAudit();
      expect(after).toHaveLength(before.length + 1);
      expect(after[0]).toMatchObject({ action: 'question.bulk.move', entityType: 'question_bank', entityId: bankId, details: { bankId, questionIds: [q['a'], q['b']], categoryId: to } });
      // Classification is not content: no new version.
      expect((await getQuestion(q['a'])).version).toBe(1);
    });

    it('tags (without duplicating a tag in another case) and untags, ignoring case, each with one audit entry', async () => {
      const before = await bulkAudit();
      expect((await bulk({ action: 'tag', questionIds: [q['a'], q['c']], tags: ['Urgent', ' New  tag ', 'new TAG'] }).expect(200)).body).toEqual({ action: 'tag', affected: 2 });
      expect((await getQuestion(q['a'])).tags).toEqual(['New tag', 'URGENT']);
      expect((await getQuestion(q['c'])).tags).toEqual(['Keep', 'New tag', 'Urgent']);
      expect(await listed('tag=urgent')).toEqual(['a', 'c']);

      expect((await bulk({ action: 'untag', questionIds: [q['a'], q['b'], q['c']], tags: ['URGENT'] }).expect(200)).body).toEqual({ action: 'untag', affected: 3 });
      expect((await getQuestion(q['a'])).tags).toEqual(['New tag']);
      expect((await getQuestion(q['c'])).tags).toEqual(['Keep', 'New tag']);
      expect(await listed('tag=urgent')).toEqual([]);
      expect(await listed(`tag=${encodeURIComponent('new tag')}`)).toEqual(['a', 'c']);

      const after = await bulkAudit();
      expect(after.slice(0, after.length - before.length).map((entry) => entry.action)).toEqual(['question.bulk.untag', 'question.bulk.tag']);
    });

    it('sets and clears the difficulty, each with one audit entry', async () => {
      const before = await bulkAudit();
      await bulk({ action: 'set_difficulty', questionIds: [q['a'], q['d']], difficulty: 5 }).expect(200);
      expect(await listed('difficulty=5')).toEqual(['a', 'd']);
      await bulk({ action: 'set_difficulty', questionIds: [q['a'], q['b']], difficulty: null }).expect(200);
      expect((await getQuestion(q['a'])).difficulty).toBeNull();
      expect((await getQuestion(q['b'])).difficulty).toBeNull();
      expect(await listed('difficulty=5')).toEqual(['d']);
      expect((await search(bankId)).facets.difficulty).toEqual({ '3': 1, '5': 1, none: 2 });
      // difficulty is required for set_difficulty (null clears it; leaving it out is a mistake).
      const missing = await bulk({ action: 'set_difficulty', questionIds: [q['a']] }).expect(400);
      expect(missing.body.fieldErrors.map((error: { field: string }) => error.field)).toEqual(['difficulty']);
      await bulk({ action: 'set_difficulty', questionIds: [q['a']], difficulty: 9 }).expect(400);
      const after = await bulkAudit();
      expect(after.slice(0, after.length - before.length)).toEqual([
        expect.objectContaining({ action: 'question.bulk.set_difficulty', details: expect.objectContaining({ difficulty: null }) }),
        expect.objectContaining({ action: 'question.bulk.set_difficulty', details: expect.objectContaining({ difficulty: 5 }) }),
      ]);
    });

    it('retires and activates, each with one audit entry; retired questions leave the default list', async () => {
      const before = await bulkAudit();
      await bulk({ action: 'retire', questionIds: [q['b'], q['c']] }).expect(200);
      expect(await listed('')).toEqual(['a', 'd']);
      expect(await listed('status=retired')).toEqual(['b', 'c']);
      await bulk({ action: 'activate', questionIds: [q['b'], q['c']] }).expect(200);
      expect(await listed('status=active')).toEqual(['a', 'b', 'c', 'd']);
      expect(await listed('status=retired')).toEqual([]);
      const after = await bulkAudit();
      expect(after.slice(0, after.length - before.length).map((entry) => entry.action)).toEqual(['question.bulk.activate', 'question.bulk.retire']);
    });

    it('applies one change to 2,000 questions in one call (the limit is 5,000), with one audit entry', async () => {
      const bigBank = await createBank('Bulk big');
      const bigCategory = await createCategory(bigBank, 'Many');
      // 2,000 POSTs would take long; the writer the API itself uses stores them in one go.
      const items = Array.from({ length: 2000 }, (_, i) => ({
        categoryId: bigCategory,
        name: `Bulk ${i}`,
        definition: { type: 'true_false', stem: `Statement ${i}`, correct: true } as never,
        defaultPoints: 1,
        difficulty: null,
        bloom: null,
        status: 'active' as const,
        tags: [],
        dimensionIds: [],
        idNumber: null,
        changeNote: null,
      }));
      const ids = await dataSource.transaction((manager) => api.app.get(QuestionWriter).insertMany(manager, null, bigBank, items));
      const response = await bulk({ action: 'retire', questionIds: ids }, bigBank);
      // The audit entry names every id: audit_log.details is LONGTEXT on MySQL.
      expect({ status: response.status, body: response.body }).toEqual({ status: 200, body: { action: 'retire', affected: 2000 } });
      expect((await search(bigBank, 'status=retired&pageSize=1')).total).toBe(2000);
      const entries = await auditEntries('question.bulk.', bigBank);
      expect(entries).toHaveLength(1);
      expect((entries[0].details?.['questionIds'] as string[]).length).toBe(2000);
    });

    it('refuses a selection holding a question of another bank (or an unknown id) with 400, changing nothing at all', async () => {
      const before = { questions: await state(), foreign: await getQuestion(foreignQuestion.id), audit: await bulkAudit() };
      for (const body of [
        { action: 'retire', questionIds: [q['a'], foreignQuestion.id] },
        { action: 'tag', questionIds: [q['a'], q['b'], foreignQuestion.id], tags: ['Leaked'] },
        { action: 'untag', questionIds: [foreignQuestion.id, q['c']], tags: ['Foreign', 'Keep'] },
        { action: 'move', questionIds: [q['a'], foreignQuestion.id], categoryId: from },
        { action: 'set_difficulty', questionIds: [q['d'], UNKNOWN_ID], difficulty: 1 },
      ]) {
        const response = await bulk(body).expect(400);
        expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'questionIds' }] });
      }
      expect(await state()).toEqual(before.questions);
      expect(await getQuestion(foreignQuestion.id)).toEqual(before.foreign);
      expect(await bulkAudit()).toEqual(before.audit);
    });

    it('refuses a move to a category of another bank with 400 on categoryId, changing nothing', async () => {
      const before = { questions: await state(), audit: await bulkAudit() };
      const response = await bulk({ action: 'move', questionIds: [q['a'], q['b']], categoryId: foreignCategory }).expect(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'categoryId' }] });
      expect(await state()).toEqual(before.questions);
      expect(await bulkAudit()).toEqual(before.audit);
      expect((await search(otherBankId)).total).toBe(1);
    });

    it('refuses malformed requests with 400 VALIDATION_FAILED', async () => {
      for (const body of [
        { action: 'delete', questionIds: [q['a']] },
        { action: 'retire', questionIds: [] },
        { action: 'retire', questionIds: [q['a'], q['a']] },
        { action: 'retire', questionIds: ['not-a-uuid'] },
        { action: 'move', questionIds: [q['a']] },
        { action: 'tag', questionIds: [q['a']], tags: [] },
        { action: 'retire', questionIds: [q['a']], reason: 'old' },
      ]) {
        const response = await bulk(body);
        expect({ body, status: response.status, code: response.body.code }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED' });
      }
      await bulk({ action: 'retire', questionIds: [q['a']] }, UNKNOWN_ID).expect(404);
      expect((await getQuestion(q['a'])).status).toBe('active');
    });
  });

  describe('tags', () => {
    it('accepts tags that differ only by accent or by full-width letters (as a Chinese IME types them) on create, edit and bulk: never a 500 or a false STALE_VERSION', async () => {
      const bankId = await createBank('Tags');
      const categoryId = await createCategory(bankId, 'Tagged');
      const widths = await postQuestion(bankId, { categoryId, name: 'Widths', definition: trueFalse, tags: ['Promo', 'Ｐｒｏｍｏ'] });
      const accents = await postQuestion(bankId, { categoryId, name: 'Accents', definition: trueFalse, tags: ['cafe', 'café'] });
      const plain = await createQuestion(bankId, { categoryId, name: 'Plain', definition: trueFalse, tags: ['cafe'] });
      const edited = await putQuestion(plain.id, { ...inputOf(plain), tags: ['cafe', 'café'] });
      const other = await createQuestion(bankId, { categoryId, name: 'Other', definition: trueFalse, tags: ['cafe'] });
      const tagged = await api.http().post(`/api/question-banks/${bankId}/questions/bulk`).set(bearer(trainer)).send({ action: 'tag', questionIds: [other.id], tags: ['café'] });
      // Tags compare folded (case, accents, full width), as MySQL's collation does, so no duplicate key is left to hit.
      expect({ create: [widths.status, accents.status], edit: [edited.status, edited.body.code], bulk: tagged.status }).toEqual({ create: [201, 201], edit: [200, undefined], bulk: 200 });
      expect((await getQuestion(plain.id)).tags).toContain('cafe');
    });
  });

  describe('images', () => {
    let bankId: string;
    let categoryId: string;
    let upload: { id: string; url: string; name: string; mimeType: string; size: number };

    const uploadFile = (bytes: Buffer | string, contentType: string, bank = () => bankId) =>
      api.http().post(`/api/question-banks/${bank()}/files`).set(bearer(trainer)).set('Content-Type', contentType).set('X-File-Name', encodeURIComponent('产品图 1.png')).send(bytes);
    const fileCount = () => dataSource.getRepository(QuestionFile).countBy({ bankId });
    const signedSrc = (html: string) => (html.match(/src="(\/api\/question-files\/[^"]+)"/) ?? [])[1];

    beforeAll(async () => {
      bankId = await createBank('Images');
      categoryId = await createCategory(bankId, 'Pictures');
    });

    it('stores a PNG (201) and returns a signed URL that serves the same bytes without a token', async () => {
      const response = await uploadFile(PNG_1X1, 'image/png').expect(201);
      upload = response.body;
      expect(upload).toEqual({ id: expect.stringMatching(UUID), url: expect.any(String), name: '产品图 1.png', mimeType: 'image/png', size: PNG_1X1.length });
      expect(upload.url).toMatch(new RegExp(`^/api/question-files/${upload.id}\\?exp=\\d+&sig=[A-Za-z0-9_-]+$`));

      const image = await download(upload.url).expect(200);
      expect(image.headers['content-type']).toBe('image/png');
      expect(image.headers['x-content-type-options']).toBe('nosniff');
      expect(image.headers['content-security-policy']).toBe("default-src 'none'");
      expect(Buffer.compare(image.body as Buffer, PNG_1X1)).toBe(0);
      // The same bytes again are the same file.
      expect((await uploadFile(PNG_1X1, 'image/png').expect(201)).body.id).toBe(upload.id);
      expect(await fileCount()).toBe(1);
    });

    it('refuses a tampered signature, a moved expiry, another file’s signature and an expired link with 403', async () => {
      const url = new URL(upload.url, 'http://x');
      const exp = Number(url.searchParams.get('exp'));
      const sig = url.searchParams.get('sig') as string;
      const flipped = `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`;
      const signer = api.app.get(FileUrlSigner);
      const expired = signer.url(upload.id, Date.now() - 3 * 3600_000);
      expect(Number(new URL(expired, 'http://x').searchParams.get('exp')) * 1000).toBeLessThan(Date.now());
      const otherFile = randomUUID();
      for (const forged of [
        `/api/question-files/${upload.id}?exp=${exp}&sig=${flipped}`,
        `/api/question-files/${upload.id}?exp=${exp + 3600}&sig=${sig}`,
        `/api/question-files/${upload.id}?${new URL(signer.url(otherFile), 'http://x').searchParams.toString()}`,
        expired,
      ]) {
        const response = await api.http().get(forged);
        expect({ forged, status: response.status, code: response.body.code }).toEqual({ forged, status: 403, code: 'FORBIDDEN' });
      }
      await api.http().get(`/api/question-files/${upload.id}?exp=${exp}`).expect(400);
      // A valid signature for a file that does not exist.
      await api.http().get(signer.url(otherFile)).expect(404);
    });

    it('refuses SVG or text declared as PNG, and non-image types, with 415 UNSUPPORTED_MEDIA_TYPE, storing nothing', async () => {
      const before = await fileCount();
      const svg = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';
      for (const [bytes, contentType] of [
        [Buffer.from(svg), 'image/png'],
        [Buffer.from('just some text'), 'image/png'],
        [Buffer.from(svg), 'image/svg+xml'],
        [Buffer.from('just some text'), 'text/plain'],
      ] as const) {
        const response = await uploadFile(bytes, contentType);
        expect({ contentType, status: response.status, code: response.body.code }).toEqual({ contentType, status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' });
      }
      expect(await fileCount()).toBe(before);
      await uploadFile(PNG_1X1, 'image/png', () => UNKNOWN_ID).expect(404);
    });

    it('stores an image in a question as a stable reference and hands out fresh signed URLs that load, in GET, versions and preview', async () => {
      const created = await createQuestion(bankId, {
        categoryId,
        name: 'Which phone?',
        definition: { ...single, stem: `<p>Look:</p><img src="${upload.url}" alt="phone">`, options: [{ id: 'x', text: `<img src="https://pathwise.example${upload.url}">`, fraction: 1 }, { id: 'y', text: 'None', fraction: 0 }] },
      });
      const stored = await dataSource.getRepository(QuestionVersion).findOneByOrFail({ questionId: created.id, version: 1 });
      expect(stored.definition.stem).toBe(`<p>Look:</p><img src="@@FILE@@/${upload.id}" alt="phone" />`);
      expect(JSON.stringify(stored.definition)).not.toMatch(/sig=|exp=|pathwise\.example/);

      for (const body of [created, await getQuestion(created.id), await getQuestion(created.id)]) {
        expect(body.definition.stem).toContain(`/api/question-files/${upload.id}?exp=`);
      }
      const v1 = (await api.http().get(`/api/questions/${created.id}/versions/1`).set(bearer(trainer)).expect(200)).body;
      expect(v1.definition.stem).toContain(`/api/question-files/${upload.id}?exp=`);
      const previewed = await preview(created.id);
      const src = signedSrc(previewed.question.stem);
      expect(src).toContain(`/api/question-files/${upload.id}?exp=`);
      const image = await download(src.replace(/&amp;/g, '&')).expect(200);
      expect(Buffer.compare(image.body as Buffer, PNG_1X1)).toBe(0);
      // The absolute URL an editor may paste came back relative and signed.
      const option = (previewed.question.options as { id: string; text: string }[]).find((o) => o.id === 'x') as { text: string };
      expect(signedSrc(option.text)).toContain(`/api/question-files/${upload.id}?exp=`);

      // Saving it back unchanged (with the signed URLs it was given) is no new version.
      const resaved = await putQuestion(created.id, inputOf(await getQuestion(created.id))).expect(200);
      expect(resaved.body.version).toBe(1);
      expect(await versions(created.id)).toHaveLength(1);
    });
  });
});
