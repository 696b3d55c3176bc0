import { bearer, startTestApi, TestApi } from '../support/test-api';
import {
  agentEmail,
  createBank,
  createCategory,
  createExam,
  createQuestion,
  definitions,
  examInput,
  fixed,
  Json,
  publishExam,
  Session,
  setQuestionStatus,
  signIn,
} from '../support/exam-fixtures';

const UNKNOWN_ID = '7d0c1b1e-0000-4000-8000-000000000000';

interface ExamBody extends Json {
  id: string;
  status: 'draft' | 'published' | 'archived';
  publishedAt: string | null;
  questionCount: number;
  totalPoints: number;
  availability: { section: number; item: number; requested: number; available: number }[];
  problems: { code: string; section?: number; item?: number; message: string }[];
}

describe('exam builder', () => {
  let api: TestApi;
  let trainer: Session;
  let bankId: string;
  let otherBankId: string;
  let otherCategoryId: string;
  const cat: Record<'products' | 'tradeIn' | 'oldPhones' | 'services', string> = { products: '', tradeIn: '', oldPhones: '', services: '' };
  const q: Record<string, string> = {};

  const getExam = async (id: string): Promise<ExamBody> => (await api.http().get(`/api/exams/${id}`).set(bearer(trainer.token)).expect(200)).body;
  const examCount = async () => (await api.http().get('/api/exams').set(bearer(trainer.token)).expect(200)).body.length as number;
  const draw = (overrides: Json) => ({ kind: 'draw', count: 1, points: 1, bankId, ...overrides });
  const codes = (exam: { problems: { code: string }[] }) => exam.problems.map((p) => p.code).sort();

  beforeAll(async () => {
    api = await startTestApi();
    trainer = await signIn(api, 'trainer1@pathwise.local');
    bankId = await createBank(api, trainer.token);
    cat.products = await createCategory(api, trainer.token, bankId, 'Products');
    cat.tradeIn = await createCategory(api, trainer.token, bankId, 'Trade-in', cat.products);
    cat.oldPhones = await createCategory(api, trainer.token, bankId, 'Old phones', cat.tradeIn);
    cat.services = await createCategory(api, trainer.token, bankId, 'Services');
    const make = (key: string, options: Omit<Parameters<typeof createQuestion>[3], 'definition'> & { definition: Json }) =>
      createQuestion(api, trainer.token, bankId, options).then((id) => (q[key] = id));
    // The bank the draws pick from; each comment says which draws below it matches.
    await make('singleTradeIn', { categoryId: cat.tradeIn, definition: definitions.single('Q single trade-in'), difficulty: 3, tags: ['launch'], dimensionCodes: ['product-knowledge'] });
    await make('tfOldPhones', { categoryId: cat.oldPhones, definition: definitions.trueFalse('Q tf old phones'), difficulty: 4, tags: ['Launch'], dimensionCodes: ['product-knowledge'] });
    await make('multiTradeIn', { categoryId: cat.tradeIn, definition: definitions.multiple('Q multiple trade-in'), difficulty: 2, dimensionCodes: ['communication'] });
    await make('numProducts', { categoryId: cat.products, definition: definitions.numerical('Q numerical products'), difficulty: 5, tags: ['launch'], dimensionCodes: ['product-knowledge'] });
    await make('tfServices', { categoryId: cat.services, definition: definitions.trueFalse('Q tf services'), difficulty: 3, dimensionCodes: ['product-knowledge'] });
    await make('draftOldPhones', { categoryId: cat.oldPhones, definition: definitions.single('Q draft old phones'), difficulty: 3, tags: ['launch'], dimensionCodes: ['product-knowledge'], status: 'draft' });
    await make('essayTradeIn', { categoryId: cat.tradeIn, definition: definitions.essay('Q essay trade-in'), difficulty: 3, dimensionCodes: ['communication'] });
    otherBankId = await createBank(api, trainer.token);
    otherCategoryId = await createCategory(api, trainer.token, otherBankId, 'Elsewhere');
  });
  afterAll(() => api?.close());

  describe('draws and their availability', () => {
    /** Section 0: a fixed question and draws by category tree and dimension/difficulty; section 1: draws by type, tags and difficulty. */
    const blueprint = () => [
      {
        title: 'Products',
        items: [
          fixed(q['tfServices'], 2),
          // Products and below, product-knowledge, difficulty ≥ 3: single trade-in (3), tf old phones (4), numerical (5). The draft is not drawn.
          draw({ count: 2, points: 3, categoryId: cat.products, includeSubcategories: true, dimension: 'product-knowledge', minDifficulty: 3 }),
          // Products itself only: the numerical.
          draw({ count: 1, categoryId: cat.products, includeSubcategories: false }),
          // Trade-in and below, choice questions: single and multiple (not the draft).
          draw({ count: 1, categoryId: cat.tradeIn, types: ['single_choice', 'multiple_choice'] }),
        ],
      },
      {
        title: 'Mixed',
        items: [
          // True/false anywhere in the bank: old phones and services.
          draw({ count: 2, types: ['true_false'] }),
          // Any of the tags (case-insensitive): single trade-in, tf old phones, numerical.
          draw({ count: 1, tags: ['launch', 'no-such-tag'] }),
          // Difficulty ≤ 2: the multiple.
          draw({ count: 1, maxDifficulty: 2 }),
        ],
      },
    ];

    it('creates a draft with sections mixing fixed questions and draws, and reports what each draw can pick from', async () => {
      const created = await createExam(api, trainer.token, examInput({ title: 'Trade-in launch', purpose: 'course_check', passPercent: 60, sections: blueprint() }));
      expect(created).toMatchObject({ status: 'draft', publishedAt: null, purpose: 'course_check', passPercent: 60 });
      const exam = await getExam(created.id);
      expect(exam.availability).toEqual([
        { section: 0, item: 1, requested: 2, available: 3 },
        { section: 0, item: 2, requested: 1, available: 1 },
        { section: 0, item: 3, requested: 1, available: 2 },
        { section: 1, item: 0, requested: 2, available: 2 },
        { section: 1, item: 1, requested: 1, available: 3 },
        { section: 1, item: 2, requested: 1, available: 1 },
      ]);
      // 1 fixed + 2 + 1 + 1 + 2 + 1 + 1 questions; 2 + 2×3 + 6×1 points.
      expect(exam.questionCount).toBe(9);
      expect(exam.totalPoints).toBe(14);
      expect(exam.problems).toEqual([]);
      // The stored sections come back as given.
      expect(exam.sections).toEqual(blueprint().map((s) => ({ title: s.title, items: s.items.map((item) => expect.objectContaining(item)) })));
    });

    it("previews a draw's count before it is saved, as the builder's live count, the same as the saved draw reports", async () => {
      const preview = async (item: Json) => (await api.http().post('/api/exams/draw-preview').set(bearer(trainer.token)).send(item).expect(200)).body;
      const items = blueprint().flatMap((section) => section.items.filter((item) => item.kind === 'draw'));
      expect(await Promise.all(items.map(preview))).toEqual([3, 1, 2, 2, 3, 1].map((available) => ({ available })));
      // Asking for more than exists is what the count is for: it answers, it does not refuse.
      expect(await preview(draw({ count: 500, types: ['true_false'] }))).toEqual({ available: 2 });
      await api.http().post('/api/exams/draw-preview').set(bearer(trainer.token)).send(draw({ bankId: '00000000-0000-4000-8000-000000000000' })).expect(404);
      await api.http().post('/api/exams/draw-preview').set(bearer(trainer.token)).send(draw({ count: 0, minDifficulty: 9 })).expect(400);
      await api.http().post('/api/exams/draw-preview').set(bearer((await signIn(api, agentEmail(1))).token)).send(draw({})).expect(403);
    });

    it('counts only active questions: retiring one lowers every draw it matched, activating a draft raises them', async () => {
      const { id } = await createExam(api, trainer.token, examInput({ sections: blueprint() }));
      await setQuestionStatus(api, trainer.token, bankId, [q['singleTradeIn']], 'retire');
      try {
        const afterRetire = await getExam(id);
        expect(afterRetire.availability.map((a) => a.available)).toEqual([2, 1, 1, 2, 2, 1]);
        await setQuestionStatus(api, trainer.token, bankId, [q['draftOldPhones']], 'activate');
        const afterActivate = await getExam(id);
        expect(afterActivate.availability.map((a) => a.available)).toEqual([3, 1, 2, 2, 3, 1]);
      } finally {
        await setQuestionStatus(api, trainer.token, bankId, [q['singleTradeIn']], 'activate');
        await setQuestionStatus(api, trainer.token, bankId, [q['draftOldPhones']], 'retire');
      }
      // A retired question is not drawn either.
      expect((await getExam(id)).availability.map((a) => a.available)).toEqual([3, 1, 2, 2, 3, 1]);
    });

    it('refuses to publish a draw that cannot be filled, naming it, and publishes nothing', async () => {
      const sections = blueprint();
      sections[1].items[0] = draw({ count: 3, types: ['true_false'] });
      const { id } = await createExam(api, trainer.token, examInput({ sections }));
      const draft = await getExam(id);
      expect(draft.problems).toEqual([{ code: 'draw_unfillable', section: 1, item: 0, requested: 3, available: 2, message: expect.stringContaining('3 questions requested but only 2') }]);
      // What an attempt would hold: the draw gives what it can.
      expect(draft.questionCount).toBe(9);

      const refused = await api.http().post(`/api/exams/${id}/publish`).set(bearer(trainer.token)).expect(400);
      expect(refused.body).toMatchObject({ code: 'VALIDATION_FAILED', problems: [expect.objectContaining({ code: 'draw_unfillable', section: 1, item: 0 })] });
      expect(refused.body.fieldErrors).toEqual([expect.objectContaining({ field: 'sections.1.items.0', code: 'draw_unfillable' })]);
      expect(await getExam(id)).toMatchObject({ status: 'draft', publishedAt: null });
      const agent = await signIn(api, agentEmail(1));
      await api.http().post(`/api/exams/${id}/attempts`).set(bearer(agent.token)).expect(404);

      // Once the draw fits the pool, it publishes.
      sections[1].items[0] = draw({ count: 2, types: ['true_false'] });
      await api.http().put(`/api/exams/${id}`).set(bearer(trainer.token)).send(examInput({ sections })).expect(200);
      expect(await publishExam(api, trainer.token, id)).toMatchObject({ status: 'published', publishedAt: expect.any(String), problems: [] });
    });
  });

  describe('the publish checklist', () => {
    const oneQuestion = () => [{ title: 'One', items: [fixed(q['tfServices'])] }];

    it.each([
      ['nobody in the audience', { audience: { everyone: false, userIds: [], teamIds: [] } }, 'no_audience'],
      ['a window that closes before it opens', { opensAt: '2030-06-02T08:00:00.000Z', closesAt: '2030-06-01T08:00:00.000Z' }, 'window_invalid'],
      ['a window that closes as it opens', { opensAt: '2030-06-01T08:00:00.000Z', closesAt: '2030-06-01T08:00:00.000Z' }, 'window_invalid'],
      ['a dimension pass mark no question measures', { dimensionPassPercent: { compliance: 50 } }, 'dimension_not_measured'],
      ['no questions at all', { sections: [{ title: 'Empty', items: [] }] }, 'no_questions'],
    ])('blocks publishing with %s', async (_what, overrides, code) => {
      const { id } = await createExam(api, trainer.token, examInput({ sections: oneQuestion(), ...overrides }));
      expect(codes(await getExam(id))).toEqual([code]);
      const refused = await api.http().post(`/api/exams/${id}/publish`).set(bearer(trainer.token)).expect(400);
      expect(refused.body.problems.map((p: { code: string }) => p.code)).toEqual([code]);
      expect(await getExam(id)).toMatchObject({ status: 'draft', publishedAt: null });
    });

    it('names the unmeasured dimension in a field, so a client words the problem in its own language', async () => {
      const { id } = await createExam(api, trainer.token, examInput({ sections: oneQuestion(), dimensionPassPercent: { compliance: 50 } }));
      expect((await getExam(id)).problems).toEqual([expect.objectContaining({ code: 'dimension_not_measured', dimension: 'compliance' })]);
    });

    it('blocks publishing a fixed question that was retired since', async () => {
      const retiring = await createQuestion(api, trainer.token, bankId, { categoryId: cat.services, definition: definitions.trueFalse('Q about to retire') });
      const { id } = await createExam(api, trainer.token, examInput({ sections: [{ title: 'S', items: [fixed(q['tfServices']), fixed(retiring)] }] }));
      expect((await getExam(id)).problems).toEqual([]);
      await setQuestionStatus(api, trainer.token, bankId, [retiring], 'retire');
      const exam = await getExam(id);
      expect(exam.problems).toEqual([expect.objectContaining({ code: 'question_unavailable', section: 0, item: 1 })]);
      expect(exam.questionCount).toBe(1);
      await api.http().post(`/api/exams/${id}/publish`).set(bearer(trainer.token)).expect(400);
      expect((await getExam(id)).status).toBe('draft');
    });

    it('accepts a dimension pass mark that a fixed question or a draw measures', async () => {
      // The multiple measures communication as a fixed question; the draw of true/false questions brings product knowledge.
      const { id } = await createExam(
        api,
        trainer.token,
        examInput({ dimensionPassPercent: { communication: 50, 'product-knowledge': 70 }, sections: [{ title: 'S', items: [fixed(q['multiTradeIn']), draw({ count: 1, types: ['true_false'] })] }] }),
      );
      expect((await getExam(id)).problems).toEqual([]);
      expect(await publishExam(api, trainer.token, id)).toMatchObject({ status: 'published', dimensionPassPercent: { communication: 50, 'product-knowledge': 70 } });
    });

    it('advises a pass mark for a certification but lets it publish without one', async () => {
      const { id } = await createExam(api, trainer.token, examInput({ purpose: 'certification', passPercent: null, sections: oneQuestion() }));
      expect((await getExam(id)).problems).toEqual([expect.objectContaining({ code: 'no_pass_mark' })]);
      const published = await publishExam(api, trainer.token, id);
      expect(published).toMatchObject({ status: 'published', publishedAt: expect.any(String), problems: [expect.objectContaining({ code: 'no_pass_mark' })] });
      // A practice exam needs none.
      const practice = await createExam(api, trainer.token, examInput({ purpose: 'practice', sections: oneQuestion() }));
      expect(practice.problems).toEqual([]);
    });

    it('reports every blocking problem at once', async () => {
      const { id } = await createExam(
        api,
        trainer.token,
        examInput({
          audience: { everyone: false, userIds: [], teamIds: [] },
          opensAt: '2030-06-02T08:00:00.000Z',
          closesAt: '2030-06-01T08:00:00.000Z',
          sections: [{ title: 'S', items: [draw({ count: 50 })] }],
        }),
      );
      const refused = await api.http().post(`/api/exams/${id}/publish`).set(bearer(trainer.token)).expect(400);
      expect(refused.body.problems.map((p: { code: string }) => p.code).sort()).toEqual(['draw_unfillable', 'no_audience', 'window_invalid']);
    });

    it('archives: an archived exam cannot change and cannot be started', async () => {
      const { id } = await createExam(api, trainer.token, examInput({ sections: oneQuestion() }));
      await publishExam(api, trainer.token, id);
      const agent = await signIn(api, agentEmail(2));
      const mine = async () => (await api.http().get('/api/me/exams').set(bearer(agent.token)).expect(200)).body.map((e: { examId: string }) => e.examId);
      expect(await mine()).toContain(id);
      expect((await api.http().post(`/api/exams/${id}/archive`).set(bearer(trainer.token)).expect(200)).body.status).toBe('archived');
      await api.http().put(`/api/exams/${id}`).set(bearer(trainer.token)).send(examInput({ sections: oneQuestion() })).expect(409);
      expect(await mine()).not.toContain(id);
      await api.http().post(`/api/exams/${id}/attempts`).set(bearer(agent.token)).expect(404);
    });
  });

  describe('a published exam', () => {
    it('freezes the questions of attempts already started: exam edits and new question versions shape new attempts only', async () => {
      const questionId = await createQuestion(api, trainer.token, bankId, { categoryId: cat.services, definition: definitions.trueFalse('Frozen stem, version 1') });
      const { id } = await createExam(api, trainer.token, examInput({ sections: [{ title: 'S', items: [fixed(questionId, 2)] }] }));
      await publishExam(api, trainer.token, id);
      const early = await signIn(api, agentEmail(3));
      const started = (await api.http().post(`/api/exams/${id}/attempts`).set(bearer(early.token)).expect(201)).body;
      expect(started.questions.map((x: { question: { stem: string } }) => x.question.stem)).toEqual(['Frozen stem, version 1']);

      // A new version of the question, and a second question added to the exam.
      const current = (await api.http().get(`/api/questions/${questionId}`).set(bearer(trainer.token)).expect(200)).body;
      await api
        .http()
        .put(`/api/questions/${questionId}`)
        .set(bearer(trainer.token))
        .send({ categoryId: current.categoryId, name: current.name, definition: { ...current.definition, stem: 'Frozen stem, version 2' }, baseVersion: current.version })
        .expect(200);
      await api.http().put(`/api/exams/${id}`).set(bearer(trainer.token)).send(examInput({ sections: [{ title: 'S', items: [fixed(questionId, 2), fixed(q['tfServices'], 1)] }] })).expect(200);
      expect((await getExam(id)).status).toBe('published');

      const resumed = (await api.http().get(`/api/attempts/${started.id}`).set(bearer(early.token)).expect(200)).body;
      expect(resumed.questions.map((x: { question: { stem: string }; points: number }) => [x.question.stem, x.points])).toEqual([['Frozen stem, version 1', 2]]);
      const late = await signIn(api, agentEmail(4));
      const fresh = (await api.http().post(`/api/exams/${id}/attempts`).set(bearer(late.token)).expect(201)).body;
      expect(fresh.questions.map((x: { question: { stem: string }; points: number }) => [x.question.stem, x.points])).toEqual([
        ['Frozen stem, version 2', 2],
        ['Q tf services', 1],
      ]);
    });
  });

  describe('a published exam that can no longer be filled', () => {
    it('refuses an agent a clear 409 and creates no attempt when a draw lost its questions after publishing', async () => {
      const pool = await createCategory(api, trainer.token, bankId, 'Shrinking pool');
      const ids = [await createQuestion(api, trainer.token, bankId, { categoryId: pool, definition: definitions.trueFalse('Shrinking 1') }), await createQuestion(api, trainer.token, bankId, { categoryId: pool, definition: definitions.trueFalse('Shrinking 2') })];
      const { id } = await createExam(api, trainer.token, examInput({ sections: [{ title: 'S', items: [draw({ count: 2, categoryId: pool })] }] }));
      await publishExam(api, trainer.token, id);
      await setQuestionStatus(api, trainer.token, bankId, [ids[0]], 'retire');
      expect((await getExam(id)).problems).toEqual([expect.objectContaining({ code: 'draw_unfillable' })]);
      const agent = await signIn(api, agentEmail(6));
      const refused = await api.http().post(`/api/exams/${id}/attempts`).set(bearer(agent.token)).expect(409);
      expect(refused.body.code).toBe('CONFLICT');
      const attempts = (await api.http().get(`/api/exams/${id}/attempts`).set(bearer(trainer.token)).expect(200)).body;
      expect(attempts.total).toBe(0);
    });

    it('refuses an edit that would leave a published exam unpublishable, and keeps the published version', async () => {
      const { id } = await createExam(api, trainer.token, examInput({ sections: [{ title: 'S', items: [fixed(q['tfServices'])] }] }));
      const published = await publishExam(api, trainer.token, id);
      const response = await api
        .http()
        .put(`/api/exams/${id}`)
        .set(bearer(trainer.token))
        .send(examInput({ sections: [{ title: 'S', items: [draw({ count: 50 })] }], audience: { everyone: false, userIds: [], teamIds: [] } }));
      // A published exam stays startable: every edit goes through the publish checklist.
      expect(response.status).toBe(400);
      expect(await getExam(id)).toMatchObject({ status: 'published', sections: published['sections'], audience: published['audience'] });
    });
  });

  describe('validation', () => {
    const valid = () => examInput({ sections: [{ title: 'S', items: [fixed(q['tfServices']), draw({ count: 1, categoryId: cat.products })] }] });
    const withItem = (item: Json) => examInput({ sections: [{ title: 'S', items: [item] }] });

    it.each<[string, () => Json, string]>([
      ['an unknown top-level field', () => ({ ...valid(), secretField: true }), 'secretField'],
      ['an unknown field in a fixed item', () => withItem({ ...fixed(q['tfServices']), weight: 2 }), 'weight'],
      ['an unknown field in a draw', () => withItem({ ...draw({}), random: true }), 'random'],
      ['an unknown field in the audience', () => ({ ...valid(), audience: { everyone: true, userIds: [], teamIds: [], levels: [] } }), 'levels'],
      ['an unknown field in the review policy', () => ({ ...valid(), review: { when: 'never', score: true, correctness: true, correctAnswers: true, feedback: true, extra: 1 } }), 'extra'],
      ['an unknown purpose', () => ({ ...valid(), purpose: 'exam' }), 'purpose'],
      ['an unknown review timing', () => ({ ...valid(), review: { when: 'sometimes', score: true, correctness: true, correctAnswers: true, feedback: true } }), 'when'],
      ['an unknown grading method', () => ({ ...valid(), gradingMethod: 'best' }), 'gradingMethod'],
      ['an unknown layout', () => ({ ...valid(), layout: 'two_per_page' }), 'layout'],
      ['an unknown question type in a draw', () => withItem(draw({ types: ['essayy'] })), 'types'],
      ['a difficulty out of range', () => withItem(draw({ minDifficulty: 6 })), 'minDifficulty'],
      ['an unknown item kind', () => withItem({ kind: 'random', questionId: q['tfServices'], points: 1 }), 'sections.0.items.0'],
      ['an item without a kind', () => withItem({ questionId: q['tfServices'], points: 1 }), 'sections.0.items.0'],
      ['an item that is not an object', () => withItem('fixed' as unknown as Json), 'sections.0.items.0'],
      // Items are checked per kind (validateExamItems): a null item is a 400, not a crash.
      ['an item that is null', () => withItem(null as unknown as Json), 'sections.0.items.0'],
      // An item that is not an object with a known kind is refused.
      ['an item that is an array', () => withItem([] as unknown as Json), 'sections.0.items.0'],
      ['a draw of zero questions', () => withItem(draw({ count: 0 })), 'count'],
      ['negative points', () => withItem(fixed(q['tfServices'], -1)), 'points'],
      ['a time limit of zero', () => ({ ...valid(), timeLimitMinutes: 0 }), 'timeLimitMinutes'],
      ['a pass mark over 100', () => ({ ...valid(), passPercent: 101 }), 'passPercent'],
      ['a date that is not a date', () => ({ ...valid(), opensAt: 'next monday' }), 'opensAt'],
      ['no sections', () => ({ ...valid(), sections: [] }), 'sections'],
      // The audience is required.
      ['no audience object', () => ({ ...valid(), audience: undefined }), 'audience'],
      ['an audience that is not an object', () => ({ ...valid(), audience: 'everyone' }), 'audience'],
      ['a dimension pass mark for an unknown dimension', () => ({ ...valid(), dimensionPassPercent: { 'no-such-dimension': 50 } }), 'dimensionPassPercent.no-such-dimension'],
      ['a dimension pass mark over 100', () => ({ ...valid(), dimensionPassPercent: { communication: 120 } }), 'dimensionPassPercent.communication'],
      ['a fixed question that does not exist', () => withItem(fixed(UNKNOWN_ID)), 'sections.0.items.0.questionId'],
      ['a draw category from another bank', () => withItem(draw({ categoryId: otherCategoryId })), 'sections.0.items.0.categoryId'],
      ['a lowest difficulty above the highest', () => withItem(draw({ minDifficulty: 4, maxDifficulty: 2 })), 'sections.0.items.0.minDifficulty'],
      ['an unknown user in the audience', () => ({ ...valid(), audience: { everyone: false, userIds: [UNKNOWN_ID], teamIds: [] } }), 'audience.userIds'],
      ['an unknown team in the audience', () => ({ ...valid(), audience: { everyone: false, userIds: [], teamIds: [UNKNOWN_ID] } }), 'audience.teamIds'],
    ])('rejects %s with 400 and creates nothing', async (_what, body, field) => {
      const before = await examCount();
      const response = await api.http().post('/api/exams').set(bearer(trainer.token)).send(body()).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      if (field) expect(response.body.fieldErrors.map((e: { field: string }) => e.field).join(' ')).toContain(field);
      expect(await examCount()).toBe(before);
    });

    it('rejects the same input on update and leaves the exam unchanged', async () => {
      const { id } = await createExam(api, trainer.token, valid());
      const before = await getExam(id);
      await api.http().put(`/api/exams/${id}`).set(bearer(trainer.token)).send({ ...valid(), purpose: 'exam' }).expect(400);
      await api.http().put(`/api/exams/${id}`).set(bearer(trainer.token)).send(withItem({ kind: 'random', questionId: q['tfServices'], points: 1 })).expect(400);
      expect(await getExam(id)).toEqual(before);
    });

    it('answers an unknown exam with 404 and a malformed id with 400', async () => {
      await api.http().get(`/api/exams/${UNKNOWN_ID}`).set(bearer(trainer.token)).expect(404);
      await api.http().post(`/api/exams/${UNKNOWN_ID}/publish`).set(bearer(trainer.token)).expect(404);
      await api.http().put(`/api/exams/${UNKNOWN_ID}`).set(bearer(trainer.token)).send(valid()).expect(404);
      await api.http().get('/api/exams/not-a-uuid').set(bearer(trainer.token)).expect(400);
    });
  });

  describe('access', () => {
    let examId: string;
    beforeAll(async () => {
      examId = (await createExam(api, trainer.token, examInput({ sections: [{ title: 'S', items: [fixed(q['tfServices'])] }] }))).id;
    });

    it.each(['agent05@pathwise.local', 'supervisor1@pathwise.local'])('refuses every builder route to %s with 403', async (email) => {
      const { token } = await signIn(api, email);
      const before = await getExam(examId);
      const body = examInput({ sections: [{ title: 'S', items: [fixed(q['tfServices'])] }] });
      const calls = [
        api.http().get('/api/exams'),
        api.http().post('/api/exams').send(body),
        api.http().get(`/api/exams/${examId}`),
        api.http().put(`/api/exams/${examId}`).send(body),
        api.http().post(`/api/exams/${examId}/publish`),
        api.http().post(`/api/exams/${examId}/archive`),
      ];
      for (const call of calls) {
        const response = await call.set(bearer(token));
        expect([response.status, response.body.code]).toEqual([403, 'FORBIDDEN']);
      }
      expect(await getExam(examId)).toEqual(before);
    });

    it('requires a signed-in user', async () => {
      await api.http().get('/api/exams').expect(401);
      await api.http().post('/api/exams').send({}).expect(401);
    });

    it('lets an admin build exams too', async () => {
      const { token } = await signIn(api, 'admin@pathwise.local');
      await api.http().get(`/api/exams/${examId}`).set(bearer(token)).expect(200);
      await api.http().post('/api/exams').set(bearer(token)).send(examInput({ sections: [{ title: 'S', items: [fixed(q['tfServices'])] }] })).expect(201);
    });
  });
});
