import { Route } from '@angular/router';
import { provideAreaMessages } from '../i18n/area-messages';
import { titleKey } from '../i18n/translated-title-strategy';
import { examInsightsMessages } from './exam-insights/exam-insights-messages';
import { examBuilderMessages } from './exams/exam-builder-messages';
import { unsavedChangesGuard } from './question-bank/question-editor/unsaved-changes.guard';

const editor = () =>
  import('./question-bank/question-editor/question-editor-page').then(
    (m) => m.QuestionEditorPage,
  );
const bankPage = () =>
  import('./question-bank/bank/question-bank-page').then(
    (m) => m.QuestionBankPage,
  );
const history = () =>
  import('./question-bank/history/question-history-page').then(
    (m) => m.QuestionHistoryPage,
  );

const studioPages: Route[] = [
  {
    path: '',
    title: titleKey('title.studio'),
    loadComponent: () => import('./studio-home').then((m) => m.StudioHome),
  },
  {
    path: 'exams',
    loadChildren: () =>
      import('./exams/exam-builder.routes').then((m) => m.examBuilderRoutes),
  },
  {
    path: 'exam-insights',
    loadChildren: () =>
      import('./exam-insights/exam-insights.routes').then(
        (m) => m.examInsightsRoutes,
      ),
  },
  {
    path: 'grading',
    loadChildren: () =>
      import('./exam-insights/exam-insights.routes').then(
        (m) => m.gradingRoutes,
      ),
  },
  {
    path: 'question-banks',
    title: titleKey('title.questionBanks'),
    loadComponent: bankPage,
  },
  {
    path: 'question-banks/:bankId',
    title: titleKey('title.questionBanks'),
    loadComponent: bankPage,
  },
  {
    path: 'question-banks/:bankId/import',
    title: titleKey('title.questionImport'),
    loadComponent: () =>
      import('./question-bank/import/question-import-page').then(
        (m) => m.QuestionImportPage,
      ),
  },
  {
    path: 'questions/:bankId/new',
    title: titleKey('title.newQuestion'),
    canDeactivate: [unsavedChangesGuard],
    loadComponent: editor,
  },
  {
    path: 'questions/:id',
    title: titleKey('title.editQuestion'),
    canDeactivate: [unsavedChangesGuard],
    loadComponent: editor,
  },
  {
    path: 'questions/:id/preview',
    title: titleKey('title.questionPreview'),
    loadComponent: () =>
      import('./question-bank/preview/question-preview-page').then(
        (m) => m.QuestionPreviewPage,
      ),
  },
  {
    path: 'questions/:id/history',
    title: titleKey('title.questionHistory'),
    loadComponent: history,
  },
  {
    path: 'questions/:id/history/:version',
    title: titleKey('title.questionHistory'),
    loadComponent: history,
  },
];

export const studioRoutes: Route[] = [
  {
    path: '',
    providers: [
      provideAreaMessages(examBuilderMessages),
      provideAreaMessages(examInsightsMessages),
    ],
    children: studioPages,
  },
];
