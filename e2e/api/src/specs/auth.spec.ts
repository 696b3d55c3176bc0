import { JwtService } from '@nestjs/jwt';
import { createHash } from 'node:crypto';
import type { Response } from 'supertest';
import { DataSource } from 'typeorm';
import { RefreshToken } from '@pathwise/api/auth/refresh-token.entity';
import { RedisConnection } from '@pathwise/api/queue/redis-connection';
import { User } from '@pathwise/api/users/user.entity';
import { bearer, DEMO_PASSWORD, startTestApi, TestApi } from '../support/test-api';

const REFRESH_COOKIE = 'pw_refresh';
const NEW_PASSWORD = 'Harbour-Lights-42';

/** The `pw_refresh=…` Set-Cookie header of a response, or undefined. */
function refreshSetCookie(response: Response): string | undefined {
  const raw = response.headers['set-cookie'] as unknown as string[] | string | undefined;
  const cookies = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return cookies.find((cookie) => cookie.startsWith(`${REFRESH_COOKIE}=`));
}

/** The value of the refresh cookie a response set. */
function refreshToken(response: Response): string {
  const header = refreshSetCookie(response);
  if (!header) throw new Error(`No ${REFRESH_COOKIE} cookie in ${JSON.stringify(response.headers['set-cookie'])}`);
  return decodeURIComponent(header.split(';')[0].slice(REFRESH_COOKIE.length + 1));
}

const tokenId = (token: string) => token.split('.')[0];

