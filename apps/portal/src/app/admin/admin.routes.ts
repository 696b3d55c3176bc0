import { Route } from '@angular/router';
import { titleKey } from '../i18n/translated-title-strategy';

export const adminRoutes: Route[] = [
  {
    path: '',
    loadComponent: () => import('./admin-console').then((m) => m.AdminConsole),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'users' },
      {
        path: 'users',
        title: titleKey('title.users'),
        loadComponent: () =>
          import('./users/users-page').then((m) => m.UsersPage),
      },
      {
        path: 'users/import',
        title: titleKey('title.userImport'),
        loadComponent: () =>
          import('./user-import/user-import-page').then(
            (m) => m.UserImportPage,
          ),
      },
      {
        path: 'teams',
        title: titleKey('title.teams'),
        loadComponent: () =>
          import('./teams/teams-page').then((m) => m.TeamsPage),
      },
      {
        path: 'audit-log',
        title: titleKey('title.auditLog'),
        loadComponent: () =>
          import('./audit-log/audit-log-page').then((m) => m.AuditLogPage),
      },
    ],
  },
];
