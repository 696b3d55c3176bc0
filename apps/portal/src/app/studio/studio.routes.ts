import { Route } from '@angular/router';
import { titleKey } from '../i18n/translated-title-strategy';

export const studioRoutes: Route[] = [
  {
    path: '',
    title: titleKey('title.studio'),
    loadComponent: () => import('./studio-home').then((m) => m.StudioHome),
  },
];
