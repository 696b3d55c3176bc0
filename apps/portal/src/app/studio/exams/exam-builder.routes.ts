import { Route } from '@angular/router';
import { titleKey } from '../../i18n/translated-title-strategy';
import { examUnsavedChangesGuard } from './exam-unsaved-changes.guard';

const builder = () =>
  import('./builder/exam-builder-page').then((m) => m.ExamBuilderPage);

/** The trainer's exam list and builder, under /studio/exams. */
export const examBuilderRoutes: Route[] = [
  {
    path: '',
    title: titleKey('exams.builder.title'),
    loadComponent: () =>
      import('./list/exam-list-page').then((m) => m.ExamListPage),
  },
  {
    path: 'new',
    title: titleKey('exams.builder.newTitle'),
    canDeactivate: [examUnsavedChangesGuard],
    loadComponent: builder,
  },
  {
    path: ':id',
    title: titleKey('exams.builder.editTitle'),
    canDeactivate: [examUnsavedChangesGuard],
    loadComponent: builder,
  },
];
