import { ROLE_LANDING_PRIORITY, Role } from '@pathwise/contracts';

/** Each role's home area. */
export const ROLE_HOME: Record<Role, string> = {
  [Role.Admin]: '/admin',
  [Role.Trainer]: '/studio',
  [Role.Supervisor]: '/team',
  [Role.Agent]: '/learn',
};

/** Where someone lands after signing in: the home of their most powerful role. */
export function landingRoute(roles: readonly Role[]): string {
  const role = ROLE_LANDING_PRIORITY.find((candidate) =>
    roles.includes(candidate),
  );
  return role ? ROLE_HOME[role] : '/no-access';
}
