import { ExamOverview } from '@pathwise/contracts';
import {
  INITIAL_LIVE_OVERVIEW,
  countsDiffer,
  reduceOverview,
} from './live-overview';

function overview(counts: Partial<ExamOverview> = {}): ExamOverview {
  return {
    examId: 'e1',
    inProgress: 2,
    submitted: 0,
    needsGrading: 1,
    graded: 3,
    agents: 5,
    agentsGraded: 3,
    agentsPassed: 2,
    passRate: 2 / 3,
    averagePercent: 71.5,
    histogram: new Array(10).fill(0),
    passPercent: 60,
    serverNow: '2026-01-01T00:00:00Z',
    ...counts,
  };
}

describe('live overview', () => {
  it('does not count the first load as a change', () => {
    const state = reduceOverview(INITIAL_LIVE_OVERVIEW, {
      overview: overview(),
    });
    expect(state.changes).toBe(0);
    expect(state.overview?.graded).toBe(3);
  });

  it('counts a poll with different counts once, and ignores identical polls', () => {
    let state = reduceOverview(INITIAL_LIVE_OVERVIEW, { overview: overview() });
    state = reduceOverview(state, {
      overview: overview({ serverNow: 'later' }),
    });
    expect(state.changes).toBe(0);
    state = reduceOverview(state, {
      overview: overview({ needsGrading: 0, graded: 4 }),
    });
    expect(state.changes).toBe(1);
    state = reduceOverview(state, {
      overview: overview({ needsGrading: 0, graded: 4 }),
    });
    expect(state.changes).toBe(1);
  });

  it('keeps the last figures when a poll fails, and clears the error on the next success', () => {
    let state = reduceOverview(INITIAL_LIVE_OVERVIEW, { overview: overview() });
    state = reduceOverview(state, { error: new Error('offline') });
    expect(state.overview?.graded).toBe(3);
    expect(state.error).toBeInstanceOf(Error);
    state = reduceOverview(state, { overview: overview() });
    expect(state.error).toBeNull();
  });

  it('compares only the four status counts', () => {
    expect(countsDiffer(overview(), overview({ averagePercent: 10 }))).toBe(
      false,
    );
    expect(countsDiffer(overview(), overview({ inProgress: 3 }))).toBe(true);
  });
});
