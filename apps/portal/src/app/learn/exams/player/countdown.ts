/*
 * The countdown follows the server's clock, not the device's: a phone set five minutes fast must
 * not submit early. The offset is re-measured from every response that carries `serverNow`.
 */

const FIVE_MINUTES_MS = 5 * 60_000;
const ONE_MINUTE_MS = 60_000;

/** How far the server's clock is ahead of this device's, measured when a response arrives. */
export function clockOffset(serverNow: string, receivedAt: number): number {
  const server = Date.parse(serverNow);
  return Number.isNaN(server) ? 0 : server - receivedAt;
}

/** Time left before the deadline by the server's clock; null for an untimed attempt. */
export function remainingMs(
  deadline: string | null,
  localNow: number,
  offset: number,
): number | null {
  if (!deadline) return null;
  const end = Date.parse(deadline);
  if (Number.isNaN(end)) return null;
  return Math.max(0, end - (localNow + offset));
}

/** "04:59", or "1:02:03" from an hour up; a started second still counts as left. */
export function formatRemaining(ms: number): string {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const mmss = `${pad(minutes)}:${pad(seconds)}`;
  return hours > 0 ? `${hours}:${mmss}` : mmss;
}

/** Minutes and seconds left, for an accessible name that reads well ("4 min 59 s"). */
export function remainingParts(ms: number): {
  hours: number;
  minutes: number;
  seconds: number;
} {
  const total = Math.ceil(Math.max(0, ms) / 1000);
  return {
    hours: Math.floor(total / 3600),
    minutes: Math.floor((total % 3600) / 60),
    seconds: total % 60,
  };
}

export type TimeWarning = 'none' | 'fiveMinutes' | 'oneMinute' | 'over';

export function timeWarning(ms: number | null): TimeWarning {
  if (ms === null) return 'none';
  if (ms <= 0) return 'over';
  if (ms <= ONE_MINUTE_MS) return 'oneMinute';
  if (ms <= FIVE_MINUTES_MS) return 'fiveMinutes';
  return 'none';
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
