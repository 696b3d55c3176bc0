import { DataSource, In, Like } from 'typeorm';
import { AuditLog } from '@pathwise/api/audit/audit-log.entity';
import { User } from '@pathwise/api/users/user.entity';
import { bearer, DEMO_PASSWORD, startTestApi, TestApi } from '../support/test-api';

const HEADER = 'email,display_name,roles,teams,employee_no,locale,hired_on,password';
const csv = (...lines: string[]) => [HEADER, ...lines].join('\r\n') + '\r\n';

interface ImportReport {
  dryRun: boolean;
  committed: boolean;
  totalRows: number;
  validRows: number;
  errors: { line: number; column: string | null; message: string; code?: string; params?: Record<string, string | number> }[];
  created: { line: number; email: string; temporaryPassword: string | null }[];
}

describe('user import (CSV)', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let admin: string;
  let teamA: string;
  let teamB: string;

  const upload = (body: string | Buffer, dryRun = true, token = admin) =>
    api
      .http()
      .post(`/api/users/import${dryRun ? '' : '?dryRun=false'}`)
      .set(bearer(token))
      .set('Content-Type', 'text/csv')
      .send(Buffer.isBuffer(body) ? body : Buffer.from(body));
  const usersLike = (pattern: string) => dataSource.getRepository(User).find({ where: { email: Like(pattern) }, relations: { roles: true } });
  const userCount = () => dataSource.getRepository(User).count();

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    admin = await api.login('admin@pathwise.local');
    const teams = (await api.http().get('/api/teams').set(bearer(admin)).expect(200)).body as { id: string; name: string }[];
    teamA = teams.find((team) => team.name === 'Customer Care A')?.id as string;
    teamB = teams.find((team) => team.name === 'Customer Care B')?.id as string;
  });
  afterAll(() => api.close());

  describe('the template', () => {
    it('downloads as text/csv with the header row and a byte-order mark for Excel', async () => {
      const response = await api.http().get('/api/users/import/template').set(bearer(admin)).buffer(true).parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      }).expect(200);
      expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers['content-disposition']).toBe('attachment; filename="pathwise-users-template.csv"');
      const bytes = response.body as Buffer;
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = bytes.subarray(3).toString('utf8').split(/\r?\n/);
      expect(lines[0]).toBe(HEADER);
      expect(lines[1]).toContain('李娜');
    });

    it('is accepted back by the importer: only its example teams are unknown here', async () => {
      const template = await api.http().get('/api/users/import/template').set(bearer(admin)).expect(200);
      const report: ImportReport = (await upload(template.text).expect(200)).body;
      expect(report.totalRows).toBe(2);
      expect(report.errors.map((error) => [error.line, error.column, error.code])).toEqual([
        [2, 'teams', 'team.unknown'],
        [3, 'teams', 'team.unknown'],
        [3, 'teams', 'team.unknown'],
      ]);
    });
  });

  describe('a valid file', () => {
    const file = csv(
      'new.hire1@pathwise.local,韩梅梅,agent,Customer Care A,E3001,zh-CN,2026-03-02,',
      'New.Hire2@Pathwise.local,Tom Baker,supervisor;agent,customer care b,E3002,en,2026/3/9,',
      'new.hire3@pathwise.local,刘备,trainer,,E3003,,,Harbour-Lights-42',
    );

    it('dry run: 200, committed false, reports what would be created, writes nothing', async () => {
      const before = await userCount();
      const response = await upload(file).expect(200);
      expect(response.body).toEqual({
        dryRun: true,
        committed: false,
        totalRows: 3,
        validRows: 3,
        errors: [],
        created: [
          { line: 2, email: 'new.hire1@pathwise.local', temporaryPassword: null },
          { line: 3, email: 'new.hire2@pathwise.local', temporaryPassword: null },
          { line: 4, email: 'new.hire3@pathwise.local', temporaryPassword: null },
        ],
      });
      const listed = await api.http().get('/api/users?search=new.hire').set(bearer(admin)).expect(200);
      expect(listed.body.total).toBe(0);
      expect(await userCount()).toBe(before);
      expect(await dataSource.getRepository(AuditLog).countBy({ action: 'user.import' })).toBe(0);
    });

    it('commit: 200, committed true, users exist with their roles and teams, temporary passwords sign in and must be changed', async () => {
      const response = await upload(file, false).expect(200);
      const report: ImportReport = response.body;
      expect(report).toMatchObject({ dryRun: false, committed: true, totalRows: 3, validRows: 3, errors: [] });
      expect(report.created.map((row) => [row.line, row.email])).toEqual([
        [2, 'new.hire1@pathwise.local'],
        [3, 'new.hire2@pathwise.local'],
        [4, 'new.hire3@pathwise.local'],
      ]);
      const [first, second, third] = report.created;
      expect(first.temporaryPassword).toMatch(/^[A-Za-z2-9]{14}$/);
      expect(second.temporaryPassword).toMatch(/^[A-Za-z2-9]{14}$/);
      expect(second.temporaryPassword).not.toBe(first.temporaryPassword);
      // A password given in the file is never echoed back.
      expect(third.temporaryPassword).toBeNull();
      expect(JSON.stringify(report)).not.toContain('Harbour-Lights-42');

      const listed = await api.http().get('/api/users?search=new.hire').set(bearer(admin)).expect(200);
      expect(listed.body.total).toBe(3);
      const byEmail = new Map(listed.body.items.map((user: { email: string }) => [user.email, user]));
      expect(byEmail.get('new.hire1@pathwise.local')).toMatchObject({
        displayName: '韩梅梅', roles: ['agent'], teams: [{ id: teamA, name: 'Customer Care A' }], employeeNo: 'E3001', locale: 'zh-CN', hiredOn: '2026-03-02', active: true,
      });
      expect(byEmail.get('new.hire2@pathwise.local')).toMatchObject({
        displayName: 'Tom Baker', roles: ['agent', 'supervisor'], teams: [{ id: teamB, name: 'Customer Care B' }], employeeNo: 'E3002', locale: 'en', hiredOn: '2026-03-09',
      });
      expect(byEmail.get('new.hire3@pathwise.local')).toMatchObject({ displayName: '刘备', roles: ['trainer'], teams: [], employeeNo: 'E3003', hiredOn: null });

      for (const [email, password] of [
        ['new.hire1@pathwise.local', first.temporaryPassword],
        ['new.hire2@pathwise.local', second.temporaryPassword],
        ['new.hire3@pathwise.local', 'Harbour-Lights-42'],
      ]) {
        const session = await api.http().post('/api/auth/login').send({ email, password }).expect(200);
        expect(session.body.user.mustChangePassword).toBe(true);
      }

      const audit = await api.http().get('/api/audit-log?action=user.import').set(bearer(admin)).expect(200);
      expect(audit.body.items).toHaveLength(1);
      expect(audit.body.items[0]).toMatchObject({
        action: 'user.import',
        entityType: 'user',
        requestId: response.headers['x-request-id'],
        details: { count: 3, emails: ['new.hire1@pathwise.local', 'new.hire2@pathwise.local', 'new.hire3@pathwise.local'] },
      });
      expect(JSON.stringify(audit.body)).not.toMatch(new RegExp(`${first.temporaryPassword}|Harbour-Lights-42`));
    });

    it('matches team names case-insensitively, so one team written twice in a cell makes one membership', async () => {
      const file = csv('two.spellings@pathwise.local,Two Spellings,agent,Customer Care A;customer care a,,,,');
      const dryRun: ImportReport = (await upload(file).expect(200)).body;
      expect(dryRun).toMatchObject({ validRows: 1, errors: [] });
      // The dry run said the row is fine, so the commit must write it.
      const response = await upload(file, false);
      expect({ status: response.status, message: response.body.message }).toEqual({ status: 200, message: undefined });
      const user = await api.http().get(`/api/users?search=two.spellings`).set(bearer(admin)).expect(200);
      expect(user.body.items[0].teams).toEqual([{ id: teamA, name: 'Customer Care A' }]);
    });

    it('importing the same file again is refused row by row: every e-mail and employee number now exists', async () => {
      const response = await upload(file, false).expect(422);
      expect(response.body.code).toBe('IMPORT_REJECTED');
      const columns = (response.body.report as ImportReport).errors.map((error) => `${error.line}:${error.column}`);
      expect(columns).toEqual(['2:email', '2:employee_no', '3:email', '3:employee_no', '4:email', '4:employee_no']);
      expect((await usersLike('new.hire%')).length).toBe(3);
    });
  });

  describe('a file with problems', () => {
    const withBadLine3 = csv(
      'good.one@pathwise.local,Good One,agent,Customer Care A,,,,',
      'not-an-email,Bad Row,agent,Customer Care A,,,,',
      'good.two@pathwise.local,Good Two,agent,,,,,',
    );

    it('dry run lists exactly the bad line and column', async () => {
      const report: ImportReport = (await upload(withBadLine3).expect(200)).body;
      expect(report).toEqual({
        dryRun: true,
        committed: false,
        totalRows: 3,
        validRows: 2,
        errors: [{ line: 3, column: 'email', code: 'email.invalid', params: { value: 'not-an-email' }, message: '"not-an-email" is not a valid email address.' }],
        created: [
          { line: 2, email: 'good.one@pathwise.local', temporaryPassword: null },
          { line: 4, email: 'good.two@pathwise.local', temporaryPassword: null },
        ],
      });
    });

    it('commit is refused with 422 IMPORT_REJECTED and the report, and none of the good rows is written', async () => {
      const before = await userCount();
      const importsBefore = await dataSource.getRepository(AuditLog).countBy({ action: 'user.import' });
      const response = await upload(withBadLine3, false).expect(422);
      expect(response.body).toMatchObject({
        statusCode: 422,
        code: 'IMPORT_REJECTED',
        message: '1 problem(s) found; nothing was imported',
        requestId: expect.any(String),
        report: {
          dryRun: false,
          committed: false,
          totalRows: 3,
          validRows: 2,
          errors: [{ line: 3, column: 'email', code: 'email.invalid', params: { value: 'not-an-email' }, message: '"not-an-email" is not a valid email address.' }],
        },
      });
      expect(await userCount()).toBe(before);
      expect(await usersLike('good.%')).toEqual([]);
      expect(await dataSource.getRepository(AuditLog).countBy({ action: 'user.import' })).toBe(importsBefore);
    });

    it('reports an e-mail that already exists in the database (in any case)', async () => {
      const report: ImportReport = (await upload(csv('Agent01@PATHWISE.local,Someone Else,agent,,,,,', 'fresh.one@pathwise.local,Fresh,agent,,,,,')).expect(200)).body;
      expect(report.errors).toEqual([{ line: 2, column: 'email', code: 'email.exists', params: { value: 'agent01@pathwise.local' }, message: 'A user with e-mail agent01@pathwise.local already exists' }]);
      expect(report.validRows).toBe(1);
    });

    it('reports a team that does not exist', async () => {
      const report: ImportReport = (await upload(csv('team.less@pathwise.local,Team Less,agent,Customer Care A;Night Shift,,,,')).expect(200)).body;
      expect(report.errors).toEqual([{ line: 2, column: 'teams', code: 'team.unknown', params: { value: 'Night Shift' }, message: 'There is no team named "Night Shift"' }]);
    });

    it('reports an e-mail or employee number that appears twice in the file', async () => {
      const report: ImportReport = (
        await upload(
          csv(
            'twin@pathwise.local,Twin One,agent,,E9001,,,',
            'other@pathwise.local,Other,agent,,E9001,,,',
            'TWIN@pathwise.local,Twin Two,agent,,,,,',
          ),
        ).expect(200)
      ).body;
      expect(report.errors).toEqual([
        { line: 3, column: 'employee_no', code: 'employee_no.duplicate_in_file', params: { value: 'E9001', firstLine: 2 }, message: 'The employee number E9001 already appears on line 2.' },
        { line: 4, column: 'email', code: 'email.duplicate_in_file', params: { value: 'twin@pathwise.local', firstLine: 2 }, message: 'The email twin@pathwise.local already appears on line 2.' },
      ]);
      expect(report.validRows).toBe(1);
    });

    it('reports an employee number already in the database', async () => {
      const agent02 = (await dataSource.getRepository(User).findOneByOrFail({ email: 'agent02@pathwise.local' })).id;
      await api.http().patch(`/api/users/${agent02}`).set(bearer(admin)).send({ employeeNo: 'E0002' }).expect(200);
      const report: ImportReport = (await upload(csv('numbered@pathwise.local,Numbered,agent,,E0002,,,')).expect(200)).body;
      expect(report.errors).toEqual([{ line: 2, column: 'employee_no', code: 'employee_no.exists', params: { value: 'E0002' }, message: 'Employee number E0002 is already in use' }]);
    });

    it('reports every bad cell of a row, each with its column', async () => {
      const report: ImportReport = (await upload(csv('x@pathwise.local,,boss,,,fr,2026-02-30,short')).expect(200)).body;
      expect(report.errors.map((error) => error.column)).toEqual(['display_name', 'roles', 'locale', 'hired_on', 'password']);
      expect(report.errors.map((error) => [error.code, error.params])).toEqual([
        ['display_name.missing', undefined],
        ['roles.unknown', { value: 'boss', count: 1, allowed: 'agent, trainer, supervisor, admin' }],
        ['locale.unknown', { value: 'fr' }],
        ['hired_on.nonexistent', { value: '2026-02-30' }],
        ['password.weak', { problems: 'too_short,needs_digit', min: 10, max: 128 }],
      ]);
      expect(report.errors.every((error) => error.line === 2)).toBe(true);
    });
  });

  describe('what the endpoint refuses', () => {
    it('a GBK-encoded file: 400 naming GBK, nothing written', async () => {
      // "email,display_name,roles\r\nwang.fang2@pathwise.local,王芳,agent\r\n" as Excel in Chinese saves it.
      const gbk = Buffer.concat([
        Buffer.from('email,display_name,roles\r\nwang.fang2@pathwise.local,'),
        Buffer.from([0xcd, 0xf5, 0xb7, 0xbc]),
        Buffer.from(',agent\r\n'),
      ]);
      const response = await upload(gbk, false).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', message: expect.stringContaining('GBK'), fieldErrors: [{ field: 'file', message: expect.stringContaining('GBK') }] });
      expect(response.body.message).toContain("CSV UTF-8");
      expect(await usersLike('wang.fang2%')).toEqual([]);
    });

    it('a JSON body: 415 UNSUPPORTED_MEDIA_TYPE telling how to send the file', async () => {
      const response = await api.http().post('/api/users/import?dryRun=false').set(bearer(admin)).send({ csv: csv('json.user@pathwise.local,Json,agent,,,,,') }).expect(415);
      expect(response.body).toEqual({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Send the file as the request body with Content-Type text/csv', requestId: expect.any(String) });
      expect(await usersLike('json.user%')).toEqual([]);
    });

    it('an unsupported content type: 415 UNSUPPORTED_MEDIA_TYPE', async () => {
      const response = await api.http().post('/api/users/import').set(bearer(admin)).set('Content-Type', 'image/png').send(Buffer.from([0x89, 0x50, 0x4e, 0x47])).expect(415);
      expect(response.body).toMatchObject({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', requestId: expect.any(String) });
    });

    it('an Excel workbook: 400 asking for CSV UTF-8', async () => {
      const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
      const response = await api.http().post('/api/users/import').set(bearer(admin)).set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(xlsx).expect(400);
      expect(response.body.message).toContain('Excel workbook');
    });

    it('non-admins: 403, nothing written', async () => {
      const file = csv('sneaky@pathwise.local,Sneaky,admin,,,,,');
      for (const email of ['trainer1@pathwise.local', 'supervisor1@pathwise.local', 'agent01@pathwise.local']) {
        const token = await api.login(email);
        const response = await upload(file, false, token).expect(403);
        expect(response.body).toMatchObject({ statusCode: 403, code: 'FORBIDDEN' });
        await api.http().get('/api/users/import/template').set(bearer(token)).expect(403);
      }
      expect(await usersLike('sneaky%')).toEqual([]);
    });
  });

  describe('with MAX_UPLOAD_BYTES=2048', () => {
    let small: TestApi;
    let token: string;
    beforeAll(async () => {
      small = await startTestApi({ MAX_UPLOAD_BYTES: '2048' });
      token = await small.login('admin@pathwise.local', DEMO_PASSWORD);
    });
    afterAll(() => small.close());

    const rows = (count: number) => csv(...Array.from({ length: count }, (_, i) => `bulk${String(i).padStart(3, '0')}@pathwise.local,Bulk User ${i},agent,,,,,`));
    const send = (file: string) =>
      small.http().post('/api/users/import?dryRun=false').set(bearer(token)).set('Content-Type', 'text/csv').send(Buffer.from(file));

    it('refuses a larger body with 413 PAYLOAD_TOO_LARGE in the error body shape, writing nothing', async () => {
      const file = rows(60);
      expect(Buffer.byteLength(file)).toBeGreaterThan(2048);
      const response = await send(file).expect(413);
      expect(response.body).toEqual({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', message: expect.any(String), requestId: response.headers['x-request-id'] });
      expect(await small.app.get(DataSource).getRepository(User).countBy({ email: Like('bulk%') })).toBe(0);
    });

    it('accepts a file just under the limit', async () => {
      const file = rows(4);
      expect(Buffer.byteLength(file)).toBeLessThanOrEqual(2048);
      const response = await send(file).expect(200);
      expect(response.body).toMatchObject({ committed: true, validRows: 4 });
      const created = await small.app.get(DataSource).getRepository(User).findBy({ email: In(response.body.created.map((row: { email: string }) => row.email)) });
      expect(created).toHaveLength(4);
    });
  });
});
