import { DataSource } from 'typeorm';
import { AuditLog } from '@pathwise/api/audit/audit-log.entity';
import { TeamMember } from '@pathwise/api/teams/team-member.entity';
import { Team } from '@pathwise/api/teams/team.entity';
import { User } from '@pathwise/api/users/user.entity';
import { bearer, startTestApi, TestApi } from '../support/test-api';

type Who = 'admin' | 'trainer1' | 'supervisor1' | 'agent01';
type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** Ids resolved after the app has booted: users by e-mail local part, and the two demo teams. */
interface Ids {
  user: (name: string) => string;
  teamA: string;
  teamB: string;
}

interface Case {
  who: Who;
  method: Method;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  csv?: string;
  status: number;
  code: string;
}

const UNKNOWN_ID = '7d0c1b1e-0000-4000-8000-000000000000';
const CSV = 'email,display_name,roles\r\nsneaky@pathwise.local,Sneaky,admin\r\n';

/** Every denial, one row each: the caller, the request, and the refusal it must get. */
const DENIALS: Case[] = [
  // Agents see only themselves.
  { who: 'agent01', method: 'get', path: () => '/api/users', status: 403, code: 'FORBIDDEN' },
  { who: 'agent01', method: 'get', path: (ids) => `/api/users/${ids.user('agent02')}`, status: 403, code: 'FORBIDDEN' },
  { who: 'agent01', method: 'get', path: (ids) => `/api/users/${ids.user('supervisor1')}`, status: 403, code: 'FORBIDDEN' },
  { who: 'agent01', method: 'get', path: (ids) => `/api/teams/${ids.teamB}`, status: 403, code: 'FORBIDDEN' },
  { who: 'agent01', method: 'get', path: () => '/api/audit-log', status: 403, code: 'FORBIDDEN' },
  { who: 'agent01', method: 'patch', path: (ids) => `/api/users/${ids.user('agent01')}`, body: () => ({ roles: ['admin'] }), status: 403, code: 'FORBIDDEN' },
  { who: 'agent01', method: 'post', path: () => '/api/teams', body: () => ({ name: 'Agents Only' }), status: 403, code: 'FORBIDDEN' },
  // Supervisors see their own team's members, not the other team.
  { who: 'supervisor1', method: 'get', path: (ids) => `/api/users/${ids.user('agent11')}`, status: 403, code: 'FORBIDDEN' },
  { who: 'supervisor1', method: 'get', path: (ids) => `/api/users/${ids.user('supervisor2')}`, status: 403, code: 'FORBIDDEN' },
  { who: 'supervisor1', method: 'get', path: (ids) => `/api/users/${ids.user('trainer1')}`, status: 403, code: 'FORBIDDEN' },
  { who: 'supervisor1', method: 'get', path: (ids) => `/api/teams/${ids.teamB}`, status: 403, code: 'FORBIDDEN' },
  { who: 'supervisor1', method: 'get', path: () => '/api/audit-log', status: 403, code: 'FORBIDDEN' },
  { who: 'supervisor1', method: 'post', path: (ids) => `/api/users/${ids.user('agent01')}/deactivate`, status: 403, code: 'FORBIDDEN' },
  { who: 'supervisor1', method: 'put', path: (ids) => `/api/teams/${ids.teamA}/members`, body: (ids) => ({ memberIds: [ids.user('agent11')] }), status: 403, code: 'FORBIDDEN' },
  // Trainers read everyone but change nothing.
  { who: 'trainer1', method: 'post', path: () => '/api/users', body: () => ({ email: 'made.by.trainer@pathwise.local', displayName: 'X', roles: ['admin'], password: 'Harbour-Lights-42' }), status: 403, code: 'FORBIDDEN' },
  { who: 'trainer1', method: 'patch', path: (ids) => `/api/users/${ids.user('agent01')}`, body: () => ({ displayName: 'Changed by trainer' }), status: 403, code: 'FORBIDDEN' },
  { who: 'trainer1', method: 'post', path: (ids) => `/api/users/${ids.user('agent01')}/deactivate`, status: 403, code: 'FORBIDDEN' },
  { who: 'trainer1', method: 'post', path: (ids) => `/api/users/${ids.user('agent01')}/reactivate`, status: 403, code: 'FORBIDDEN' },
  { who: 'trainer1', method: 'post', path: (ids) => `/api/users/${ids.user('agent01')}/reset-password`, body: () => ({ newPassword: 'Harbour-Lights-42' }), status: 403, code: 'FORBIDDEN' },
  { who: 'trainer1', method: 'post', path: () => '/api/users/import?dryRun=false', csv: CSV, status: 403, code: 'FORBIDDEN' },
  { who: 'trainer1', method: 'get', path: () => '/api/users/import/template', status: 403, code: 'FORBIDDEN' },
  { who: 'trainer1', method: 'post', path: () => '/api/teams', body: () => ({ name: 'Trainer Team' }), status: 403, code: 'FORBIDDEN' },
  { who: 'trainer1', method: 'patch', path: (ids) => `/api/teams/${ids.teamA}`, body: () => ({ name: 'Renamed by trainer' }), status: 403, code: 'FORBIDDEN' },
  { who: 'trainer1', method: 'put', path: (ids) => `/api/teams/${ids.teamA}/members`, body: () => ({ memberIds: [] }), status: 403, code: 'FORBIDDEN' },
  { who: 'trainer1', method: 'delete', path: (ids) => `/api/teams/${ids.teamA}`, status: 403, code: 'FORBIDDEN' },
  { who: 'trainer1', method: 'get', path: () => '/api/audit-log', status: 403, code: 'FORBIDDEN' },
  // Ids that do not exist, or are not ids at all.
  { who: 'admin', method: 'get', path: () => `/api/users/${UNKNOWN_ID}`, status: 404, code: 'NOT_FOUND' },
  { who: 'admin', method: 'get', path: () => `/api/teams/${UNKNOWN_ID}`, status: 404, code: 'NOT_FOUND' },
  { who: 'trainer1', method: 'get', path: () => `/api/users/${UNKNOWN_ID}`, status: 404, code: 'NOT_FOUND' },
  { who: 'admin', method: 'get', path: () => '/api/users/not-a-uuid', status: 400, code: 'VALIDATION_FAILED' },
  { who: 'admin', method: 'patch', path: () => '/api/users/123', body: () => ({ displayName: 'X' }), status: 400, code: 'VALIDATION_FAILED' },
  { who: 'admin', method: 'get', path: () => '/api/teams/not-a-uuid', status: 400, code: 'VALIDATION_FAILED' },
  { who: 'admin', method: 'get', path: () => '/api/users?teamId=not-a-uuid', status: 400, code: 'VALIDATION_FAILED' },
];

