import { GradingMethod, ReviewTiming } from '@pathwise/assessment';
import { ExamPurpose, ExamStatus } from '@pathwise/contracts';
import { MessageKey } from '../../i18n/i18n.service';
import { StatusFilter } from './list/exam-list-filter';

/** Message keys for the exam enumerations, typed so a new value fails compilation here. */
export const PURPOSE_KEYS: Record<ExamPurpose, MessageKey> = {
  practice: 'exams.builder.purpose.practice',
  course_check: 'exams.builder.purpose.course_check',
  certification: 'exams.builder.purpose.certification',
  diagnostic: 'exams.builder.purpose.diagnostic',
};

export const PURPOSE_HINT_KEYS: Record<ExamPurpose, MessageKey> = {
  practice: 'exams.builder.purposeHint.practice',
  course_check: 'exams.builder.purposeHint.course_check',
  certification: 'exams.builder.purposeHint.certification',
  diagnostic: 'exams.builder.purposeHint.diagnostic',
};

export const STATUS_KEYS: Record<ExamStatus, MessageKey> = {
  draft: 'exams.builder.status.draft',
  published: 'exams.builder.status.published',
  archived: 'exams.builder.status.archived',
};

export const STATUS_FILTER_KEYS: Record<StatusFilter, MessageKey> = {
  all: 'exams.builder.list.filter.all',
  draft: 'exams.builder.list.filter.draft',
  published: 'exams.builder.list.filter.published',
  archived: 'exams.builder.list.filter.archived',
};

export const GRADING_METHOD_KEYS: Record<GradingMethod, MessageKey> = {
  highest: 'exams.builder.grading.highest',
  last: 'exams.builder.grading.last',
  average: 'exams.builder.grading.average',
  first: 'exams.builder.grading.first',
};

export const REVIEW_TIMING_KEYS: Record<ReviewTiming, MessageKey> = {
  immediately: 'exams.builder.review.immediately',
  after_close: 'exams.builder.review.after_close',
  never: 'exams.builder.review.never',
};
