import {
  clockOffset,
  formatRemaining,
  remainingMs,
  remainingParts,
  timeWarning,
} from './countdown';

describe('countdown', () => {
  const server = '2026-03-01T10:00:00.000Z';
  const serverMs = Date.parse(server);

  it('measures how far the server clock is ahead of the device', () => {
    expect(clockOffset(server, serverMs - 5_000)).toBe(5_000);
    expect(clockOffset(server, serverMs + 2_000)).toBe(-2_000);
    expect(clockOffset('not a date', serverMs)).toBe(0);
  });

  it('counts down to the deadline by the server clock', () => {
    const deadline = new Date(serverMs + 30 * 60_000).toISOString();
    // The device runs 5 s slow: its 09:59:55 is the server's 10:00:00.
    const offset = clockOffset(server, serverMs - 5_000);
    expect(remainingMs(deadline, serverMs - 5_000, offset)).toBe(30 * 60_000);
    expect(remainingMs(deadline, serverMs + 30 * 60_000, offset)).toBe(0);
    expect(remainingMs(null, serverMs, 0)).toBeNull();
  });

  it('shows mm:ss, and hours from an hour up, rounding a started second up', () => {
    expect(formatRemaining(300_000)).toBe('05:00');
    expect(formatRemaining(299_001)).toBe('05:00');
    expect(formatRemaining(299_000)).toBe('04:59');
    expect(formatRemaining(59_000)).toBe('00:59');
    expect(formatRemaining(0)).toBe('00:00');
    expect(formatRemaining(-5)).toBe('00:00');
    expect(formatRemaining(3_723_000)).toBe('1:02:03');
    expect(remainingParts(3_723_000)).toEqual({
      hours: 1,
      minutes: 2,
      seconds: 3,
    });
  });

  it('warns at five minutes and at one minute, and says when time is over', () => {
    expect(timeWarning(null)).toBe('none');
    expect(timeWarning(300_001)).toBe('none');
    expect(timeWarning(300_000)).toBe('fiveMinutes');
    expect(timeWarning(60_001)).toBe('fiveMinutes');
    expect(timeWarning(60_000)).toBe('oneMinute');
    expect(timeWarning(1)).toBe('oneMinute');
    expect(timeWarning(0)).toBe('over');
  });
});