describe('access scoping', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let ids: Ids;
  const tokens = new Map<Who, string>();
  const byEmail = new Map<string, string>();
  let membershipsBefore: string[];

  const as = (who: Who) => bearer(tokens.get(who) as string);
  const emailsOf = (body: { items: { email: string }[] }) => body.items.map((user) => user.email).sort();
  const memberships = async () => (await dataSource.getRepository(TeamMember).find()).map((row) => `${row.teamId}:${row.userId}`).sort();

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    for (const user of await dataSource.getRepository(User).find()) byEmail.set(user.email, user.id);
    const teams = await dataSource.getRepository(Team).find();
    ids = {
      user: (name) => {
        const id = byEmail.get(`${name}@pathwise.local`);
        if (!id) throw new Error(`No demo user ${name}`);
        return id;
      },
      teamA: teams.find((team) => team.name === 'Customer Care A')?.id as string,
      teamB: teams.find((team) => team.name === 'Customer Care B')?.id as string,
    };
    for (const who of ['admin', 'trainer1', 'supervisor1', 'agent01'] as Who[]) tokens.set(who, await api.login(`${who}@pathwise.local`));
    membershipsBefore = await memberships();
  });
  afterAll(() => api.close());

  describe('denials', () => {
    it.each(DENIALS.map((denial) => [`${denial.who} ${denial.method.toUpperCase()} ${denial.path({ user: (n) => `<${n}>`, teamA: '<team A>', teamB: '<team B>' })}`, denial] as const))(
      '%s → refused',
      async (_title, denial) => {
        let request = api.http()[denial.method](denial.path(ids)).set(as(denial.who));
        if (denial.csv) request = request.set('Content-Type', 'text/csv').send(Buffer.from(denial.csv));
        else if (denial.body) request = request.send(denial.body(ids) as object);
        const response = await request;
        expect({ status: response.status, code: response.body.code }).toEqual({ status: denial.status, code: denial.code });
        expect(response.body).toMatchObject({ statusCode: denial.status, code: denial.code, message: expect.any(String), requestId: response.headers['x-request-id'] });
        expect(Object.keys(response.body).filter((key) => !['statusCode', 'code', 'message', 'fieldErrors', 'requestId'].includes(key))).toEqual([]);
      },
    );

    it('changed nothing: same users, same names, same teams, same memberships, and no audit entry', async () => {
      const users = await dataSource.getRepository(User).find({ relations: { roles: true } });
      expect(users).toHaveLength(25);
      expect(users.every((user) => user.active)).toBe(true);
      expect(users.find((user) => user.email === 'agent01@pathwise.local')).toMatchObject({ displayName: '王芳', roles: [expect.objectContaining({ role: 'agent' })] });
      expect(users.find((user) => user.email === 'agent01@pathwise.local')?.roles).toHaveLength(1);
      expect((await dataSource.getRepository(Team).find()).map((team) => team.name).sort()).toEqual(['Customer Care A', 'Customer Care B']);
      expect(await memberships()).toEqual(membershipsBefore);
      expect(await dataSource.getRepository(AuditLog).count()).toBe(0);
      // The refused password reset did not take: the old password still works.
      await api.login('agent01@pathwise.local');
    });
  });

  describe('what each role may see', () => {
    it('an agent sees itself', async () => {
      const response = await api.http().get(`/api/users/${ids.user('agent01')}`).set(as('agent01')).expect(200);
      expect(response.body).toMatchObject({ email: 'agent01@pathwise.local', teams: [{ id: ids.teamA, name: 'Customer Care A' }] });
    });

    it('an agent lists only its own team, and may open it', async () => {
      const list = await api.http().get('/api/teams').set(as('agent01')).expect(200);
      expect(list.body.map((team: { id: string }) => team.id)).toEqual([ids.teamA]);
      const team = await api.http().get(`/api/teams/${ids.teamA}`).set(as('agent01')).expect(200);
      expect(team.body.memberCount).toBe(10);
    });

    it('a supervisor lists exactly its team’s 10 agents and itself', async () => {
      const response = await api.http().get('/api/users?pageSize=100').set(as('supervisor1')).expect(200);
      expect(response.body.total).toBe(11);
      expect(emailsOf(response.body)).toEqual(
        [...Array.from({ length: 10 }, (_, i) => `agent${String(i + 1).padStart(2, '0')}@pathwise.local`), 'supervisor1@pathwise.local'].sort(),
      );
    });

    it('a supervisor’s filters never widen its scope', async () => {
      const search = await api.http().get('/api/users?search=agent1').set(as('supervisor1')).expect(200);
      expect(emailsOf(search.body)).toEqual(['agent10@pathwise.local']);
      const otherTeam = await api.http().get(`/api/users?teamId=${ids.teamB}`).set(as('supervisor1')).expect(200);
      expect(otherTeam.body).toMatchObject({ total: 0, items: [] });
      const trainers = await api.http().get('/api/users?role=trainer').set(as('supervisor1')).expect(200);
      expect(trainers.body.total).toBe(0);
    });

    it('a supervisor opens a member of its team, and its own team only', async () => {
      await api.http().get(`/api/users/${ids.user('agent01')}`).set(as('supervisor1')).expect(200);
      await api.http().get(`/api/users/${ids.user('supervisor1')}`).set(as('supervisor1')).expect(200);
      const list = await api.http().get('/api/teams').set(as('supervisor1')).expect(200);
      expect(list.body.map((team: { id: string }) => team.id)).toEqual([ids.teamA]);
      const team = await api.http().get(`/api/teams/${ids.teamA}`).set(as('supervisor1')).expect(200);
      expect(team.body.members).toHaveLength(10);
    });

    it('a trainer lists all 25 users and both teams, and opens anyone', async () => {
      const users = await api.http().get('/api/users?pageSize=100').set(as('trainer1')).expect(200);
      expect(users.body.total).toBe(25);
      expect(users.body.items).toHaveLength(25);
      const teams = await api.http().get('/api/teams').set(as('trainer1')).expect(200);
      expect(teams.body.map((team: { id: string }) => team.id).sort()).toEqual([ids.teamA, ids.teamB].sort());
      await api.http().get(`/api/users/${ids.user('agent20')}`).set(as('trainer1')).expect(200);
      await api.http().get(`/api/teams/${ids.teamB}`).set(as('trainer1')).expect(200);
    });

    it('a supervisor moved to another team sees that team’s members with a fresh look-up, not the old ones', async () => {
      const admin = as('admin');
      await api.http().patch(`/api/teams/${ids.teamB}`).set(admin).send({ supervisorId: ids.user('supervisor1') }).expect(200);
      await api.http().patch(`/api/teams/${ids.teamA}`).set(admin).send({ supervisorId: null }).expect(200);
      try {
        // The same access token: scoping is read from the database on each request.
        await api.http().get(`/api/users/${ids.user('agent11')}`).set(as('supervisor1')).expect(200);
        await api.http().get(`/api/users/${ids.user('agent01')}`).set(as('supervisor1')).expect(403);
        const list = await api.http().get('/api/users?pageSize=100').set(as('supervisor1')).expect(200);
        expect(emailsOf(list.body)).toEqual([...Array.from({ length: 10 }, (_, i) => `agent${i + 11}@pathwise.local`), 'supervisor1@pathwise.local'].sort());
      } finally {
        await api.http().patch(`/api/teams/${ids.teamA}`).set(admin).send({ supervisorId: ids.user('supervisor1') }).expect(200);
        await api.http().patch(`/api/teams/${ids.teamB}`).set(admin).send({ supervisorId: ids.user('supervisor2') }).expect(200);
      }
    });
  });
});
