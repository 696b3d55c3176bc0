import { Route } from '@angular/router';
import { titleKey } from '../../i18n/translated-title-strategy';

/** An exam's dashboard and item statistics, under /studio/exam-insights/:examId. */
export const examInsightsRoutes: Route[] = [
  {
    path: ':examId',
    title: titleKey('insights.title.dashboard'),
    loadComponent: () =>
      import('./dashboard/exam-dashboard-page').then(
        (m) => m.ExamDashboardPage,
      ),
  },
  {
    path: ':examId/statistics',
    title: titleKey('insights.title.statistics'),
    loadComponent: () =>
      import('./statistics/item-statistics-page').then(
        (m) => m.ItemStatisticsPage,
      ),
  },
];

/** The manual grading queue across exams, under /studio/grading (`?examId=` for one exam). */
export const gradingRoutes: Route[] = [
  {
    path: '',
    title: titleKey('insights.title.grading'),
    loadComponent: () =>
      import('./grading/grading-page').then((m) => m.GradingPage),
  },
];
