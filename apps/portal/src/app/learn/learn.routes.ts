import { Route } from '@angular/router';
import { titleKey } from '../i18n/translated-title-strategy';

export const learnRoutes: Route[] = [
  {
    path: '',
    title: titleKey('title.learn'),
    loadComponent: () => import('./learn-home').then((m) => m.LearnHome),
  },
];
