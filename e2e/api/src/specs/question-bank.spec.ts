import { randomUUID } from 'node:crypto';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { AuditService } from '@pathwise/api/audit/audit.service';
import { QuestionCategory } from '@pathwise/api/question-banks/question-category.entity';
import { QuestionFile } from '@pathwise/api/question-files/question-file.entity';
import { Question } from '@pathwise/api/questions/question.entity';
import { User } from '@pathwise/api/users/user.entity';
import { bearer, startTestApi, TestApi } from '../support/test-api';

interface BankBody {
  id: string;
  name: string;
  description: string | null;
  questionCount: number;
  categoryCount: number;
  createdAt: string;
  updatedAt: string;
}

interface CategoryBody {
  id: string;
  parentId: string | null;
  name: string;
  sortOrder: number;
  questionCount: number;
  totalCount: number;
}

interface AuditEntryBody {
  action: string;
  entityType: string;
  entityId: string | null;
  actor: { id: string; displayName: string } | null;
  details: Record<string, unknown> | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const UNKNOWN_ID = '7d0c1b1e-0000-4000-8000-000000000000';

/** A valid 1×1 PNG. */
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const trueFalse = (stem: string) => ({ type: 'true_false', stem, correct: true });

/** The field named by each field error. */
const fields = (body: { fieldErrors?: { field: string }[] }) => (body.fieldErrors ?? []).map((error) => error.field);

describe('question banks and their category tree', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let trainer: string;
  let admin: string;
  let trainerId: string;

  /** Bank names are unique across the whole database, which a demo seed may also fill. */
  const uniqueName = (label: string) => `${label} ${randomUUID().slice(0, 8)}`;
  const createBank = async (name = uniqueName('Bank'), description?: string): Promise<BankBody> =>
    (await api.http().post('/api/question-banks').set(bearer(trainer)).send({ name, description }).expect(201)).body;
  const getBank = async (bankId: string): Promise<BankBody> => (await api.http().get(`/api/question-banks/${bankId}`).set(bearer(trainer)).expect(200)).body;
  const listBanks = async (): Promise<BankBody[]> => (await api.http().get('/api/question-banks').set(bearer(trainer)).expect(200)).body;
  const tree = async (bankId: string): Promise<CategoryBody[]> => (await api.http().get(`/api/question-banks/${bankId}/categories`).set(bearer(trainer)).expect(200)).body;
  const createCategory = async (bankId: string, name: string, parentId?: string | null): Promise<CategoryBody> =>
    (await api.http().post(`/api/question-banks/${bankId}/categories`).set(bearer(trainer)).send({ name, parentId }).expect(201)).body;
  const createQuestion = async (bankId: string, categoryId: string, name: string, status: 'draft' | 'active' | 'retired' = 'active'): Promise<string> =>
    (await api.http().post(`/api/question-banks/${bankId}/questions`).set(bearer(trainer)).send({ categoryId, name, definition: trueFalse(`${name}?`), status }).expect(201)).body.id;
  const questionCategory = async (questionId: string): Promise<{ categoryId: string; categoryPath: string[] }> =>
    (await api.http().get(`/api/questions/${questionId}`).set(bearer(trainer)).expect(200)).body;
  const auditEntries = async (action: string): Promise<AuditEntryBody[]> =>
    (await api.http().get(`/api/audit-log?action=${encodeURIComponent(action)}&pageSize=200`).set(bearer(admin)).expect(200)).body.items;
  /** Name → node, for readable assertions on a tree. */
  const byName = (nodes: CategoryBody[]) => new Map(nodes.map((node) => [node.name, node]));

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    trainer = await api.login('trainer1@pathwise.local');
    admin = await api.login('admin@pathwise.local');
    trainerId = (await dataSource.getRepository(User).findOneByOrFail({ email: 'trainer1@pathwise.local' })).id;
  });
  afterAll(() => api.close());

  describe('banks', () => {
    it('creates a bank (201) with no questions or categories, trimmed name, listed and readable by id, and audits question-bank.create', async () => {
      const name = uniqueName('Product knowledge 产品知识');
      const response = await api.http().post('/api/question-banks').set(bearer(trainer)).send({ name: `  ${name}  `, description: 'Phones and plans' }).expect(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(UUID),
        name,
        description: 'Phones and plans',
        questionCount: 0,
        categoryCount: 0,
        createdAt: expect.stringMatching(ISO_DATE),
        updatedAt: expect.stringMatching(ISO_DATE),
      });
      expect(await getBank(response.body.id)).toEqual(response.body);
      expect(await listBanks()).toContainEqual(response.body);
      // Admins author too.
      await api.http().get(`/api/question-banks/${response.body.id}`).set(bearer(admin)).expect(200);

      const entries = (await auditEntries('question-bank.create')).filter((entry) => entry.entityId === response.body.id);
      expect(entries).toEqual([expect.objectContaining({ entityType: 'question_bank', actor: expect.objectContaining({ id: trainerId }), details: { name } })]);
    });

    it('lists banks by name with their counts', async () => {
      const zeta = await createBank(uniqueName('ZZ bank'));
      const alpha = await createBank(uniqueName('AA bank'));
      const category = await createCategory(alpha.id, 'Only');
      await createQuestion(alpha.id, category.id, 'Counted');
      const banks = await listBanks();
      const names = banks.map((bank) => bank.name);
      expect(banks.find((bank) => bank.id === alpha.id)).toMatchObject({ questionCount: 1, categoryCount: 1 });
      expect(banks.find((bank) => bank.id === zeta.id)).toMatchObject({ questionCount: 0, categoryCount: 0 });
      expect(names.indexOf(alpha.name)).toBeLessThan(names.indexOf(zeta.name));
    });

    it('refuses a name another bank has, in any case, with 409 BANK_NAME_TAKEN, on create and on rename', async () => {
      const taken = await createBank(uniqueName('Billing'));
      const before = await listBanks();

      const duplicate = await api.http().post('/api/question-banks').set(bearer(trainer)).send({ name: taken.name.toUpperCase() }).expect(409);
      expect(duplicate.body).toEqual({
        statusCode: 409,
        code: 'BANK_NAME_TAKEN',
        message: expect.any(String),
        fieldErrors: [{ field: 'name', message: expect.any(String) }],
        requestId: expect.any(String),
      });
      const exact = await api.http().post('/api/question-banks').set(bearer(trainer)).send({ name: taken.name }).expect(409);
      expect(exact.body.code).toBe('BANK_NAME_TAKEN');
      expect(await listBanks()).toEqual(before);

      const other = await createBank();
      const rename = await api.http().patch(`/api/question-banks/${other.id}`).set(bearer(trainer)).send({ name: ` ${taken.name.toLowerCase()} ` }).expect(409);
      expect(rename.body).toMatchObject({ code: 'BANK_NAME_TAKEN', fieldErrors: [{ field: 'name' }] });
      expect((await getBank(other.id)).name).toBe(other.name);
    });

    it('refuses a name that differs from a taken one only in the case of a non-ASCII letter (Über / über)', async () => {
      const suffix = randomUUID().slice(0, 8);
      await createBank(`Über Tarife ${suffix}`);
      const response = await api.http().post('/api/question-banks').set(bearer(trainer)).send({ name: `über tarife ${suffix}` });
      // SQLite's LOWER() folds ASCII only; names are compared in JavaScript so both databases agree.
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 409, code: 'BANK_NAME_TAKEN' });
    });

    it('renames a bank (also to another case of its own name) and changes or clears its description, auditing question-bank.update', async () => {
      const bank = await createBank(uniqueName('Service'), 'Old description');
      const newName = uniqueName('Service desk 服务台');
      const renamed = await api.http().patch(`/api/question-banks/${bank.id}`).set(bearer(trainer)).send({ name: newName, description: 'New description' }).expect(200);
      expect(renamed.body).toMatchObject({ id: bank.id, name: newName, description: 'New description', createdAt: bank.createdAt });
      expect(await getBank(bank.id)).toEqual(renamed.body);

      const recased = await api.http().patch(`/api/question-banks/${bank.id}`).set(bearer(trainer)).send({ name: newName.toUpperCase(), description: null }).expect(200);
      expect(recased.body).toMatchObject({ name: newName.toUpperCase(), description: null });

      const updates = (await auditEntries('question-bank.update')).filter((entry) => entry.entityId === bank.id);
      expect(updates.map((entry) => entry.details)).toEqual([
        { name: newName.toUpperCase(), description: null },
        { name: newName, description: 'New description' },
      ]);
    });

    it('refuses unknown fields (whitelist) and invalid names with 400 VALIDATION_FAILED naming the field, storing nothing', async () => {
      const before = await listBanks();
      const name = uniqueName('Whitelist');
      const unknown = await api.http().post('/api/question-banks').set(bearer(trainer)).send({ name, colour: 'red' }).expect(400);
      expect(unknown.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(fields(unknown.body)).toEqual(['colour']);
      const empty = await api.http().post('/api/question-banks').set(bearer(trainer)).send({ name: '   ' }).expect(400);
      expect(fields(empty.body)).toEqual(['name']);
      const tooLong = await api.http().post('/api/question-banks').set(bearer(trainer)).send({ name: 'x'.repeat(121) }).expect(400);
      expect(fields(tooLong.body)).toEqual(['name']);
      expect(await listBanks()).toEqual(before);

      const bank = await createBank();
      const patch = await api.http().patch(`/api/question-banks/${bank.id}`).set(bearer(trainer)).send({ name: 'Fine', questionCount: 99 }).expect(400);
      expect(fields(patch.body)).toEqual(['questionCount']);
      expect(await getBank(bank.id)).toEqual(bank);
      const category = await api.http().post(`/api/question-banks/${bank.id}/categories`).set(bearer(trainer)).send({ name: 'Fine', sortOrder: 3 }).expect(400);
      expect(fields(category.body)).toEqual(['sortOrder']);
      expect(await tree(bank.id)).toEqual([]);
    });

    it('deletes an empty bank (204) together with its categories, and audits question-bank.delete', async () => {
      const bank = await createBank();
      const top = await createCategory(bank.id, 'Top');
      await createCategory(bank.id, 'Child', top.id);
      await api.http().delete(`/api/question-banks/${bank.id}`).set(bearer(trainer)).expect(204);

      expect((await api.http().get(`/api/question-banks/${bank.id}`).set(bearer(trainer)).expect(404)).body.code).toBe('NOT_FOUND');
      await api.http().get(`/api/question-banks/${bank.id}/categories`).set(bearer(trainer)).expect(404);
      expect((await listBanks()).map((b) => b.id)).not.toContain(bank.id);
      expect(await dataSource.getRepository(QuestionCategory).countBy({ bankId: bank.id })).toBe(0);
      const entries = (await auditEntries('question-bank.delete')).filter((entry) => entry.entityId === bank.id);
      expect(entries).toEqual([expect.objectContaining({ details: { name: bank.name } })]);
      await api.http().delete(`/api/question-banks/${bank.id}`).set(bearer(trainer)).expect(404);
    });

    it('refuses to delete a bank that holds questions (even only retired ones) with 409 BANK_NOT_EMPTY, keeping bank, categories and questions', async () => {
      const bank = await createBank();
      const category = await createCategory(bank.id, 'Kept');
      const questionId = await createQuestion(bank.id, category.id, 'Old rule', 'retired');
      const before = await getBank(bank.id);

      const response = await api.http().delete(`/api/question-banks/${bank.id}`).set(bearer(trainer)).expect(409);
      expect(response.body).toMatchObject({ statusCode: 409, code: 'BANK_NOT_EMPTY', message: expect.stringContaining('1 question') });
      expect(await getBank(bank.id)).toEqual(before);
      expect(before).toMatchObject({ questionCount: 1, categoryCount: 1 });
      expect(await tree(bank.id)).toEqual([expect.objectContaining({ id: category.id, questionCount: 1 })]);
      expect(await questionCategory(questionId)).toMatchObject({ categoryId: category.id });
      expect((await auditEntries('question-bank.delete')).filter((entry) => entry.entityId === bank.id)).toEqual([]);
    });

    it('answers 404 NOT_FOUND for a bank that does not exist, and 400 for an id that is not a uuid', async () => {
      for (const request of [
        api.http().get(`/api/question-banks/${UNKNOWN_ID}`).set(bearer(trainer)),
        api.http().patch(`/api/question-banks/${UNKNOWN_ID}`).set(bearer(trainer)).send({ name: uniqueName('Ghost') }),
        api.http().delete(`/api/question-banks/${UNKNOWN_ID}`).set(bearer(trainer)),
        api.http().get(`/api/question-banks/${UNKNOWN_ID}/categories`).set(bearer(trainer)),
        api.http().post(`/api/question-banks/${UNKNOWN_ID}/categories`).set(bearer(trainer)).send({ name: 'Ghost' }),
      ]) {
        const response = await request;
        expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
      }
      const malformed = await api.http().get('/api/question-banks/not-a-uuid').set(bearer(trainer)).expect(400);
      expect(malformed.body.code).toBe('VALIDATION_FAILED');
    });
  });

  describe('category tree', () => {
    let bank: BankBody;
    let otherBank: BankBody;
    let foreign: CategoryBody;
    const c: Record<string, CategoryBody> = {};
    const q: Record<string, string> = {};

    const patchCategory = (id: string, body: Record<string, unknown>) => api.http().patch(`/api/question-banks/${bank.id}/categories/${id}`).set(bearer(trainer)).send(body);
    const deleteCategory = (id: string, moveTo?: string) =>
      api
        .http()
        .delete(`/api/question-banks/${bank.id}/categories/${id}${moveTo ? `?moveTo=${moveTo}` : ''}`)
        .set(bearer(trainer));
    /** Each node's parent comes before it in the flat list. */
    const expectParentsFirst = (nodes: CategoryBody[]) => {
      const seen = new Set<string>();
      for (const node of nodes) {
        if (node.parentId !== null) expect(seen).toContain(node.parentId);
        seen.add(node.id);
      }
    };

    beforeAll(async () => {
      bank = await createBank(uniqueName('Tree bank'));
      otherBank = await createBank(uniqueName('Other tree bank'));
      foreign = await createCategory(otherBank.id, 'Foreign');
    });

    it('creates top-level and nested categories (201) and lists the tree flat, parents before children, siblings in creation order', async () => {
      const products = await api.http().post(`/api/question-banks/${bank.id}/categories`).set(bearer(trainer)).send({ name: '  Products  ' }).expect(201);
      expect(products.body).toEqual({ id: expect.stringMatching(UUID), parentId: null, name: 'Products', sortOrder: 0, questionCount: 0, totalCount: 0 });
      c['Products'] = products.body;
      c['Service'] = await createCategory(bank.id, 'Service', null);
      c['Trade-in'] = await createCategory(bank.id, 'Trade-in 以旧换新', c['Products'].id);
      c['Plans'] = await createCategory(bank.id, 'Plans', c['Products'].id);
      c['Phones'] = await createCategory(bank.id, 'Phones', c['Trade-in'].id);
      expect(c['Trade-in']).toMatchObject({ parentId: c['Products'].id, sortOrder: 0 });
      expect(c['Plans']).toMatchObject({ parentId: c['Products'].id, sortOrder: 1 });
      expect(c['Phones']).toMatchObject({ parentId: c['Trade-in'].id, sortOrder: 0 });

      const nodes = await tree(bank.id);
      expect(nodes.map((node) => node.name)).toEqual(['Products', 'Trade-in 以旧换新', 'Phones', 'Plans', 'Service']);
      expectParentsFirst(nodes);
      expect(nodes.find((node) => node.id === c['Phones'].id)).toEqual(c['Phones']);
      expect((await getBank(bank.id)).categoryCount).toBe(5);
      // The other bank's tree is its own.
      expect((await tree(otherBank.id)).map((node) => node.id)).toEqual([foreign.id]);
    });

    it('counts questions of every status: questionCount directly in the category, totalCount with all subcategories', async () => {
      q['phone1'] = await createQuestion(bank.id, c['Phones'].id, 'Phone one');
      q['phone2'] = await createQuestion(bank.id, c['Phones'].id, 'Phone two', 'draft');
      q['tradeIn'] = await createQuestion(bank.id, c['Trade-in'].id, 'Trade-in one');
      q['plan'] = await createQuestion(bank.id, c['Plans'].id, 'Plan one', 'retired');

      const nodes = byName(await tree(bank.id));
      expect(nodes.get('Products')).toMatchObject({ questionCount: 0, totalCount: 4 });
      expect(nodes.get('Trade-in 以旧换新')).toMatchObject({ questionCount: 1, totalCount: 3 });
      expect(nodes.get('Phones')).toMatchObject({ questionCount: 2, totalCount: 2 });
      expect(nodes.get('Plans')).toMatchObject({ questionCount: 1, totalCount: 1 });
      expect(nodes.get('Service')).toMatchObject({ questionCount: 0, totalCount: 0 });
      expect(await getBank(bank.id)).toMatchObject({ questionCount: 4, categoryCount: 5 });
      expect(await questionCategory(q['phone1'])).toMatchObject({ categoryId: c['Phones'].id, categoryPath: ['Products', 'Trade-in 以旧换新', 'Phones'] });
    });

    it('refuses a sibling with the same name in any case or spacing with 409 CATEGORY_NAME_TAKEN, but allows that name under another parent', async () => {
      const before = await tree(bank.id);
      const top = await api.http().post(`/api/question-banks/${bank.id}/categories`).set(bearer(trainer)).send({ name: 'PRODUCTS' }).expect(409);
      expect(top.body).toMatchObject({ statusCode: 409, code: 'CATEGORY_NAME_TAKEN', fieldErrors: [{ field: 'name' }] });
      const nested = await api.http().post(`/api/question-banks/${bank.id}/categories`).set(bearer(trainer)).send({ name: ' phones ', parentId: c['Trade-in'].id }).expect(409);
      expect(nested.body.code).toBe('CATEGORY_NAME_TAKEN');
      const rename = await patchCategory(c['Plans'].id, { name: 'TRADE-IN 以旧换新' }).expect(409);
      expect(rename.body.code).toBe('CATEGORY_NAME_TAKEN');
      expect(await tree(bank.id)).toEqual(before);

      c['Plans/Phones'] = await createCategory(bank.id, 'Phones', c['Plans'].id);
      expect(c['Plans/Phones']).toMatchObject({ parentId: c['Plans'].id, name: 'Phones' });
      // The same name in another bank is no clash either.
      await createCategory(otherBank.id, 'Products');
      const nodes = await tree(bank.id);
      expect(nodes.filter((node) => node.name === 'Phones').map((node) => node.parentId)).toEqual([c['Trade-in'].id, c['Plans'].id]);
    });

    it('answers simultaneous creates of one name (any case) under one parent with one 201 and 409 CATEGORY_NAME_TAKEN, leaving one category', async () => {
      const raceBank = await createBank(uniqueName('Race bank'));
      // Hold each transaction open a little (the audit entry is its last write) so the requests surely overlap.
      const audit = api.app.get(AuditService);
      const record = audit.record.bind(audit);
      const spy = jest.spyOn(audit, 'record').mockImplementation(async (...args) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return record(...args);
      });
      let responses: Response[];
      try {
        responses = await Promise.all(['Double click', 'double click', 'Double Click'].map((name) => api.http().post(`/api/question-banks/${raceBank.id}/categories`).set(bearer(trainer)).send({ name })));
      } finally {
        spy.mockRestore();
      }
      // Sibling names have no unique index: the bank row lock makes concurrent creates queue up.
      expect(responses.map((response) => [response.status, response.body.code]).sort()).toEqual([
        [201, undefined],
        [409, 'CATEGORY_NAME_TAKEN'],
        [409, 'CATEGORY_NAME_TAKEN'],
      ]);
      expect(await tree(raceBank.id)).toHaveLength(1);
    });

    it('renames a category (200), also to another case of its own name; questions show the new path', async () => {
      const renamed = await patchCategory(c['Phones'].id, { name: 'Handsets 手机' }).expect(200);
      expect(renamed.body).toEqual({ ...c['Phones'], name: 'Handsets 手机', questionCount: 2, totalCount: 2 });
      expect(byName(await tree(bank.id)).get('Handsets 手机')).toMatchObject({ id: c['Phones'].id, parentId: c['Trade-in'].id });
      expect((await questionCategory(q['phone1'])).categoryPath).toEqual(['Products', 'Trade-in 以旧换新', 'Handsets 手机']);

      const recased = await patchCategory(c['Phones'].id, { name: 'HANDSETS 手机' }).expect(200);
      expect(recased.body.name).toBe('HANDSETS 手机');
    });

    it('moves a category under another parent and back to the top level; counts and order follow', async () => {
      // Service (top level) goes below Trade-in's subcategory: it must now be listed after it.
      const moved = await patchCategory(c['Service'].id, { parentId: c['Phones'].id }).expect(200);
      expect(moved.body).toMatchObject({ id: c['Service'].id, parentId: c['Phones'].id, name: 'Service' });
      await createQuestion(bank.id, c['Service'].id, 'Service one');
      let nodes = await tree(bank.id);
      expectParentsFirst(nodes);
      expect(nodes.map((node) => node.name)).toEqual(['Products', 'Trade-in 以旧换新', 'HANDSETS 手机', 'Service', 'Plans', 'Phones']);
      expect(byName(nodes).get('HANDSETS 手机')).toMatchObject({ questionCount: 2, totalCount: 3 });
      expect(byName(nodes).get('Products')).toMatchObject({ totalCount: 5 });

      // Move and rename at once, back to the top level.
      await patchCategory(c['Service'].id, { parentId: null, name: 'Service desk' }).expect(200);
      nodes = await tree(bank.id);
      expect(byName(nodes).get('Service desk')).toMatchObject({ id: c['Service'].id, parentId: null, questionCount: 1, totalCount: 1 });
      expect(byName(nodes).get('HANDSETS 手机')).toMatchObject({ totalCount: 2 });
      expect(byName(nodes).get('Products')).toMatchObject({ totalCount: 4 });
      expect(nodes.map((node) => node.name)).toEqual(['Products', 'Trade-in 以旧换新', 'HANDSETS 手机', 'Plans', 'Phones', 'Service desk']);

      // A move that would clash with a sibling at the new level is refused.
      const clash = await patchCategory(c['Plans/Phones'].id, { parentId: null, name: 'service DESK' }).expect(409);
      expect(clash.body.code).toBe('CATEGORY_NAME_TAKEN');
    });

    it('refuses to move a category into itself or one of its descendants with 400 VALIDATION_FAILED on parentId, changing nothing', async () => {
      const before = await tree(bank.id);
      for (const parentId of [c['Products'].id, c['Trade-in'].id, c['Phones'].id]) {
        const response = await patchCategory(c['Products'].id, { parentId }).expect(400);
        expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'parentId', message: expect.any(String) }] });
      }
      const self = await patchCategory(c['Phones'].id, { parentId: c['Phones'].id }).expect(400);
      expect(fields(self.body)).toEqual(['parentId']);
      expect(await tree(bank.id)).toEqual(before);
    });

    it('refuses a parent from another bank (or unknown) with 400 on parentId, on create and on move; a category of another bank is not found here', async () => {
      const before = await tree(bank.id);
      for (const parentId of [foreign.id, UNKNOWN_ID]) {
        const create = await api.http().post(`/api/question-banks/${bank.id}/categories`).set(bearer(trainer)).send({ name: 'Smuggled', parentId }).expect(400);
        expect(create.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'parentId' }] });
        const move = await patchCategory(c['Plans'].id, { parentId }).expect(400);
        expect(move.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'parentId' }] });
      }
      const notAUuid = await patchCategory(c['Plans'].id, { parentId: 'products' }).expect(400);
      expect(fields(notAUuid.body)).toEqual(['parentId']);
      expect(await tree(bank.id)).toEqual(before);

      await patchCategory(foreign.id, { name: 'Hijacked' }).expect(404);
      await deleteCategory(foreign.id).expect(404);
      expect(byName(await tree(otherBank.id)).get('Foreign')).toMatchObject({ id: foreign.id });
    });

    it('deletes an empty category (204)', async () => {
      const empty = await createCategory(bank.id, 'Temporary', c['Plans'].id);
      await deleteCategory(empty.id).expect(204);
      expect((await tree(bank.id)).map((node) => node.id)).not.toContain(empty.id);
      await deleteCategory(empty.id).expect(404);
    });

    it('refuses to delete a category with questions or subcategories without moveTo: 409 CATEGORY_NOT_EMPTY, nothing changed', async () => {
      const before = await tree(bank.id);
      const withBoth = await deleteCategory(c['Trade-in'].id).expect(409);
      expect(withBoth.body).toMatchObject({ statusCode: 409, code: 'CATEGORY_NOT_EMPTY', questionCount: 1, subcategoryCount: 1 });
      const onlyChildren = await deleteCategory(c['Products'].id).expect(409);
      expect(onlyChildren.body).toMatchObject({ code: 'CATEGORY_NOT_EMPTY', questionCount: 0, subcategoryCount: 2 });
      const onlyQuestions = await deleteCategory(c['Service'].id).expect(409);
      expect(onlyQuestions.body).toMatchObject({ code: 'CATEGORY_NOT_EMPTY', questionCount: 1, subcategoryCount: 0 });
      // A retired question still holds its category.
      const retiredOnly = await deleteCategory(c['Plans'].id).expect(409);
      expect(retiredOnly.body).toMatchObject({ code: 'CATEGORY_NOT_EMPTY', questionCount: 1, subcategoryCount: 1 });

      expect(await tree(bank.id)).toEqual(before);
      expect(await questionCategory(q['tradeIn'])).toMatchObject({ categoryId: c['Trade-in'].id });
      expect(await questionCategory(q['plan'])).toMatchObject({ categoryId: c['Plans'].id });
    });

    it('refuses a moveTo inside the deleted subtree, in another bank or unknown with 400 on moveTo, and a moveTo whose children would clash with 409', async () => {
      const before = await tree(bank.id);
      // The category itself and its subcategory.
      for (const moveTo of [c['Trade-in'].id, c['Phones'].id, foreign.id, UNKNOWN_ID]) {
        const response = await deleteCategory(c['Trade-in'].id, moveTo).expect(400);
        expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'moveTo' }] });
      }
      expect(await tree(bank.id)).toEqual(before);
      // Trade-in's child "HANDSETS 手机" would meet a sibling of the same name (any case) under Plans.
      const handsets = await createCategory(bank.id, 'handsets 手机', c['Plans'].id);
      const clash = await deleteCategory(c['Trade-in'].id, c['Plans'].id).expect(409);
      expect(clash.body.code).toBe('CATEGORY_NAME_TAKEN');
      await deleteCategory(handsets.id).expect(204);
      expect(await tree(bank.id)).toEqual(before);
      expect(await questionCategory(q['tradeIn'])).toMatchObject({ categoryId: c['Trade-in'].id });
    });

    it('deletes with moveTo (204): its questions and subcategories now sit under the target, and the counts say so', async () => {
      await deleteCategory(c['Trade-in'].id, c['Service'].id).expect(204);
      const nodes = await tree(bank.id);
      expectParentsFirst(nodes);
      expect(nodes.map((node) => node.id)).not.toContain(c['Trade-in'].id);
      const handsets = nodes.find((node) => node.id === c['Phones'].id);
      expect(handsets).toMatchObject({ parentId: c['Service'].id, questionCount: 2, totalCount: 2 });
      // Service desk: its own question, Trade-in's question, and Handsets' two below.
      expect(nodes.find((node) => node.id === c['Service'].id)).toMatchObject({ questionCount: 2, totalCount: 4 });
      expect(nodes.find((node) => node.id === c['Products'].id)).toMatchObject({ questionCount: 0, totalCount: 1 });
      expect(await questionCategory(q['tradeIn'])).toMatchObject({ categoryId: c['Service'].id, categoryPath: ['Service desk'] });
      expect(await questionCategory(q['phone1'])).toMatchObject({ categoryId: c['Phones'].id, categoryPath: ['Service desk', 'HANDSETS 手机'] });
      expect(await getBank(bank.id)).toMatchObject({ questionCount: 5, categoryCount: nodes.length });
    });

    it('audits every category change as question-category.* with the bank and what changed (admin reads /api/audit-log)', async () => {
      const mine = (await auditEntries('question-category')).filter((entry) => entry.details?.['bankId'] === bank.id);
      expect(mine.every((entry) => entry.entityType === 'question_category' && entry.actor?.id === trainerId)).toBe(true);
      const created = mine.filter((entry) => entry.action === 'question-category.create');
      expect(created.map((entry) => entry.details?.['name']).sort()).toEqual(['Phones', 'Phones', 'Plans', 'Products', 'Service', 'Temporary', 'Trade-in 以旧换新', 'handsets 手机'].sort());
      expect(created.find((entry) => entry.entityId === c['Phones'].id)?.details).toEqual({ bankId: bank.id, name: 'Phones', parentId: c['Trade-in'].id });

      const updates = mine.filter((entry) => entry.action === 'question-category.update');
      expect(updates.find((entry) => entry.entityId === c['Service'].id && (entry.details?.['to'] as { parentId: string | null }).parentId === null)?.details).toEqual({
        bankId: bank.id,
        from: { name: 'Service', parentId: c['Phones'].id },
        to: { name: 'Service desk', parentId: null },
      });
      // Exactly the four successful updates (two renames, two moves); refused changes left no entry.
      expect(updates).toHaveLength(4);

      const deletes = mine.filter((entry) => entry.action === 'question-category.delete');
      expect(deletes.find((entry) => entry.entityId === c['Trade-in'].id)?.details).toEqual({
        bankId: bank.id,
        name: 'Trade-in 以旧换新',
        movedTo: c['Service'].id,
        questionsMoved: 1,
        subcategoriesMoved: 1,
      });
      // Temporary, handsets 手机 and Trade-in; refused deletes left no entry.
      expect(deletes).toHaveLength(3);
      // Trainers cannot read the audit log.
      await api.http().get('/api/audit-log?action=question-category').set(bearer(trainer)).expect(403);
    });
  });

  describe('permissions', () => {
    let bankId: string;
    let categoryId: string;
    let questionId: string;
    let fileUrl: string;

    const routes = () => [
      { method: 'get', path: '/api/question-banks' },
      { method: 'post', path: '/api/question-banks', body: { name: uniqueName('Agent bank') } },
      { method: 'get', path: `/api/question-banks/${bankId}` },
      { method: 'patch', path: `/api/question-banks/${bankId}`, body: { name: uniqueName('Renamed') } },
      { method: 'delete', path: `/api/question-banks/${bankId}` },
      { method: 'get', path: `/api/question-banks/${bankId}/categories` },
      { method: 'post', path: `/api/question-banks/${bankId}/categories`, body: { name: 'Agent category' } },
      { method: 'patch', path: `/api/question-banks/${bankId}/categories/${categoryId}`, body: { name: 'Renamed' } },
      { method: 'delete', path: `/api/question-banks/${bankId}/categories/${categoryId}` },
      { method: 'get', path: `/api/question-banks/${bankId}/questions` },
      { method: 'post', path: `/api/question-banks/${bankId}/questions`, body: { categoryId, name: 'Agent question', definition: trueFalse('Mine?') } },
      { method: 'post', path: `/api/question-banks/${bankId}/questions/bulk`, body: { action: 'retire', questionIds: [questionId] } },
      { method: 'post', path: `/api/question-banks/${bankId}/files`, body: PNG_1X1, contentType: 'image/png' },
      { method: 'get', path: `/api/questions/${questionId}` },
      { method: 'put', path: `/api/questions/${questionId}`, body: { categoryId, name: 'Changed', definition: trueFalse('Changed?') } },
      { method: 'get', path: `/api/questions/${questionId}/versions` },
      { method: 'get', path: `/api/questions/${questionId}/versions/1` },
      { method: 'get', path: `/api/questions/${questionId}/preview` },
      { method: 'post', path: `/api/questions/${questionId}/try`, body: { answer: { value: true } } },
    ];
    const call = (route: ReturnType<typeof routes>[number], token?: string) => {
      const method = route.method as 'get' | 'post' | 'patch' | 'put' | 'delete';
      let request = api.http()[method](route.path);
      if (token) request = request.set(bearer(token));
      if (route.contentType) request = request.set('Content-Type', route.contentType).set('X-File-Name', 'agent.png');
      return route.body === undefined ? request : request.send(route.body);
    };
    const snapshot = async () => ({
      bank: await getBank(bankId),
      tree: await tree(bankId),
      question: (await api.http().get(`/api/questions/${questionId}`).set(bearer(trainer)).expect(200)).body,
      files: await dataSource.getRepository(QuestionFile).countBy({ bankId }),
      questions: await dataSource.getRepository(Question).countBy({ bankId }),
    });

    beforeAll(async () => {
      const bank = await createBank(uniqueName('Guarded bank'));
      bankId = bank.id;
      categoryId = (await createCategory(bankId, 'Guarded')).id;
      questionId = await createQuestion(bankId, categoryId, 'Guarded question');
      fileUrl = (await api.http().post(`/api/question-banks/${bankId}/files`).set(bearer(trainer)).set('Content-Type', 'image/png').send(PNG_1X1).expect(201)).body.url;
    });

    it.each(['agent01@pathwise.local', 'supervisor1@pathwise.local'])('answers %s with 403 FORBIDDEN on every bank, category, question and file route, changing nothing', async (email) => {
      const token = await api.login(email);
      const before = await snapshot();
      const outcomes = [];
      for (const route of routes()) {
        const response = await call(route, token);
        outcomes.push(`${route.method.toUpperCase()} ${route.path} → ${response.status} ${response.body?.code}`);
      }
      expect(outcomes).toEqual(routes().map((route) => `${route.method.toUpperCase()} ${route.path} → 403 FORBIDDEN`));
      expect(await snapshot()).toEqual(before);
    });

    it('answers a caller without a token with 401 UNAUTHENTICATED on every route, changing nothing', async () => {
      const before = await snapshot();
      const outcomes = [];
      for (const route of routes()) {
        const response = await call(route);
        outcomes.push(`${route.method.toUpperCase()} ${route.path} → ${response.status} ${response.body?.code}`);
      }
      expect(outcomes).toEqual(routes().map((route) => `${route.method.toUpperCase()} ${route.path} → 401 UNAUTHENTICATED`));
      expect(await snapshot()).toEqual(before);
    });

    it('lets anyone holding a signed image URL load the image (the signature is the permission), and nothing else', async () => {
      const response = await api.http().get(fileUrl).expect(200);
      expect(response.headers['content-type']).toBe('image/png');
      await api.http().get(fileUrl.replace(/sig=[^&]+/, 'sig=forged')).expect(403);
    });
  });
});
