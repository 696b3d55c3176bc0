import { Role, ROLE_LANDING_PRIORITY } from '@pathwise/contracts';

/** Who is asking: what the API knows from the access token. */
export interface Actor {
  id: string;
  roles: readonly Role[];
  supervisedTeamIds: readonly string[];
}

/** Which users an actor may see; the API turns this into a query filter. */
export type UserVisibility =
  | { kind: 'all' }
  | { kind: 'teams'; teamIds: string[]; includeSelf: true }
  | { kind: 'self' };

export type LandingArea = 'admin' | 'studio' | 'team' | 'learn';

const LANDING_AREA_BY_ROLE: Record<Role, LandingArea> = {
  [Role.Admin]: 'admin',
  [Role.Trainer]: 'studio',
  [Role.Supervisor]: 'team',
  [Role.Agent]: 'learn',
};

/** Admins manage people and trainers grade and assign across teams, so both see everyone. */
function seesEveryone(actor: { roles: readonly Role[] }): boolean {
  return hasAnyRole(actor, [Role.Admin, Role.Trainer]);
}

export function userVisibility(actor: Actor): UserVisibility {
  if (seesEveryone(actor)) return { kind: 'all' };
  if (hasAnyRole(actor, [Role.Supervisor])) {
    return { kind: 'teams', teamIds: [...actor.supervisedTeamIds], includeSelf: true };
  }
  return { kind: 'self' };
}

export function canViewUser(actor: Actor, target: { id: string; teamIds: readonly string[] }): boolean {
  const visibility = userVisibility(actor);
  switch (visibility.kind) {
    case 'all':
      return true;
    case 'teams':
      return target.id === actor.id || target.teamIds.some((teamId) => visibility.teamIds.includes(teamId));
    case 'self':
      return target.id === actor.id;
  }
}

export function canViewTeam(actor: Actor, team: { id: string; memberIds: readonly string[] }): boolean {
  if (seesEveryone(actor)) return true;
  if (hasAnyRole(actor, [Role.Supervisor]) && actor.supervisedTeamIds.includes(team.id)) return true;
  return team.memberIds.includes(actor.id);
}

/** True when the actor holds at least one of the required roles; no requirement means anyone. */
export function hasAnyRole(actor: { roles: readonly Role[] }, required: readonly Role[]): boolean {
  return required.length === 0 || required.some((role) => actor.roles.includes(role));
}

/** Where a user lands after signing in: the area of their most powerful role. */
export function landingArea(roles: readonly Role[]): LandingArea {
  const role = ROLE_LANDING_PRIORITY.find((candidate) => roles.includes(candidate));
  return role ? LANDING_AREA_BY_ROLE[role] : 'learn';
}
