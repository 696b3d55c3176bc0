import { ALL_ROLES, Role } from '@pathwise/contracts';
import { Actor, canViewTeam, canViewUser, hasAnyRole, landingArea, userVisibility } from './access-scope';

/** Every combination of roles, from none to all four. */
const ROLE_COMBINATIONS: Role[][] = Array.from({ length: 1 << ALL_ROLES.length }, (_, mask) =>
  ALL_ROLES.filter((_role, bit) => mask & (1 << bit)),
);

const label = (roles: readonly Role[]) => (roles.length ? roles.join('+') : 'no role');

function actorWith(roles: Role[]): Actor {
  return { id: 'me', roles, supervisedTeamIds: ['hotline-a', 'hotline-b'] };
}

const has = (roles: readonly Role[], role: Role) => roles.includes(role);

describe('userVisibility', () => {
  it.each(ROLE_COMBINATIONS.map((roles) => [label(roles), roles] as const))('%s', (_label, roles) => {
    const visibility = userVisibility(actorWith(roles));
    if (has(roles, Role.Admin) || has(roles, Role.Trainer)) {
      expect(visibility).toEqual({ kind: 'all' });
    } else if (has(roles, Role.Supervisor)) {
      expect(visibility).toEqual({ kind: 'teams', teamIds: ['hotline-a', 'hotline-b'], includeSelf: true });
    } else {
      expect(visibility).toEqual({ kind: 'self' });
    }
  });

  it('returns a copy of the supervised teams, not the actor’s own array', () => {
    const actor: Actor = { id: 'me', roles: [Role.Supervisor], supervisedTeamIds: ['hotline-a'] };
    const visibility = userVisibility(actor);
    if (visibility.kind !== 'teams') throw new Error('expected team visibility');
    visibility.teamIds.push('hotline-z');
    expect(actor.supervisedTeamIds).toEqual(['hotline-a']);
  });

  it('gives a supervisor of no team only themselves', () => {
    const actor: Actor = { id: 'me', roles: [Role.Supervisor], supervisedTeamIds: [] };
    expect(userVisibility(actor)).toEqual({ kind: 'teams', teamIds: [], includeSelf: true });
    expect(canViewUser(actor, { id: 'me', teamIds: [] })).toBe(true);
    expect(canViewUser(actor, { id: 'other', teamIds: ['hotline-a'] })).toBe(false);
  });

  it('ignores supervised teams of someone who is not a supervisor', () => {
    const actor: Actor = { id: 'me', roles: [Role.Agent], supervisedTeamIds: ['hotline-a'] };
    expect(userVisibility(actor)).toEqual({ kind: 'self' });
  });
});

describe('canViewUser', () => {
  const self = { id: 'me', teamIds: [] };
  const inSupervisedTeam = { id: 'agent-1', teamIds: ['escalations', 'hotline-b'] };
  const elsewhere = { id: 'agent-2', teamIds: ['escalations'] };
  const inNoTeam = { id: 'agent-3', teamIds: [] };

  it.each(ROLE_COMBINATIONS.map((roles) => [label(roles), roles] as const))('%s', (_label, roles) => {
    const actor = actorWith(roles);
    const seesAll = has(roles, Role.Admin) || has(roles, Role.Trainer);
    const supervises = has(roles, Role.Supervisor);
    expect(canViewUser(actor, self)).toBe(true);
    expect(canViewUser(actor, inSupervisedTeam)).toBe(seesAll || supervises);
    expect(canViewUser(actor, elsewhere)).toBe(seesAll);
    expect(canViewUser(actor, inNoTeam)).toBe(seesAll);
  });
});

describe('canViewTeam', () => {
  const supervised = { id: 'hotline-a', memberIds: ['agent-1'] };
  const memberOf = { id: 'escalations', memberIds: ['agent-1', 'me'] };
  const unrelated = { id: 'billing', memberIds: ['agent-2'] };

  it.each(ROLE_COMBINATIONS.map((roles) => [label(roles), roles] as const))('%s', (_label, roles) => {
    const actor = actorWith(roles);
    const seesAll = has(roles, Role.Admin) || has(roles, Role.Trainer);
    expect(canViewTeam(actor, supervised)).toBe(seesAll || has(roles, Role.Supervisor));
    expect(canViewTeam(actor, memberOf)).toBe(true);
    expect(canViewTeam(actor, unrelated)).toBe(seesAll);
  });
});

describe('hasAnyRole', () => {
  it('is true when nothing is required, even for someone with no role', () => {
    expect(hasAnyRole({ roles: [] }, [])).toBe(true);
  });

  it('is false for someone with no role when something is required', () => {
    expect(hasAnyRole({ roles: [] }, [Role.Agent])).toBe(false);
  });

  it.each(ROLE_COMBINATIONS.map((roles) => [label(roles), roles] as const))('%s against every single role', (_label, roles) => {
    for (const required of ALL_ROLES) expect(hasAnyRole({ roles }, [required])).toBe(roles.includes(required));
    expect(hasAnyRole({ roles }, [Role.Admin, Role.Supervisor])).toBe(has(roles, Role.Admin) || has(roles, Role.Supervisor));
  });
});

describe('landingArea', () => {
  it.each([
    [[], 'learn'],
    [[Role.Agent], 'learn'],
    [[Role.Supervisor], 'team'],
    [[Role.Trainer], 'studio'],
    [[Role.Admin], 'admin'],
    [[Role.Agent, Role.Supervisor], 'team'],
    [[Role.Supervisor, Role.Trainer], 'studio'],
    [[Role.Agent, Role.Admin], 'admin'],
  ] as const)('%j → %s', (roles, area) => {
    expect(landingArea(roles)).toBe(area);
  });

  it.each(ROLE_COMBINATIONS.map((roles) => [label(roles), roles] as const))('%s picks the most powerful role', (_label, roles) => {
    const expected = has(roles, Role.Admin)
      ? 'admin'
      : has(roles, Role.Trainer)
        ? 'studio'
        : has(roles, Role.Supervisor)
          ? 'team'
          : 'learn';
    expect(landingArea(roles)).toBe(expected);
    expect(landingArea([...roles].reverse())).toBe(expected);
  });
});
