import { Role } from '@pathwise/contracts';
import { MessageKey } from '../i18n/i18n.service';

export interface NavItem {
  path: string;
  label: MessageKey;
  role: Role;
  testId: string;
}

/** Every area of the portal, in menu order; people see the ones their roles open. */
export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/learn', label: 'nav.learn', role: Role.Agent, testId: 'nav-learn' },
  {
    path: '/studio',
    label: 'nav.studio',
    role: Role.Trainer,
    testId: 'nav-studio',
  },
  {
    path: '/team',
    label: 'nav.team',
    role: Role.Supervisor,
    testId: 'nav-team',
  },
  // The console's own tabs lead to users, teams and the audit log.
  { path: '/admin', label: 'nav.admin', role: Role.Admin, testId: 'nav-admin' },
];

export function navItemsFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => roles.includes(item.role));
}
