import { inject } from '@angular/core';
import { Route } from '@angular/router';
import { Role } from '@pathwise/contracts';
import { AuthService } from './auth/auth.service';
import { authGuard, guestGuard, roleGuard, sessionGuard } from './auth/guards';
import { landingRoute } from './auth/landing';
import { titleKey } from './i18n/translated-title-strategy';

export const appRoutes: Route[] = [
  {
    path: 'login',
    title: titleKey('title.login'),
    canMatch: [guestGuard],
    loadComponent: () =>
      import('./auth/login/login-page').then((m) => m.LoginPage),
  },
  {
    path: 'change-password',
    title: titleKey('title.changePassword'),
    canMatch: [sessionGuard],
    data: { forced: true },
    loadComponent: () =>
      import('./auth/password/change-password-page').then(
        (m) => m.ChangePasswordPage,
      ),
  },
  {
    path: '',
    canMatch: [authGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      {
        path: 'learn',
        canMatch: [roleGuard(Role.Agent)],
        loadChildren: () =>
          import('./learn/learn.routes').then((m) => m.learnRoutes),
      },
      {
        path: 'studio',
        canMatch: [roleGuard(Role.Trainer)],
        loadChildren: () =>
          import('./studio/studio.routes').then((m) => m.studioRoutes),
      },
      {
        path: 'team',
        canMatch: [roleGuard(Role.Supervisor)],
        loadChildren: () =>
          import('./team/team.routes').then((m) => m.teamRoutes),
      },
      {
        path: 'admin',
        canMatch: [roleGuard(Role.Admin)],
        loadChildren: () =>
          import('./admin/admin.routes').then((m) => m.adminRoutes),
      },
      {
        path: 'account/password',
        title: titleKey('title.changePassword'),
        loadComponent: () =>
          import('./auth/password/change-password-page').then(
            (m) => m.ChangePasswordPage,
          ),
      },
      {
        path: 'no-access',
        title: titleKey('title.noAccess'),
        loadComponent: () =>
          import('./shell/no-access-page').then((m) => m.NoAccessPage),
      },
      {
        path: '',
        pathMatch: 'full',
        redirectTo: () => landingRoute(inject(AuthService).roles()),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
