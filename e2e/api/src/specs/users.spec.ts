import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { AuditService } from '@pathwise/api/audit/audit.service';
import { User } from '@pathwise/api/users/user.entity';
import { bearer, DEMO_PASSWORD, startTestApi, TestApi } from '../support/test-api';

const STRONG_PASSWORD = 'Harbour-Lights-42';

interface UserSummaryBody {
  id: string;
  email: string;
  displayName: string;
  roles: string[];
  active: boolean;
  employeeNo: string | null;
  locale: string;
  teams: { id: string; name: string }[];
}

interface AuditEntryBody {
  action: string;
  entityType: string;
  entityId: string | null;
  actor: { id: string; displayName: string } | null;
  details: Record<string, unknown> | null;
  requestId: string | null;
}

/** `field:code` of each field error, e.g. `password:too_short`. */
const problems = (body: { fieldErrors?: { field: string; code?: string }[] }) => (body.fieldErrors ?? []).map((error) => `${error.field}:${error.code}`);

const refreshCookie = (response: Response) => {
  const cookies = response.headers['set-cookie'] as unknown as string[];
  return cookies.find((cookie) => cookie.startsWith('pw_refresh='))?.split(';')[0] as string;
};

describe('user administration', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let admin: string;
  let adminId: string;
  let teamA: string;
  let teamB: string;

  const users = () => api.http().get('/api/users');
  const list = async (query: string): Promise<{ items: UserSummaryBody[]; total: number; page: number; pageSize: number }> =>
    (await api.http().get(`/api/users?${query}`).set(bearer(admin)).expect(200)).body;
  const create = (body: Record<string, unknown>) => api.http().post('/api/users').set(bearer(admin)).send(body);
  const idOf = async (email: string) => (await dataSource.getRepository(User).findOneByOrFail({ email })).id;
  const auditOf = async (entityId: string): Promise<AuditEntryBody[]> =>
    (await api.http().get(`/api/audit-log?entityId=${entityId}&pageSize=100`).set(bearer(admin)).expect(200)).body.items;
  const validUser = (overrides: Record<string, unknown> = {}) => ({
    email: 'li.lei@pathwise.local',
    displayName: '李雷',
    roles: ['agent'],
    password: STRONG_PASSWORD,
    ...overrides,
  });

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    const session = await api.http().post('/api/auth/login').send({ email: 'admin@pathwise.local', password: DEMO_PASSWORD }).expect(200);
    admin = session.body.accessToken;
    adminId = session.body.user.id;
    const teams = (await api.http().get('/api/teams').set(bearer(admin)).expect(200)).body as { id: string; name: string }[];
    teamA = teams.find((team) => team.name === 'Customer Care A')?.id as string;
    teamB = teams.find((team) => team.name === 'Customer Care B')?.id as string;
  });
  afterAll(() => api.close());

  describe('listing', () => {
    it('finds a user by Chinese name', async () => {
      const page = await list(`search=${encodeURIComponent('王芳')}`);
      expect(page.total).toBe(1);
      expect(page.items.map((user) => user.email)).toEqual(['agent01@pathwise.local']);
      expect(page.items[0]).toMatchObject({ displayName: '王芳', roles: ['agent'], active: true, teams: [{ id: teamA, name: 'Customer Care A' }] });
    });

    it('searches e-mail and name case-insensitively', async () => {
      const byEmail = await list('search=AGENT1&pageSize=100');
      expect(byEmail.items.map((user) => user.email).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `agent1${i}@pathwise.local`));
      const byName = await list('search=jordan');
      expect(byName.items.map((user) => user.email)).toEqual(['supervisor2@pathwise.local']);
    });

    it('treats % and _ in the search term literally', async () => {
      expect((await list(`search=${encodeURIComponent('%')}`)).total).toBe(0);
      expect((await list('search=agent_1')).total).toBe(0);
    });

    it('filters by role', async () => {
      const supervisors = await list('role=supervisor');
      expect(supervisors.total).toBe(2);
      expect(supervisors.items.map((user) => user.email).sort()).toEqual(['supervisor1@pathwise.local', 'supervisor2@pathwise.local']);
      expect((await list('role=agent&pageSize=1')).total).toBe(20);
      const invalid = await users().query({ role: 'boss' }).set(bearer(admin)).expect(400);
      expect(invalid.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'role' }] });
    });

    it('filters by team', async () => {
      const page = await list(`teamId=${teamB}&pageSize=100`);
      expect(page.total).toBe(10);
      expect(page.items.map((user) => user.email).sort()).toEqual(Array.from({ length: 10 }, (_, i) => `agent${11 + i}@pathwise.local`));
      expect(page.items.every((user) => user.teams.some((team) => team.id === teamB))).toBe(true);
    });

    it('combines filters', async () => {
      const page = await list(`teamId=${teamA}&search=${encodeURIComponent('李')}`);
      expect(page.items.map((user) => user.displayName)).toEqual(['李娜']);
    });

    it('paginates with stable totals and no user twice', async () => {
      const pages = await Promise.all([1, 2, 3].map((page) => list(`pageSize=10&page=${page}`)));
      expect(pages.map((page) => page.total)).toEqual([25, 25, 25]);
      expect(pages.map((page) => page.items.length)).toEqual([10, 10, 5]);
      expect(pages.map((page) => [page.page, page.pageSize])).toEqual([[1, 10], [2, 10], [3, 10]]);
      expect(new Set(pages.flatMap((page) => page.items.map((user) => user.id))).size).toBe(25);
      expect((await list('pageSize=10&page=4')).items).toEqual([]);
    });

    it('rejects an out-of-range page size or page with 400', async () => {
      const tooBig = await users().query({ pageSize: 500 }).set(bearer(admin)).expect(400);
      expect(tooBig.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'pageSize' }] });
      expect((await users().query({ page: 0 }).set(bearer(admin)).expect(400)).body.fieldErrors[0].field).toBe('page');
    });
  });

  describe('creating', () => {
    it('creates a user (201) who can then sign in', async () => {
      const response = await create(
        validUser({ email: '  Li.Lei@Pathwise.LOCAL ', displayName: ' 李雷 ', employeeNo: 'E-2001', locale: 'zh-CN', hiredOn: '2026-09-01', teamIds: [teamA] }),
      ).expect(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        email: 'li.lei@pathwise.local',
        displayName: '李雷',
        roles: ['agent'],
        active: true,
        employeeNo: 'E-2001',
        locale: 'zh-CN',
        certificationLevelId: null,
        hiredOn: '2026-09-01',
        teams: [{ id: teamA, name: 'Customer Care A' }],
        lastLoginAt: null,
        createdAt: expect.any(String),
      });
      expect(Math.abs(Date.parse(response.body.createdAt) - Date.now())).toBeLessThan(60_000);

      const read = await api.http().get(`/api/users/${response.body.id}`).set(bearer(admin)).expect(200);
      expect(read.body).toEqual(response.body);
      // The password is stored hashed.
      const stored = await dataSource.getRepository(User).findOneOrFail({ where: { id: response.body.id }, select: { id: true, passwordHash: true } });
      expect(stored.passwordHash).toMatch(/^\$argon2id\$/);

      const session = await api.http().post('/api/auth/login').send({ email: 'li.lei@pathwise.local', password: STRONG_PASSWORD }).expect(200);
      expect(session.body.user).toMatchObject({ id: response.body.id, mustChangePassword: false, teamIds: [teamA], locale: 'zh-CN' });
      expect((await api.http().get(`/api/users/${response.body.id}`).set(bearer(admin)).expect(200)).body.lastLoginAt).not.toBeNull();
      // The team now counts the new member.
      const team = await api.http().get(`/api/teams/${teamA}`).set(bearer(admin)).expect(200);
      expect(team.body.members.map((member: { id: string }) => member.id)).toContain(response.body.id);
    });

    it('refuses an e-mail already in use, in another case, with 409 EMAIL_TAKEN', async () => {
      const response = await create(validUser({ email: 'AGENT01@Pathwise.Local' })).expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        code: 'EMAIL_TAKEN',
        message: 'A user with e-mail agent01@pathwise.local already exists',
        fieldErrors: [{ field: 'email', message: 'This e-mail is already in use' }],
        requestId: expect.any(String),
      });
      expect(await dataSource.getRepository(User).countBy({ email: 'agent01@pathwise.local' })).toBe(1);
    });

    it('answers simultaneous creates of one e-mail with one 201 and 409 EMAIL_TAKEN, never a 500', async () => {
      const body = validUser({ email: 'double.click@pathwise.local' });
      // Hold each transaction open a little (the audit entry is its last write) so the requests surely overlap.
      const audit = api.app.get(AuditService);
      const record = audit.record.bind(audit);
      const spy = jest.spyOn(audit, 'record').mockImplementation(async (...args) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return record(...args);
      });
      let responses: Awaited<ReturnType<typeof create>>[];
      try {
        responses = await Promise.all([0, 1, 2].map(() => create(body)));
      } finally {
        spy.mockRestore();
      }
      expect(responses.map((response) => [response.status, response.body.code]).sort()).toEqual([[201, undefined], ...Array(2).fill([409, 'EMAIL_TAKEN'])]);
      expect(await dataSource.getRepository(User).countBy({ email: 'double.click@pathwise.local' })).toBe(1);
    });

    it('refuses a weak password with 400 WEAK_PASSWORD, one coded field error per problem on password', async () => {
      const short = await create(validUser({ email: 'weak1@pathwise.local', password: 'abc123' })).expect(400);
      expect(short.body).toMatchObject({ statusCode: 400, code: 'WEAK_PASSWORD', message: expect.stringContaining('at least 10 characters') });
      expect(problems(short.body)).toContain('password:too_short');
      const common = await create(validUser({ email: 'weak2@pathwise.local', password: 'Password123!' })).expect(400);
      expect(problems(common.body)).toEqual(['password:too_common']);
      expect(common.body.fieldErrors[0].message).toContain('not be a commonly used password');
      const personal = await create(validUser({ email: 'zhangsan@pathwise.local', password: 'zhangsan-2026' })).expect(400);
      expect(problems(personal.body)).toEqual(['password:contains_email']);
      expect(await dataSource.getRepository(User).count({ where: [{ email: 'weak1@pathwise.local' }, { email: 'weak2@pathwise.local' }, { email: 'zhangsan@pathwise.local' }] })).toBe(0);
    });

    it('refuses an unknown field with 400 VALIDATION_FAILED naming it, and creates nothing', async () => {
      const response = await create(validUser({ email: 'extra@pathwise.local', isAdmin: true })).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'isAdmin', message: 'isAdmin is not an accepted field' }] });
      expect(await dataSource.getRepository(User).countBy({ email: 'extra@pathwise.local' })).toBe(0);
    });

    it('reports every invalid field: e-mail, roles, date, team ids', async () => {
      const response = await create({ email: 'not-an-email', displayName: 'X', roles: ['superuser'], password: STRONG_PASSWORD, hiredOn: '01/09/2026', teamIds: ['nope'] }).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      const fields = response.body.fieldErrors.map((error: { field: string }) => error.field).sort();
      expect(fields).toEqual(['email', 'hiredOn', 'roles', 'teamIds']);
      expect(response.body.fieldErrors.find((error: { field: string }) => error.field === 'email').message).toBe('email must be a valid e-mail address');

      const noRoles = await create(validUser({ email: 'noroles@pathwise.local', roles: [] })).expect(400);
      expect(noRoles.body.fieldErrors).toEqual([{ field: 'roles', message: 'roles needs at least one role' }]);
      const missing = await create({}).expect(400);
      expect(missing.body.fieldErrors.map((error: { field: string }) => error.field).sort()).toEqual(['displayName', 'email', 'password', 'roles']);
    });

    it('refuses a team that does not exist with 400 on teamIds', async () => {
      const response = await create(validUser({ email: 'ghost-team@pathwise.local', teamIds: ['7d0c1b1e-0000-4000-8000-000000000000'] })).expect(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'teamIds' }] });
      expect(await dataSource.getRepository(User).countBy({ email: 'ghost-team@pathwise.local' })).toBe(0);
    });
  });

  describe('creating with "must change password"', () => {
    it('makes the new user choose a password before anything else', async () => {
      const body = validUser({ email: 'forced.change@pathwise.local', mustChangePassword: true });
      await create(body).expect(201);
      const session = await api.http().post('/api/auth/login').send({ email: body.email, password: body.password }).expect(200);
      expect(session.body.user.mustChangePassword).toBe(true);
      expect((await api.http().get('/api/teams').set(bearer(session.body.accessToken)).expect(403)).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    });
  });

  describe('editing', () => {
    let id: string;
    beforeAll(async () => {
      id = (await create(validUser({ email: 'han.meimei@pathwise.local', displayName: '韩梅梅', employeeNo: 'E-3001', teamIds: [teamA] })).expect(201)).body.id;
    });

    it('changes roles and teams', async () => {
      const response = await api.http().patch(`/api/users/${id}`).set(bearer(admin)).send({ roles: ['trainer', 'agent'], teamIds: [teamB] }).expect(200);
      expect(response.body).toMatchObject({ id, roles: ['agent', 'trainer'], teams: [{ id: teamB, name: 'Customer Care B' }], employeeNo: 'E-3001' });
      const read = await api.http().get(`/api/users/${id}`).set(bearer(admin)).expect(200);
      expect(read.body).toMatchObject({ roles: ['agent', 'trainer'], teams: [{ id: teamB, name: 'Customer Care B' }] });
      const teamAMembers = (await api.http().get(`/api/teams/${teamA}`).set(bearer(admin)).expect(200)).body.members.map((m: { id: string }) => m.id);
      expect(teamAMembers).not.toContain(id);
      // The new roles are in the next session.
      const session = await api.http().post('/api/auth/login').send({ email: 'han.meimei@pathwise.local', password: STRONG_PASSWORD }).expect(200);
      expect(session.body.user).toMatchObject({ roles: ['agent', 'trainer'], teamIds: [teamB] });
    });

    it('changes e-mail, name, locale and hire date, and clears the employee number', async () => {
      const response = await api.http().patch(`/api/users/${id}`).set(bearer(admin)).send({ email: 'Meimei.Han@Pathwise.local', displayName: 'Han Meimei', locale: 'en', hiredOn: '2025-12-01', employeeNo: null }).expect(200);
      expect(response.body).toMatchObject({ email: 'meimei.han@pathwise.local', displayName: 'Han Meimei', locale: 'en', hiredOn: '2025-12-01', employeeNo: null });
      await api.http().post('/api/auth/login').send({ email: 'meimei.han@pathwise.local', password: STRONG_PASSWORD }).expect(200);
      await api.http().patch(`/api/users/${id}`).set(bearer(admin)).send({ employeeNo: 'E-3001' }).expect(200);
      // Saving one's own employee number again is not a conflict.
      await api.http().patch(`/api/users/${id}`).set(bearer(admin)).send({ employeeNo: 'E-3001' }).expect(200);
    });

    it('refuses an employee number in use with 409 CONFLICT, and an e-mail in use with 409 EMAIL_TAKEN', async () => {
      const other = await idOf('agent02@pathwise.local');
      const taken = await api.http().patch(`/api/users/${other}`).set(bearer(admin)).send({ employeeNo: 'E-3001', displayName: 'Should not stick' }).expect(409);
      expect(taken.body).toMatchObject({ statusCode: 409, code: 'CONFLICT', fieldErrors: [{ field: 'employeeNo', message: 'This employee number is already in use' }] });
      const email = await api.http().patch(`/api/users/${other}`).set(bearer(admin)).send({ email: 'MEIMEI.HAN@pathwise.local' }).expect(409);
      expect(email.body).toMatchObject({ code: 'EMAIL_TAKEN', fieldErrors: [{ field: 'email' }] });
      const unchanged = await api.http().get(`/api/users/${other}`).set(bearer(admin)).expect(200);
      expect(unchanged.body).toMatchObject({ email: 'agent02@pathwise.local', displayName: '李娜', employeeNo: null });
    });

    it('refuses an unknown field and an unknown user', async () => {
      const unknown = await api.http().patch(`/api/users/${id}`).set(bearer(admin)).send({ active: false }).expect(400);
      expect(unknown.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'active', message: 'active is not an accepted field' }] });
      const missing = await api.http().patch('/api/users/7d0c1b1e-0000-4000-8000-000000000000').set(bearer(admin)).send({ displayName: 'Nobody' }).expect(404);
      expect(missing.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', message: 'User not found' });
    });

    it('does not let an admin remove its own admin role', async () => {
      const response = await api.http().patch(`/api/users/${adminId}`).set(bearer(admin)).send({ roles: ['trainer'] }).expect(403);
      expect(response.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN', message: 'You cannot remove your own admin role' });
      expect((await api.http().get('/api/auth/me').set(bearer(admin)).expect(200)).body.roles).toEqual(['admin']);
    });
  });

  describe('deactivating and reactivating', () => {
    it('deactivates: the user cannot sign in, its refresh token fails, and it shows as inactive', async () => {
      const id = await idOf('agent15@pathwise.local');
      const session = await api.http().post('/api/auth/login').send({ email: 'agent15@pathwise.local', password: DEMO_PASSWORD }).expect(200);
      const cookie = refreshCookie(session);

      const response = await api.http().post(`/api/users/${id}/deactivate`).set(bearer(admin)).expect(200);
      expect(response.body).toMatchObject({ id, email: 'agent15@pathwise.local', active: false });

      const login = await api.http().post('/api/auth/login').send({ email: 'agent15@pathwise.local', password: DEMO_PASSWORD }).expect(403);
      expect(login.body.code).toBe('ACCOUNT_DEACTIVATED');
      const refresh = await api.http().post('/api/auth/refresh').set('Cookie', cookie).expect((res) => expect([401, 403]).toContain(res.status));
      expect(['REFRESH_TOKEN_INVALID', 'REFRESH_TOKEN_REUSED', 'ACCOUNT_DEACTIVATED']).toContain(refresh.body.code);

      const inactive = await list('active=false');
      expect(inactive.items.map((user) => user.email)).toEqual(['agent15@pathwise.local']);
      expect((await list('active=true&pageSize=1')).total).toBe((await list('pageSize=1')).total - 1);
      // Still a member of its team: deactivation keeps history.
      expect(inactive.items[0].teams).toEqual([{ id: teamB, name: 'Customer Care B' }]);
    });

    it('reactivates: the user signs in again', async () => {
      const id = await idOf('agent15@pathwise.local');
      const response = await api.http().post(`/api/users/${id}/reactivate`).set(bearer(admin)).expect(200);
      expect(response.body).toMatchObject({ id, active: true });
      await api.http().post('/api/auth/login').send({ email: 'agent15@pathwise.local', password: DEMO_PASSWORD }).expect(200);
      expect((await list('active=false')).total).toBe(0);
    });

    it('does not let an admin deactivate itself (400 CANNOT_DEACTIVATE_SELF)', async () => {
      const response = await api.http().post(`/api/users/${adminId}/deactivate`).set(bearer(admin)).expect(400);
      expect(response.body).toEqual({ statusCode: 400, code: 'CANNOT_DEACTIVATE_SELF', message: 'You cannot deactivate your own account', requestId: expect.any(String) });
      expect((await dataSource.getRepository(User).findOneByOrFail({ id: adminId })).active).toBe(true);
    });

    it('answers 404 for a user that does not exist', async () => {
      const response = await api.http().post('/api/users/7d0c1b1e-0000-4000-8000-000000000000/deactivate').set(bearer(admin)).expect(404);
      expect(response.body.code).toBe('NOT_FOUND');
    });
  });

  describe('resetting a password', () => {
    it('sets a temporary password (204) the user must change at next sign-in, and ends its sessions', async () => {
      const id = await idOf('agent16@pathwise.local');
      const before = await api.http().post('/api/auth/login').send({ email: 'agent16@pathwise.local', password: DEMO_PASSWORD }).expect(200);

      await api.http().post(`/api/users/${id}/reset-password`).set(bearer(admin)).send({ newPassword: 'Temporary-Pass-77' }).expect(204);

      await api.http().post('/api/auth/login').send({ email: 'agent16@pathwise.local', password: DEMO_PASSWORD }).expect(401);
      expect((await api.http().post('/api/auth/refresh').set('Cookie', refreshCookie(before)).expect(401)).body.code).toMatch(/^REFRESH_TOKEN_/);
      const session = await api.http().post('/api/auth/login').send({ email: 'agent16@pathwise.local', password: 'Temporary-Pass-77' }).expect(200);
      expect(session.body.user.mustChangePassword).toBe(true);

      // Changing it clears the flag.
      // Until the temporary password is changed, the API refuses everything else.
      const blocked = await api.http().get('/api/teams').set(bearer(session.body.accessToken)).expect(403);
      expect(blocked.body.code).toBe('PASSWORD_CHANGE_REQUIRED');
      const changed = await api.http().post('/api/auth/change-password').set(bearer(session.body.accessToken)).send({ currentPassword: 'Temporary-Pass-77', newPassword: STRONG_PASSWORD }).expect(200);
      await api.http().get('/api/teams').set(bearer(changed.body.accessToken)).expect(200);
      expect((await api.http().get('/api/auth/me').set(bearer(session.body.accessToken)).expect(200)).body.mustChangePassword).toBe(false);
    });

    it('refuses a weak temporary password with 400 WEAK_PASSWORD naming the newPassword field', async () => {
      const id = await idOf('agent17@pathwise.local');
      const response = await api.http().post(`/api/users/${id}/reset-password`).set(bearer(admin)).send({ newPassword: 'short' }).expect(400);
      expect(response.body.code).toBe('WEAK_PASSWORD');
      await api.http().post('/api/auth/login').send({ email: 'agent17@pathwise.local', password: DEMO_PASSWORD }).expect(200);
      // The request field is newPassword; the portal attaches field errors by name.
      expect(problems(response.body)).toEqual(['newPassword:too_short', 'newPassword:needs_digit']);
    });
  });

  describe('the audit log', () => {
    it('records each admin action with the actor, the entity and the request id', async () => {
      const created = await create(validUser({ email: 'audited@pathwise.local', displayName: 'Audited Person' })).expect(201);
      const id = created.body.id;
      const updated = await api.http().patch(`/api/users/${id}`).set(bearer(admin)).send({ displayName: 'Audited Person 2' }).expect(200);
      await api.http().post(`/api/users/${id}/deactivate`).set(bearer(admin)).expect(200);
      await api.http().post(`/api/users/${id}/reactivate`).set(bearer(admin)).expect(200);
      await api.http().post(`/api/users/${id}/reset-password`).set(bearer(admin)).send({ newPassword: 'Another-Temp-Pass-88' }).expect(204);

      const entries = await auditOf(id);
      // Newest first.
      expect(entries.map((entry) => entry.action)).toEqual(['user.reset-password', 'user.reactivate', 'user.deactivate', 'user.update', 'user.create']);
      for (const entry of entries) expect(entry).toMatchObject({ entityType: 'user', entityId: id, actor: { id: adminId, displayName: 'Alex Morgan' } });
      const [reset, , , update, create_] = entries;
      expect(create_.details).toEqual({ email: 'audited@pathwise.local', roles: ['agent'], teamIds: [] });
      expect(create_.requestId).toBe(created.headers['x-request-id']);
      expect(update.details).toEqual({ displayName: 'Audited Person 2' });
      expect(update.requestId).toBe(updated.headers['x-request-id']);
      // Neither the password nor its hash is ever written to the log.
      expect(JSON.stringify(entries)).not.toMatch(/Another-Temp-Pass-88|Harbour-Lights-42|argon2/);
      expect(reset.details).toBeNull();

      const byPrefix = (await api.http().get('/api/audit-log?action=user.deactivate').set(bearer(admin)).expect(200)).body;
      expect(byPrefix.items.every((entry: AuditEntryBody) => entry.action === 'user.deactivate')).toBe(true);
      expect(byPrefix.items.map((entry: AuditEntryBody) => entry.entityId)).toContain(id);
    });

    it('is for admins only', async () => {
      for (const email of ['trainer1@pathwise.local', 'supervisor1@pathwise.local', 'agent01@pathwise.local']) {
        const response = await api.http().get('/api/audit-log').set(bearer(await api.login(email))).expect(403);
        expect(response.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN', message: 'This needs one of the roles: admin' });
      }
    });
  });
});
