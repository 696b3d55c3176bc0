import { DataSource } from 'typeorm';
import { AuditLog } from '@pathwise/api/audit/audit-log.entity';
import { AuditService } from '@pathwise/api/audit/audit.service';
import { TeamMember } from '@pathwise/api/teams/team-member.entity';
import { Team } from '@pathwise/api/teams/team.entity';
import { User } from '@pathwise/api/users/user.entity';
import { bearer, startTestApi, TestApi } from '../support/test-api';

interface TeamDetailBody {
  id: string;
  name: string;
  description: string | null;
  supervisor: { id: string; displayName: string } | null;
  memberCount: number;
  members: { id: string; displayName: string; email: string; active: boolean }[];
}

const UNKNOWN_ID = '7d0c1b1e-0000-4000-8000-000000000000';

describe('team administration', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let admin: string;
  let adminId: string;
  const ids = new Map<string, string>();
  let teamA: string;
  let teamB: string;

  const id = (name: string) => ids.get(`${name}@pathwise.local`) as string;
  const getTeam = async (teamId: string): Promise<TeamDetailBody> => (await api.http().get(`/api/teams/${teamId}`).set(bearer(admin)).expect(200)).body;
  const auditOf = async (teamId: string) =>
    (await api.http().get(`/api/audit-log?entityId=${teamId}`).set(bearer(admin)).expect(200)).body.items as { action: string; entityType: string; entityId: string; actor: { id: string }; details: Record<string, unknown> }[];
  const teamCount = () => dataSource.getRepository(Team).count();

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    admin = await api.login('admin@pathwise.local');
    for (const user of await dataSource.getRepository(User).find()) ids.set(user.email, user.id);
    adminId = id('admin');
    const teams = await dataSource.getRepository(Team).find();
    teamA = teams.find((team) => team.name === 'Customer Care A')?.id as string;
    teamB = teams.find((team) => team.name === 'Customer Care B')?.id as string;
  });
  afterAll(() => api.close());

  it('lists every team with its supervisor and member count, by name', async () => {
    const response = await api.http().get('/api/teams').set(bearer(admin)).expect(200);
    expect(response.body).toEqual([
      { id: teamA, name: 'Customer Care A', description: 'First-line hotline, mobile products', supervisor: { id: id('supervisor1'), displayName: '周主管 Zhou Min' }, memberCount: 10 },
      { id: teamB, name: 'Customer Care B', description: 'First-line hotline, broadband and trade-in', supervisor: { id: id('supervisor2'), displayName: 'Jordan Lee' }, memberCount: 10 },
    ]);
  });

  describe('the life of a team', () => {
    let escalations: string;

    it('creates a team (201) with a supervisor and members, and audits team.create', async () => {
      const response = await api
        .http()
        .post('/api/teams')
        .set(bearer(admin))
        .send({ name: '  Escalations  ', description: 'Second line', supervisorId: id('supervisor2'), memberIds: [id('agent12'), id('agent11')] })
        .expect(201);
      escalations = response.body.id;
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Escalations',
        description: 'Second line',
        supervisor: { id: id('supervisor2'), displayName: 'Jordan Lee' },
        memberCount: 2,
        members: expect.arrayContaining([
          { id: id('agent11'), displayName: '徐强', email: 'agent11@pathwise.local', active: true },
          { id: id('agent12'), displayName: '孙悦', email: 'agent12@pathwise.local', active: true },
        ]),
      });
      expect(response.body.members).toHaveLength(2);
      expect(await getTeam(escalations)).toEqual(response.body);

      // agent11 now belongs to both of its teams; supervisor2 supervises both.
      const agent = await api.http().get(`/api/users/${id('agent11')}`).set(bearer(admin)).expect(200);
      expect(agent.body.teams).toEqual([
        { id: teamB, name: 'Customer Care B' },
        { id: escalations, name: 'Escalations' },
      ]);
      const supervisor = await api.http().get('/api/auth/me').set(bearer(await api.login('supervisor2@pathwise.local'))).expect(200);
      expect([...supervisor.body.supervisedTeamIds].sort()).toEqual([teamB, escalations].sort());

      const [entry] = await auditOf(escalations);
      expect(entry).toMatchObject({ action: 'team.create', entityType: 'team', entityId: escalations, actor: { id: adminId }, details: { name: 'Escalations', supervisorId: id('supervisor2'), memberCount: 2 } });
    });

    it('refuses a name already taken with 409 TEAM_NAME_TAKEN', async () => {
      const before = await teamCount();
      const response = await api.http().post('/api/teams').set(bearer(admin)).send({ name: 'Customer Care A' }).expect(409);
      expect(response.body).toEqual({
        statusCode: 409,
        code: 'TEAM_NAME_TAKEN',
        message: 'A team named "Customer Care A" already exists',
        fieldErrors: [{ field: 'name', message: 'This name is already in use' }],
        requestId: expect.any(String),
      });
      const rename = await api.http().patch(`/api/teams/${escalations}`).set(bearer(admin)).send({ name: 'Customer Care B' }).expect(409);
      expect(rename.body.code).toBe('TEAM_NAME_TAKEN');
      expect(await teamCount()).toBe(before);
      expect((await getTeam(escalations)).name).toBe('Escalations');
    });

    it('refuses a name that differs from a taken one only by case (the importer matches team names case-insensitively)', async () => {
      const before = await teamCount();
      const response = await api.http().post('/api/teams').set(bearer(admin)).send({ name: 'customer care a' });
      // Leave no stray team behind for the tests that follow, whatever happened.
      if (response.status === 201) await dataSource.getRepository(Team).delete({ id: response.body.id });
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 409, code: 'TEAM_NAME_TAKEN' });
      expect(await teamCount()).toBe(before);
    });

    it('answers two simultaneous creates of one name with one 201 and 409 TEAM_NAME_TAKEN, never a 500', async () => {
      // Hold each transaction open a little (the audit entry is its last write) so the requests surely overlap.
      const audit = api.app.get(AuditService);
      const record = audit.record.bind(audit);
      const spy = jest.spyOn(audit, 'record').mockImplementation(async (...args) => {
        await new Promise((resolve) => setTimeout(resolve, 150));
        return record(...args);
      });
      let responses: Awaited<ReturnType<ReturnType<TestApi['http']>['post']>>[];
      try {
        responses = await Promise.all([0, 1, 2].map(() => api.http().post('/api/teams').set(bearer(admin)).send({ name: 'Double Click' })));
      } finally {
        spy.mockRestore();
      }
      const created = responses.filter((response) => response.status === 201);
      for (const response of created) await dataSource.getRepository(Team).delete({ id: response.body.id });
      expect(responses.map((response) => [response.status, response.body.code]).sort()).toEqual([
        [201, undefined],
        [409, 'TEAM_NAME_TAKEN'],
        [409, 'TEAM_NAME_TAKEN'],
      ]);
    });

    it('refuses a supervisor without the supervisor role, or unknown, with 400 on supervisorId', async () => {
      const before = await teamCount();
      for (const supervisorId of [id('agent01'), id('trainer1'), UNKNOWN_ID]) {
        const response = await api.http().post('/api/teams').set(bearer(admin)).send({ name: 'Night Shift', supervisorId }).expect(400);
        expect(response.body).toMatchObject({
          statusCode: 400,
          code: 'VALIDATION_FAILED',
          message: 'The supervisor must be a user with the supervisor role',
          fieldErrors: [{ field: 'supervisorId', message: 'Not a supervisor' }],
        });
      }
      const update = await api.http().patch(`/api/teams/${escalations}`).set(bearer(admin)).send({ supervisorId: id('agent01') }).expect(400);
      expect(update.body.fieldErrors).toEqual([{ field: 'supervisorId', message: 'Not a supervisor' }]);
      expect(await teamCount()).toBe(before);
      expect((await getTeam(escalations)).supervisor?.id).toBe(id('supervisor2'));
    });

    it('refuses invalid bodies: empty name, unknown field, member ids that are not uuids', async () => {
      const response = await api.http().post('/api/teams').set(bearer(admin)).send({ name: '   ', colour: 'red', memberIds: ['agent01'] }).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.fieldErrors.map((error: { field: string }) => error.field).sort()).toEqual(['colour', 'memberIds', 'name']);
    });

    it('updates name, description and supervisor, and audits team.update', async () => {
      const response = await api
        .http()
        .patch(`/api/teams/${escalations}`)
        .set(bearer(admin))
        .send({ name: 'Escalations Desk', description: null, supervisorId: id('supervisor1') })
        .expect(200);
      expect(response.body).toMatchObject({ id: escalations, name: 'Escalations Desk', description: null, supervisor: { id: id('supervisor1'), displayName: '周主管 Zhou Min' }, memberCount: 2 });
      expect(await getTeam(escalations)).toEqual(response.body);
      // The supervisor now sees the team and its members.
      const supervisor1 = await api.login('supervisor1@pathwise.local');
      await api.http().get(`/api/teams/${escalations}`).set(bearer(supervisor1)).expect(200);
      await api.http().get(`/api/users/${id('agent11')}`).set(bearer(supervisor1)).expect(200);

      const cleared = await api.http().patch(`/api/teams/${escalations}`).set(bearer(admin)).send({ supervisorId: null }).expect(200);
      expect(cleared.body.supervisor).toBeNull();
      await api.http().get(`/api/teams/${escalations}`).set(bearer(supervisor1)).expect(403);

      const updates = (await auditOf(escalations)).filter((entry) => entry.action === 'team.update');
      expect(updates.map((entry) => entry.details)).toEqual([{ supervisorId: null }, { name: 'Escalations Desk', description: null, supervisorId: id('supervisor1') }]);
      expect(updates.every((entry) => entry.actor.id === adminId)).toBe(true);
    });

    it('replaces the members, and audits team.set-members', async () => {
      const memberIds = [id('agent13'), id('agent14'), id('agent15')];
      const response = await api.http().put(`/api/teams/${escalations}/members`).set(bearer(admin)).send({ memberIds }).expect(200);
      expect(response.body.memberCount).toBe(3);
      expect(response.body.members.map((member: { id: string }) => member.id).sort()).toEqual([...memberIds].sort());
      const rows = await dataSource.getRepository(TeamMember).findBy({ teamId: escalations });
      expect(rows.map((row) => row.userId).sort()).toEqual([...memberIds].sort());
      // The previous members left this team but keep their own.
      expect((await api.http().get(`/api/users/${id('agent11')}`).set(bearer(admin)).expect(200)).body.teams).toEqual([{ id: teamB, name: 'Customer Care B' }]);

      const [entry] = await auditOf(escalations);
      expect(entry).toMatchObject({ action: 'team.set-members', entityId: escalations, details: { memberIds } });
    });

    it('refuses unknown or duplicate members with 400 and keeps the members it had', async () => {
      const unknown = await api.http().put(`/api/teams/${escalations}/members`).set(bearer(admin)).send({ memberIds: [id('agent16'), UNKNOWN_ID] }).expect(400);
      expect(unknown.body).toMatchObject({ code: 'VALIDATION_FAILED', fieldErrors: [{ field: 'memberIds', message: 'Unknown user' }] });
      const duplicate = await api.http().put(`/api/teams/${escalations}/members`).set(bearer(admin)).send({ memberIds: [id('agent16'), id('agent16')] }).expect(400);
      expect(duplicate.body.fieldErrors[0].field).toBe('memberIds');
      const missing = await api.http().put(`/api/teams/${escalations}/members`).set(bearer(admin)).send({}).expect(400);
      expect(missing.body.fieldErrors[0].field).toBe('memberIds');
      expect((await getTeam(escalations)).members.map((member) => member.email).sort()).toEqual(['agent13@pathwise.local', 'agent14@pathwise.local', 'agent15@pathwise.local']);
    });

    it('empties a team with an empty list', async () => {
      const response = await api.http().put(`/api/teams/${escalations}/members`).set(bearer(admin)).send({ memberIds: [] }).expect(200);
      expect(response.body).toMatchObject({ memberCount: 0, members: [] });
      await api.http().put(`/api/teams/${escalations}/members`).set(bearer(admin)).send({ memberIds: [id('agent13'), id('agent14')] }).expect(200);
    });

    it('deletes the team (204) but keeps its users, and audits team.delete', async () => {
      const usersBefore = await dataSource.getRepository(User).count();
      await api.http().delete(`/api/teams/${escalations}`).set(bearer(admin)).expect(204);

      const gone = await api.http().get(`/api/teams/${escalations}`).set(bearer(admin)).expect(404);
      expect(gone.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', message: 'Team not found' });
      expect(await dataSource.getRepository(TeamMember).countBy({ teamId: escalations })).toBe(0);
      expect(await dataSource.getRepository(User).count()).toBe(usersBefore);
      for (const member of ['agent13', 'agent14']) {
        const user = await api.http().get(`/api/users/${id(member)}`).set(bearer(admin)).expect(200);
        expect(user.body).toMatchObject({ active: true, teams: [{ id: teamB, name: 'Customer Care B' }] });
        await api.login(`${member}@pathwise.local`);
      }
      const list = await api.http().get('/api/teams').set(bearer(admin)).expect(200);
      expect(list.body.map((team: { name: string }) => team.name)).toEqual(['Customer Care A', 'Customer Care B']);

      const [entry] = await auditOf(escalations);
      expect(entry).toMatchObject({ action: 'team.delete', entityType: 'team', entityId: escalations, actor: { id: adminId }, details: { name: 'Escalations Desk' } });
      const actions = await dataSource.getRepository(AuditLog).find({ where: { entityId: escalations }, order: { id: 'ASC' } });
      expect(actions.map((row) => row.action)).toEqual(['team.create', 'team.update', 'team.update', 'team.set-members', 'team.set-members', 'team.set-members', 'team.delete']);

      expect((await api.http().delete(`/api/teams/${escalations}`).set(bearer(admin)).expect(404)).body.code).toBe('NOT_FOUND');
    });
  });

  it('answers 404 for changes to a team that does not exist', async () => {
    for (const request of [
      api.http().patch(`/api/teams/${UNKNOWN_ID}`).set(bearer(admin)).send({ name: 'Ghost' }),
      api.http().put(`/api/teams/${UNKNOWN_ID}/members`).set(bearer(admin)).send({ memberIds: [] }),
      api.http().delete(`/api/teams/${UNKNOWN_ID}`).set(bearer(admin)),
    ]) {
      const response = await request;
      expect({ status: response.status, code: response.body.code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    }
  });
});
