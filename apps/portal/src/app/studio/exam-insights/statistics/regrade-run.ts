import { RegradeProgress } from '@pathwise/contracts';

export function regradeFinished(run: RegradeProgress): boolean {
  return run.status === 'done' || run.status === 'failed';
}

/** 0–100 for the progress bar; a run with nothing to do is complete. */
export function regradePercent(run: RegradeProgress): number {
  if (run.total <= 0) return run.status === 'failed' ? 0 : 100;
  return Math.min(100, Math.round((run.done / run.total) * 100));
}
