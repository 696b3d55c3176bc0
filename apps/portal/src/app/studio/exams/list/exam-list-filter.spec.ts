import { ExamStatus, ExamSummary } from '@pathwise/contracts';
import { filterExams, statusCounts } from './exam-list-filter';

const exam = (title: string, status: ExamStatus): ExamSummary => ({
  id: title,
  title,
  purpose: 'certification',
  status,
  questionCount: 10,
  opensAt: null,
  closesAt: null,
  timeLimitMinutes: null,
  attemptsInProgress: 0,
  attemptsSubmitted: 0,
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const exams = [
  exam('Trade-in launch', 'published'),
  exam('Plans refresher', 'draft'),
  exam('以旧换新 认证', 'draft'),
  exam('Old trade-in quiz', 'archived'),
];

describe('exam list filter', () => {
  it('keeps every exam for "all" and no text', () => {
    expect(filterExams(exams, 'all', '  ')).toHaveLength(4);
  });

  it('filters by status and by title, ignoring case', () => {
    expect(filterExams(exams, 'draft', '').map((e) => e.title)).toEqual([
      'Plans refresher',
      '以旧换新 认证',
    ]);
    expect(filterExams(exams, 'all', 'TRADE-IN').map((e) => e.title)).toEqual([
      'Trade-in launch',
      'Old trade-in quiz',
    ]);
    expect(filterExams(exams, 'published', '以旧换新')).toEqual([]);
    expect(filterExams(exams, 'draft', '以旧换新')).toHaveLength(1);
  });

  it('counts exams per status', () => {
    expect(statusCounts(exams)).toEqual({
      all: 4,
      draft: 2,
      published: 1,
      archived: 1,
    });
    expect(statusCounts([])).toEqual({
      all: 0,
      draft: 0,
      published: 0,
      archived: 0,
    });
  });
});
