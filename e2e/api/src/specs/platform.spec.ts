import { DataSource } from 'typeorm';
import { AppConfig } from '@pathwise/api/config/app-config';
import { createHttpApp } from '@pathwise/api/http-app';
import { MIGRATIONS } from '@pathwise/api/database/migrations';
import { bearer, freshStorage, startTestApi, TestApi } from '../support/test-api';
import { TEST_MODE } from '../support/test-mode';

describe('platform', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi();
  });
  afterAll(() => api.close());

  it('answers liveness without touching dependencies', async () => {
    const response = await api.http().get('/api/health').expect(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('reports readiness of the database, and of Redis in production mode', async () => {
    const response = await api.http().get('/api/health/ready').expect(200);
    expect(response.body.checks.database).toEqual({ status: 'up' });
    if (api.mode === 'production') expect(response.body.checks.redis).toEqual({ status: 'up' });
    else expect(response.body.checks.redis).toBeUndefined();
  });

  it('serves the OpenAPI document built from the DTOs', async () => {
    const response = await api.http().get('/api/docs/openapi.json').expect(200);
    expect(response.body.paths['/api/auth/login']).toBeDefined();
    expect(response.body.components.schemas.CreateUserDto.required).toEqual(expect.arrayContaining(['email', 'displayName', 'roles', 'password']));
    // Responses are described too: the success shape and the one error body.
    const listUsers = response.body.paths['/api/users'].get.responses;
    expect(listUsers['200'].content['application/json'].schema.$ref).toBe('#/components/schemas/UserPageResponse');
    expect(listUsers.default.content['application/json'].schema.$ref).toBe('#/components/schemas/ApiErrorResponse');
    expect(response.body.components.schemas.ApiErrorResponse.properties.code.enum).toContain('VALIDATION_FAILED');
  });

  it('seeds the demo organisation and the default capability dimensions', async () => {
    const token = await api.login('admin@pathwise.local');
    const users = await api.http().get('/api/users?pageSize=100').set(bearer(token)).expect(200);
    expect(users.body.total).toBe(25);
    const dimensions = await api.http().get('/api/capability-dimensions').set(bearer(token)).expect(200);
    expect(dimensions.body.map((d: { nameZh: string }) => d.nameZh)).toEqual(['产品知识', '沟通技巧', '问题解决', '情绪管理', '投诉处理', '系统操作', '合规']);
  });

  it('seeds two published demo exams every demo agent can start: a timed certification and an open practice', async () => {
    const mine: { title: string; purpose: string; canStart: boolean; questionCount: number; timeLimitMinutes: number | null }[] = (
      await api.http().get('/api/me/exams').set(bearer(await api.login('agent01@pathwise.local'))).expect(200)
    ).body;
    const demo = mine.filter((exam) => exam.title.startsWith('Trade-in launch') || exam.title.startsWith('Practice: trade-in'));
    expect(demo.map(({ purpose, canStart, questionCount, timeLimitMinutes }) => ({ purpose, canStart, questionCount, timeLimitMinutes })).sort((a, b) => a.purpose.localeCompare(b.purpose))).toEqual([
      { purpose: 'certification', canStart: true, questionCount: 10, timeLimitMinutes: 20 },
      { purpose: 'practice', canStart: true, questionCount: 5, timeLimitMinutes: null },
    ]);
    // What the seed wrote passes the same checklist a trainer's publish does.
    const exams: { id: string; title: string }[] = (await api.http().get('/api/exams').set(bearer(await api.login('trainer2@pathwise.local'))).expect(200)).body;
    for (const exam of exams.filter((e) => demo.some((d) => d.title === e.title))) {
      const detail = (await api.http().get(`/api/exams/${exam.id}`).set(bearer(await api.login('trainer2@pathwise.local'))).expect(200)).body;
      expect({ title: detail.title, problems: detail.problems }).toEqual({ title: detail.title, problems: [] });
    }
  });

  it('has, after migrations, every table, column and index the entities declare', async () => {
    const dataSource = api.app.get(DataSource);
    const runner = dataSource.createQueryRunner();
    try {
      for (const entity of dataSource.entityMetadatas) {
        const table = await runner.getTable(entity.tableName);
        expect({ table: entity.tableName, exists: Boolean(table) }).toEqual({ table: entity.tableName, exists: true });
        const columns = new Set(table?.columns.map((column) => column.name));
        const missing = entity.columns.map((column) => column.databaseName).filter((name) => !columns.has(name));
        expect({ table: entity.tableName, missing }).toEqual({ table: entity.tableName, missing: [] });
        const indices = new Set(table?.indices.map((index) => index.name));
        const missingIndices = entity.indices.map((index) => index.name).filter((name) => !indices.has(name));
        expect({ table: entity.tableName, missingIndices }).toEqual({ table: entity.tableName, missingIndices: [] });
      }
    } finally {
      await runner.release();
    }
  });
});

describe('first start in production without demo data', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ SEED_DEMO: 'false', ADMIN_EMAIL: 'Ops.Lead@Example.com', ADMIN_PASSWORD: 'First-admin-2026' });
  });
  afterAll(() => api.close());

  it('creates only the first administrator from ADMIN_EMAIL/ADMIN_PASSWORD, who must change the password', async () => {
    const login = await api.http().post('/api/auth/login').send({ email: 'ops.lead@example.com', password: 'First-admin-2026' }).expect(200);
    expect(login.body.user).toMatchObject({ roles: ['admin'], mustChangePassword: true });
    expect((await api.http().get('/api/users').set(bearer(login.body.accessToken)).expect(403)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await api.http().post('/api/auth/change-password').set(bearer(login.body.accessToken)).send({ currentPassword: 'First-admin-2026', newPassword: 'Chosen-by-the-admin-7' }).expect(200);
    const users = await api.http().get('/api/users').set(bearer(changed.body.accessToken)).expect(200);
    expect(users.body.total).toBe(1);
    await api.http().post('/api/auth/login').send({ email: 'admin@pathwise.local', password: 'Pathwise!2026' }).expect(401);
  });
});

const describeProduction = TEST_MODE === 'production' ? describe : describe.skip;

describeProduction('several replicas starting together on an empty database', () => {
  it('migrate and seed exactly once', async () => {
    const storage = await freshStorage();
    const config = AppConfig.fromEnvironment({ NODE_ENV: 'test', LOG_LEVEL: 'error', PORTAL_DIR: 'off', SEED_DEMO: 'true', JWT_SECRET: 'replica-test-secret-long-enough-for-hs256', ...storage.env });
    const replicas = await Promise.all([createHttpApp(config), createHttpApp(config), createHttpApp(config)]);
    try {
      await Promise.all(replicas.map((replica) => replica.init()));
      const dataSource = replicas[0].get(DataSource);
      expect(Number((await dataSource.query('SELECT COUNT(*) AS n FROM users'))[0].n)).toBe(25);
      expect(Number((await dataSource.query('SELECT COUNT(*) AS n FROM capability_dimensions'))[0].n)).toBe(7);
      expect(Number((await dataSource.query('SELECT COUNT(*) AS n FROM question_banks'))[0].n)).toBe(1);
      expect(Number((await dataSource.query('SELECT COUNT(*) AS n FROM migrations'))[0].n)).toBe(MIGRATIONS.length);
    } finally {
      for (const replica of replicas) await replica.close();
      await storage.cleanup();
    }
  });
});
