import { Route } from '@angular/router';
import { titleKey } from '../../i18n/translated-title-strategy';
import { unsentAnswersGuard } from './player/unsent-answers.guard';

/** The agent's exams, under /learn/exams. */
export const examRoutes: Route[] = [
  {
    path: '',
    title: titleKey('exams.agent.title'),
    loadComponent: () =>
      import('./my-exams/my-exams-page').then((m) => m.MyExamsPage),
  },
  {
    path: 'attempts/:attemptId',
    title: titleKey('exams.agent.player.pageTitle'),
    canDeactivate: [unsentAnswersGuard],
    loadComponent: () =>
      import('./player/exam-player-page').then((m) => m.ExamPlayerPage),
  },
  {
    path: 'attempts/:attemptId/result',
    title: titleKey('exams.agent.result.title'),
    loadComponent: () =>
      import('./result/exam-result-page').then((m) => m.ExamResultPage),
  },
  {
    path: ':examId',
    title: titleKey('exams.agent.start.pageTitle'),
    loadComponent: () =>
      import('./start/exam-start-page').then((m) => m.ExamStartPage),
  },
];
