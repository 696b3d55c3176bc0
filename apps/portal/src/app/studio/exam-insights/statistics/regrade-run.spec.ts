import { RegradeProgress } from '@pathwise/contracts';
import { regradeFinished, regradePercent } from './regrade-run';

function run(partial: Partial<RegradeProgress>): RegradeProgress {
  return {
    id: 'r1',
    questionId: 'q1',
    toVersion: 2,
    status: 'running',
    total: 6,
    done: 0,
    changed: 0,
    createdAt: '2026-01-01T00:00:00Z',
    finishedAt: null,
    ...partial,
  };
}

describe('regrade run', () => {
  it('is finished when done or failed', () => {
    expect(regradeFinished(run({ status: 'queued' }))).toBe(false);
    expect(regradeFinished(run({ status: 'running' }))).toBe(false);
    expect(regradeFinished(run({ status: 'done' }))).toBe(true);
    expect(regradeFinished(run({ status: 'failed' }))).toBe(true);
  });

  it('reports progress as a whole percent of the attempts', () => {
    expect(regradePercent(run({ done: 0 }))).toBe(0);
    expect(regradePercent(run({ done: 2 }))).toBe(33);
    expect(regradePercent(run({ done: 6, status: 'done' }))).toBe(100);
  });

  it('treats a run with nothing to regrade as complete', () => {
    expect(regradePercent(run({ total: 0, status: 'done' }))).toBe(100);
    expect(regradePercent(run({ total: 0, status: 'failed' }))).toBe(0);
  });
});
