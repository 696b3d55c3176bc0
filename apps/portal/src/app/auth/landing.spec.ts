import { ROLE_LANDING_PRIORITY, Role } from '@pathwise/contracts';
import { ROLE_HOME, landingRoute } from './landing';

describe('landingRoute', () => {
  it.each([
    [[Role.Agent], '/learn'],
    [[Role.Trainer], '/studio'],
    [[Role.Supervisor], '/team'],
    [[Role.Admin], '/admin'],
  ])('sends %j to %s', (roles, expected) => {
    expect(landingRoute(roles)).toBe(expected);
  });

  it('picks the most powerful role whatever the order the roles come in', () => {
    expect(landingRoute([Role.Agent, Role.Supervisor])).toBe('/team');
    expect(landingRoute([Role.Supervisor, Role.Trainer, Role.Agent])).toBe(
      '/studio',
    );
    expect(landingRoute([Role.Agent, Role.Admin, Role.Trainer])).toBe('/admin');
  });

  it('follows ROLE_LANDING_PRIORITY for every pair of roles', () => {
    for (const [i, higher] of ROLE_LANDING_PRIORITY.entries()) {
      for (const lower of ROLE_LANDING_PRIORITY.slice(i + 1)) {
        expect(landingRoute([lower, higher])).toBe(ROLE_HOME[higher]);
      }
    }
  });

  it('has a page for an account without roles instead of a redirect loop', () => {
    expect(landingRoute([])).toBe('/no-access');
  });
});
