import { ExamOverview } from '@pathwise/contracts';

export type LiveCounts = Pick<
  ExamOverview,
  'inProgress' | 'submitted' | 'needsGrading' | 'graded'
>;

export interface LiveOverviewState {
  overview: ExamOverview | null;
  /** The last poll failed; the previous figures stay on screen. */
  error: unknown;
  /** Bumped whenever a poll brings different counts (not on the first load): announce and reload. */
  changes: number;
}

export type OverviewPoll = { overview: ExamOverview } | { error: unknown };

export const INITIAL_LIVE_OVERVIEW: LiveOverviewState = {
  overview: null,
  error: null,
  changes: 0,
};

export function countsDiffer(a: LiveCounts, b: LiveCounts): boolean {
  return (
    a.inProgress !== b.inProgress ||
    a.submitted !== b.submitted ||
    a.needsGrading !== b.needsGrading ||
    a.graded !== b.graded
  );
}

/** Folds one poll into the dashboard's state. */
export function reduceOverview(
  state: LiveOverviewState,
  poll: OverviewPoll,
): LiveOverviewState {
  if ('error' in poll) return { ...state, error: poll.error };
  const previous = state.overview;
  const changed = previous !== null && countsDiffer(previous, poll.overview);
  return {
    overview: poll.overview,
    error: null,
    changes: state.changes + (changed ? 1 : 0),
  };
}