describe('authentication', () => {
  let api: TestApi;
  let dataSource: DataSource;
  let adminToken: string;

  const login = (email: string, password = DEMO_PASSWORD) => api.http().post('/api/auth/login').send({ email, password });
  const refresh = (token: string) => api.http().post('/api/auth/refresh').set('Cookie', `${REFRESH_COOKIE}=${token}`);
  const userId = async (email: string) => (await dataSource.getRepository(User).findOneByOrFail({ email })).id;
  const tokenRow = (token: string) => dataSource.getRepository(RefreshToken).findOneByOrFail({ id: tokenId(token) });

  beforeAll(async () => {
    api = await startTestApi();
    dataSource = api.app.get(DataSource);
    adminToken = await api.login('admin@pathwise.local');
  });
  afterAll(() => api.close());

  describe('signing in', () => {
    it('returns an access token and the current user, and sets the refresh cookie httpOnly, SameSite=Strict on /api/auth', async () => {
      const before = Date.now();
      const response = await login('agent01@pathwise.local').expect(200);
      const teamA = await dataSource.query('SELECT id FROM teams WHERE name = ?', ['Customer Care A']);
      expect(response.body).toEqual({
        accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
        expiresIn: 900,
        user: {
          id: await userId('agent01@pathwise.local'),
          email: 'agent01@pathwise.local',
          displayName: '王芳',
          roles: ['agent'],
          locale: 'zh-CN',
          mustChangePassword: false,
          teamIds: [teamA[0].id],
          supervisedTeamIds: [],
        },
      });

      const cookie = refreshSetCookie(response) as string;
      expect(cookie).toBeDefined();
      const attributes = cookie.split(';').map((part) => part.trim().toLowerCase());
      expect(attributes).toEqual(expect.arrayContaining(['httponly', 'samesite=strict', 'path=/api/auth']));
      // Plain HTTP here: a Secure cookie would never come back.
      expect(attributes).not.toContain('secure');
      const expires = attributes.find((part) => part.startsWith('expires='));
      expect(new Date(expires?.slice('expires='.length) ?? 0).getTime()).toBeGreaterThan(before + 13 * 86400_000);

      // The refresh token is stored hashed: the row exists, the secret does not.
      const token = refreshToken(response);
      const row = await tokenRow(token);
      expect(row.userId).toBe(response.body.user.id);
      expect(row.revokedAt).toBeNull();
      expect(row.tokenHash).toBe(createHash('sha256').update(token.split('.')[1]).digest('hex'));
      expect(row.tokenHash).not.toContain(token.split('.')[1]);

      // The access token works, and the sign-in was recorded.
      await api.http().get('/api/auth/me').set(bearer(response.body.accessToken)).expect(200);
      const user = await dataSource.getRepository(User).findOneByOrFail({ email: 'agent01@pathwise.local' });
      expect(user.lastLoginAt?.getTime()).toBeGreaterThanOrEqual(before - 1000);
    });

    it('tells a supervisor which teams it supervises', async () => {
      const response = await login('supervisor1@pathwise.local').expect(200);
      const teamA = await dataSource.query('SELECT id FROM teams WHERE name = ?', ['Customer Care A']);
      expect(response.body.user).toMatchObject({ roles: ['supervisor'], teamIds: [], supervisedTeamIds: [teamA[0].id] });
    });

    it('refuses a wrong password with 401 INVALID_CREDENTIALS and sets no cookie', async () => {
      const response = await login('trainer1@pathwise.local', 'Pathwise!2025').expect(401);
      expect(response.body).toEqual({ statusCode: 401, code: 'INVALID_CREDENTIALS', message: 'E-mail or password is wrong', requestId: expect.any(String) });
      expect(refreshSetCookie(response)).toBeUndefined();
    });

    it('answers an unknown e-mail with exactly the same 401 body, so accounts cannot be enumerated', async () => {
      const unknown = await login('nobody@pathwise.local').expect(401);
      const wrong = await login('trainer2@pathwise.local', 'not-the-password-1').expect(401);
      const withoutRequestId = (body: Record<string, unknown>) => Object.fromEntries(Object.entries(body).filter(([key]) => key !== 'requestId'));
      expect(withoutRequestId(unknown.body)).toEqual(withoutRequestId(wrong.body));
      expect(unknown.body.code).toBe('INVALID_CREDENTIALS');
      expect(unknown.body.requestId).not.toBe(wrong.body.requestId);
      expect(refreshSetCookie(unknown)).toBeUndefined();
    });

    it('treats the e-mail case- and whitespace-insensitively (and folds full-width characters)', async () => {
      const spaced = await login('  TRAINER2@Pathwise.LOCAL \t').expect(200);
      expect(spaced.body.user.email).toBe('trainer2@pathwise.local');
      const fullWidth = await login('ｔｒａｉｎｅｒ２@pathwise.local').expect(200);
      expect(fullWidth.body.user.id).toBe(spaced.body.user.id);
    });

    it('rejects a body without a password with 400 VALIDATION_FAILED naming the field', async () => {
      const response = await api.http().post('/api/auth/login').send({ email: 'agent01@pathwise.local' }).expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED' });
      expect(response.body.fieldErrors.map((error: { field: string }) => error.field)).toEqual(['password']);
    });

    it('refuses a deactivated account with 403 ACCOUNT_DEACTIVATED, but only once the password is right', async () => {
      const id = await userId('agent20@pathwise.local');
      await api.http().post(`/api/users/${id}/deactivate`).set(bearer(adminToken)).expect(200);

      const right = await login('agent20@pathwise.local').expect(403);
      expect(right.body).toEqual({ statusCode: 403, code: 'ACCOUNT_DEACTIVATED', message: expect.stringContaining('deactivated'), requestId: expect.any(String) });
      expect(refreshSetCookie(right)).toBeUndefined();
      // A wrong password learns nothing about the account's state.
      expect((await login('agent20@pathwise.local', 'Wrong-password-9').expect(401)).body.code).toBe('INVALID_CREDENTIALS');
      expect(await dataSource.getRepository(RefreshToken).countBy({ userId: id })).toBe(0);

      await api.http().post(`/api/users/${id}/reactivate`).set(bearer(adminToken)).expect(200);
      await login('agent20@pathwise.local').expect(200);
    });
  });

  describe('refreshing the session', () => {
    it('rotates the refresh token: a new cookie, a new access token, and the old token is refused', async () => {
      const first = refreshToken(await login('agent02@pathwise.local').expect(200));
      const rotated = await refresh(first).expect(200);
      const second = refreshToken(rotated);
      expect(second).not.toBe(first);
      expect(rotated.body).toMatchObject({ accessToken: expect.any(String), expiresIn: 900, user: { email: 'agent02@pathwise.local' } });
      await api.http().get('/api/auth/me').set(bearer(rotated.body.accessToken)).expect(200);

      const oldRow = await tokenRow(first);
      const newRow = await tokenRow(second);
      expect(oldRow).toMatchObject({ revokedReason: 'rotated', familyId: newRow.familyId });
      expect(oldRow.revokedAt).not.toBeNull();
      expect(newRow.revokedAt).toBeNull();

      // Within the 30 s grace (two tabs refreshing at once) the old token is refused, but the session survives.
      const again = await refresh(first).expect(401);
      expect(again.body).toMatchObject({ statusCode: 401, code: 'REFRESH_TOKEN_INVALID', requestId: expect.any(String) });
      expect(refreshSetCookie(again)).toBeUndefined();
      await refresh(second).expect(200);
    });

    it('detects reuse of a rotated token after the grace period: 401 REFRESH_TOKEN_REUSED and the whole family is revoked', async () => {
      const otherSession = refreshToken(await login('agent03@pathwise.local').expect(200));
      const first = refreshToken(await login('agent03@pathwise.local').expect(200));
      const second = refreshToken(await refresh(first).expect(200));
      const newest = refreshToken(await refresh(second).expect(200));

      // The first token was rotated a minute ago, as far as the server can tell.
      await dataSource.getRepository(RefreshToken).update({ id: tokenId(first) }, { revokedAt: new Date(Date.now() - 60_000) });

      const stolen = await refresh(first).expect(401);
      expect(stolen.body).toEqual({
        statusCode: 401,
        code: 'REFRESH_TOKEN_REUSED',
        message: 'This session was ended because its refresh token was used twice. Sign in again.',
        requestId: expect.any(String),
      });
      // The newest token, which the legitimate user (or the thief) holds, is dead too.
      expect((await refresh(newest).expect(401)).body.code).toBe('REFRESH_TOKEN_REUSED');

      const family = await dataSource.getRepository(RefreshToken).findBy({ familyId: (await tokenRow(first)).familyId });
      expect(family).toHaveLength(3);
      expect(family.every((row) => row.revokedAt !== null)).toBe(true);
      expect((await tokenRow(newest)).revokedReason).toBe('reuse-detected');

      // Another sign-in of the same person (another device) is a different family and keeps working.
      await refresh(otherSession).expect(200);
    });

    it('tells a session ended on purpose (sign-out, password change, deactivation) apart from a stolen token', async () => {
      // Sign-out in another tab: the session is over, nothing was stolen.
      const signedOut = refreshToken(await login('agent10@pathwise.local').expect(200));
      await api.http().post('/api/auth/logout').set('Cookie', `${REFRESH_COOKIE}=${signedOut}`).expect(204);
      const afterLogout = await refresh(signedOut).expect(401);

      // Password changed on another device.
      const otherDevice = refreshToken(await login('agent10@pathwise.local').expect(200));
      const token = await api.login('agent10@pathwise.local');
      await api.http().post('/api/auth/change-password').set(bearer(token)).send({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD }).expect(200);
      const afterPasswordChange = await refresh(otherDevice).expect(401);

      // Deactivated by an administrator: the portal must be able to say so.
      const deactivatedSession = refreshToken(await login('agent19@pathwise.local').expect(200));
      const id = await userId('agent19@pathwise.local');
      await api.http().post(`/api/users/${id}/deactivate`).set(bearer(adminToken)).expect(200);
      const afterDeactivation = await refresh(deactivatedSession);
      await api.http().post(`/api/users/${id}/reactivate`).set(bearer(adminToken)).expect(200);

      expect({
        afterLogout: afterLogout.body.code,
        afterPasswordChange: afterPasswordChange.body.code,
        afterDeactivation: [afterDeactivation.status, afterDeactivation.body.code],
      }).toEqual({
        afterLogout: 'REFRESH_TOKEN_INVALID',
        afterPasswordChange: 'REFRESH_TOKEN_INVALID',
        afterDeactivation: [403, 'ACCOUNT_DEACTIVATED'],
      });
    });

    it('refuses a refresh without a cookie, and a forged one, with 401 REFRESH_TOKEN_INVALID', async () => {
      const none = await api.http().post('/api/auth/refresh').expect(401);
      expect(none.body).toMatchObject({ statusCode: 401, code: 'REFRESH_TOKEN_INVALID' });
      const real = refreshToken(await login('agent04@pathwise.local').expect(200));
      const forged = await refresh(`${tokenId(real)}.${'A'.repeat(43)}`).expect(401);
      expect(forged.body.code).toBe('REFRESH_TOKEN_INVALID');
      expect((await refresh('garbage').expect(401)).body.code).toBe('REFRESH_TOKEN_INVALID');
      // A forged secret does not revoke the real session.
      await refresh(real).expect(200);
    });
  });

  describe('signing out', () => {
    it('revokes the refresh token family and clears the cookie', async () => {
      const first = refreshToken(await login('agent04@pathwise.local').expect(200));
      const current = refreshToken(await refresh(first).expect(200));

      const response = await api.http().post('/api/auth/logout').set('Cookie', `${REFRESH_COOKIE}=${current}`).expect(204);
      const cleared = refreshSetCookie(response) as string;
      expect(cleared).toBeDefined();
      expect(cleared).toMatch(/^pw_refresh=;/);
      expect(cleared.toLowerCase()).toContain('path=/api/auth');
      expect(cleared).toMatch(/Expires=Thu, 01 Jan 1970/i);

      const row = await tokenRow(current);
      expect(row.revokedReason).toBe('logout');
      expect(row.revokedAt).not.toBeNull();

      const after = await refresh(current).expect(401);
      expect(['REFRESH_TOKEN_INVALID', 'REFRESH_TOKEN_REUSED']).toContain(after.body.code);
    });

    it('answers 204 without a cookie', async () => {
      await api.http().post('/api/auth/logout').expect(204);
    });
  });

  describe('access tokens', () => {
    it('refuses a request without a token with 401 UNAUTHENTICATED', async () => {
      const response = await api.http().get('/api/auth/me').expect(401);
      expect(response.body).toEqual({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'Sign in first: no access token was sent', requestId: expect.any(String) });
      const basic = await api.http().get('/api/auth/me').set('Authorization', 'Basic YWRtaW46cGFzcw==').expect(401);
      expect(basic.body.code).toBe('UNAUTHENTICATED');
    });

    it('refuses a garbage token, and one signed with another secret, with 401 UNAUTHENTICATED', async () => {
      const garbage = await api.http().get('/api/auth/me').set(bearer('not.a.jwt')).expect(401);
      expect(garbage.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED', message: 'The access token is not valid' });

      const forger = new JwtService({ secret: 'some-other-secret-that-is-long-enough-xx' });
      const forged = forger.sign({ sub: await userId('agent05@pathwise.local'), roles: ['admin'] }, { algorithm: 'HS256' });
      expect((await api.http().get('/api/users').set(bearer(forged)).expect(401)).body.code).toBe('UNAUTHENTICATED');

      // alg "none": no signature at all.
      const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
      const claims = Buffer.from(JSON.stringify({ sub: await userId('agent05@pathwise.local'), roles: ['admin'] })).toString('base64url');
      expect((await api.http().get('/api/users').set(bearer(`${header}.${claims}.`)).expect(401)).body.code).toBe('UNAUTHENTICATED');
    });

    it('refuses an expired token with 401 TOKEN_EXPIRED', async () => {
      const jwt = api.app.get(JwtService);
      const sub = await userId('agent05@pathwise.local');
      const expired = jwt.sign({ sub, roles: ['agent'] }, { expiresIn: -10 });
      const response = await api.http().get('/api/auth/me').set(bearer(expired)).expect(401);
      expect(response.body).toEqual({ statusCode: 401, code: 'TOKEN_EXPIRED', message: 'The access token has expired', requestId: expect.any(String) });
      // The same claims, still valid, are accepted: the expiry alone made the difference.
      await api.http().get('/api/auth/me').set(bearer(jwt.sign({ sub, roles: ['agent'] }))).expect(200);
    });
  });

  describe('changing the password', () => {
    const change = (token: string, body: object) => api.http().post('/api/auth/change-password').set(bearer(token)).send(body);

    it('refuses a wrong current password with 400 WRONG_PASSWORD on currentPassword', async () => {
      const token = await api.login('agent06@pathwise.local');
      const response = await change(token, { currentPassword: 'Pathwise!2025', newPassword: NEW_PASSWORD }).expect(400);
      expect(response.body).toMatchObject({
        statusCode: 400,
        code: 'WRONG_PASSWORD',
        fieldErrors: [{ field: 'currentPassword', message: 'The current password is wrong' }],
      });
      await login('agent06@pathwise.local').expect(200);
      await login('agent06@pathwise.local', NEW_PASSWORD).expect(401);
    });

    it('refuses a weak new password with 400 WEAK_PASSWORD, one coded field error per problem on newPassword', async () => {
      const token = await api.login('agent06@pathwise.local');
      const problems = (body: { fieldErrors: { field: string; code?: string; message: string }[] }) => body.fieldErrors.map((error) => `${error.field}:${error.code}`);

      const short = await change(token, { currentPassword: DEMO_PASSWORD, newPassword: 'short1' }).expect(400);
      expect(short.body).toMatchObject({ statusCode: 400, code: 'WEAK_PASSWORD', message: expect.stringContaining('at least 10 characters') });
      expect(problems(short.body)).toEqual(['newPassword:too_short']);
      expect(short.body.fieldErrors[0].message).toContain('at least 10 characters');

      const personal = await change(token, { currentPassword: DEMO_PASSWORD, newPassword: 'agent06-rocks-2026' }).expect(400);
      expect(problems(personal.body)).toEqual(['newPassword:contains_email']);
      expect(personal.body.fieldErrors[0].message).toContain('not contain the email address');

      const same = await change(token, { currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD }).expect(400);
      expect(same.body).toMatchObject({ code: 'WEAK_PASSWORD', message: 'The new password must differ from the current one' });
      expect(problems(same.body)).toContain('newPassword:same_as_current');

      // None of it took.
      await login('agent06@pathwise.local').expect(200);
    });

    it('changes it: the old password fails, the new one works, every other session must sign in again, and this device stays signed in', async () => {
      const otherDevice = refreshToken(await login('agent07@pathwise.local').expect(200));
      const thisDevice = await login('agent07@pathwise.local').expect(200);

      const changed = await change(thisDevice.body.accessToken, { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD })
        .set('Cookie', `${REFRESH_COOKIE}=${refreshToken(thisDevice)}`)
        .expect(200);
      // This device got a renewed session: a new access token and a rotated refresh cookie that works.
      expect(changed.body.user.mustChangePassword).toBe(false);
      await api.http().get('/api/auth/me').set(bearer(changed.body.accessToken)).expect(200);
      await refresh(refreshToken(changed)).expect(200);

      expect((await login('agent07@pathwise.local').expect(401)).body.code).toBe('INVALID_CREDENTIALS');
      const fresh = await login('agent07@pathwise.local', NEW_PASSWORD).expect(200);
      expect(fresh.body.user.mustChangePassword).toBe(false);

      const other = await refresh(otherDevice).expect(401);
      expect(['REFRESH_TOKEN_INVALID', 'REFRESH_TOKEN_REUSED']).toContain(other.body.code);
      expect((await tokenRow(otherDevice)).revokedReason).toBe('password-changed');
      // The session started with the new password is unaffected.
      await refresh(refreshToken(fresh)).expect(200);

      const audit = await api.http().get(`/api/audit-log?action=auth.change-password&entityId=${fresh.body.user.id}`).set(bearer(adminToken)).expect(200);
      expect(audit.body.items).toEqual([
        expect.objectContaining({ action: 'auth.change-password', entityType: 'user', entityId: fresh.body.user.id, actor: { id: fresh.body.user.id, displayName: '赵敏' } }),
      ]);
      expect(JSON.stringify(audit.body)).not.toContain(NEW_PASSWORD);
    });
  });

  describe('the current user', () => {
    it('GET /api/auth/me returns the caller', async () => {
      const token = await api.login('trainer1@pathwise.local');
      const response = await api.http().get('/api/auth/me').set(bearer(token)).expect(200);
      expect(response.body).toEqual({
        id: await userId('trainer1@pathwise.local'),
        email: 'trainer1@pathwise.local',
        displayName: '陈老师 Chen Li',
        roles: ['trainer'],
        locale: 'zh-CN',
        mustChangePassword: false,
        teamIds: [],
        supervisedTeamIds: [],
      });
    });

    it('PATCH /api/auth/me changes the locale and the display name, and the change persists', async () => {
      const token = await api.login('agent08@pathwise.local');
      const response = await api.http().patch('/api/auth/me').set(bearer(token)).send({ locale: 'en', displayName: '  Huang Li  ' }).expect(200);
      expect(response.body).toMatchObject({ email: 'agent08@pathwise.local', locale: 'en', displayName: 'Huang Li' });
      const again = await api.http().get('/api/auth/me').set(bearer(token)).expect(200);
      expect(again.body).toMatchObject({ locale: 'en', displayName: 'Huang Li' });
      expect((await login('agent08@pathwise.local').expect(200)).body.user.locale).toBe('en');
    });

    it('refuses an unknown field (no way to grant oneself a role) with 400 VALIDATION_FAILED naming it', async () => {
      const token = await api.login('agent09@pathwise.local');
      const response = await api.http().patch('/api/auth/me').set(bearer(token)).send({ locale: 'en', roles: ['admin'] }).expect(400);
      expect(response.body).toEqual({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        message: 'The request has invalid fields',
        fieldErrors: [{ field: 'roles', message: 'roles is not an accepted field' }],
        requestId: expect.any(String),
      });
      // Nothing was applied, not even the valid part.
      const me = await api.http().get('/api/auth/me').set(bearer(token)).expect(200);
      expect(me.body).toMatchObject({ roles: ['agent'], locale: 'zh-CN' });
    });

    it('refuses an unsupported locale and an empty display name', async () => {
      const token = await api.login('agent09@pathwise.local');
      const response = await api.http().patch('/api/auth/me').set(bearer(token)).send({ locale: 'fr', displayName: '   ' }).expect(400);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      expect(response.body.fieldErrors.map((error: { field: string }) => error.field).sort()).toEqual(['displayName', 'locale']);
    });
  });
});

describe('login rate limiting', () => {
  let api: TestApi;
  const login = (email: string, password = DEMO_PASSWORD) => api.http().post('/api/auth/login').send({ email, password });

  beforeAll(async () => {
    api = await startTestApi({ LOGIN_MAX_FAILURES: '3', LOGIN_MAX_FAILURES_PER_IP: '10' });
  });
  afterAll(async () => {
    // Redis counters outlive the app; leave none behind for a later file that reuses this key prefix.
    const client = api.app.get(RedisConnection).client;
    if (client && api.config.redis) {
      const keys = await client.keys(`${api.config.redis.prefix}:login-failures:*`);
      if (keys.length) await client.del(...keys);
    }
    await api.close();
  });

  it('after 3 failures answers 429 TOO_MANY_ATTEMPTS with Retry-After, even for the right password', async () => {
    for (let attempt = 1; attempt <= 3; attempt++) {
      expect((await login('agent01@pathwise.local', `Wrong-password-${attempt}`).expect(401)).body.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await login('agent01@pathwise.local').expect(429);
    expect(blocked.body).toEqual({ statusCode: 429, code: 'TOO_MANY_ATTEMPTS', message: expect.stringMatching(/^Too many failed sign-ins\. Try again in \d+ minute/), requestId: expect.any(String) });
    const retryAfter = Number(blocked.headers['retry-after']);
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(900);
    // The block keys on the normalised e-mail: another spelling of the same address is blocked too.
    expect((await login(' AGENT01@pathwise.local').expect(429)).body.code).toBe('TOO_MANY_ATTEMPTS');
  });

  it('does not block another e-mail signing in from the same IP', async () => {
    const response = await login('agent02@pathwise.local').expect(200);
    expect(response.body.user.email).toBe('agent02@pathwise.local');
  });

  it('forgets earlier failures after a successful sign-in', async () => {
    await login('agent03@pathwise.local', 'Wrong-password-1').expect(401);
    await login('agent03@pathwise.local', 'Wrong-password-2').expect(401);
    await login('agent03@pathwise.local').expect(200);
    await login('agent03@pathwise.local', 'Wrong-password-3').expect(401);
    await login('agent03@pathwise.local', 'Wrong-password-4').expect(401);
    await login('agent03@pathwise.local').expect(200);
  });

  it('blocks one IP spraying passwords across many accounts once it reaches the per-IP cap', async () => {
    // Failures recorded by the tests above count towards the IP's cap of 10; spraying reaches it.
    const outcomes: number[] = [];
    for (const email of ['agent11@pathwise.local', 'agent12@pathwise.local', 'agent13@pathwise.local', 'agent14@pathwise.local', 'agent15@pathwise.local', 'agent16@pathwise.local']) {
      outcomes.push((await login(email, 'Spray-password-1')).status);
    }
    expect(outcomes).toContain(429);
    // Each account saw at most one failure, so only the per-IP cap can explain the block.
    expect((await login('agent17@pathwise.local').expect(429)).body.code).toBe('TOO_MANY_ATTEMPTS');
  });
});
