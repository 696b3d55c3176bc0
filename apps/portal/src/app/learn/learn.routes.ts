import { Route } from '@angular/router';
import { provideAreaMessages } from '../i18n/area-messages';
import { titleKey } from '../i18n/translated-title-strategy';
import { examAgentMessages } from './exams/exam-messages';

export const learnRoutes: Route[] = [
  {
    path: '',
    providers: [provideAreaMessages(examAgentMessages)],
    children: [
      {
        path: '',
        title: titleKey('title.learn'),
        loadComponent: () => import('./learn-home').then((m) => m.LearnHome),
      },
      {
        path: 'exams',
        loadChildren: () =>
          import('./exams/exam.routes').then((m) => m.examRoutes),
      },
    ],
  },
];
