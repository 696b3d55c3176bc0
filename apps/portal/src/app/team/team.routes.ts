import { Route } from '@angular/router';
import { titleKey } from '../i18n/translated-title-strategy';

export const teamRoutes: Route[] = [
  {
    path: '',
    title: titleKey('title.team'),
    loadComponent: () => import('./team-home').then((m) => m.TeamHome),
  },
];
