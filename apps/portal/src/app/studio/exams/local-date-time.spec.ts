import { isoToLocalInput, localInputToIso } from './local-date-time';

describe('local date-time inputs', () => {
  it('reads an input value as local time and writes it back unchanged', () => {
    const iso = localInputToIso('2026-03-09T08:30');
    expect(iso).toBe(new Date(2026, 2, 9, 8, 30).toISOString());
    expect(isoToLocalInput(iso)).toBe('2026-03-09T08:30');
  });

  it('accepts seconds, which some browsers add', () => {
    expect(localInputToIso('2026-03-09T08:30:15')).toBe(
      new Date(2026, 2, 9, 8, 30, 15).toISOString(),
    );
  });

  it('shows an instant from the API in local time, to the minute', () => {
    const instant = new Date(2026, 11, 31, 23, 59, 40);
    expect(isoToLocalInput(instant.toISOString())).toBe('2026-12-31T23:59');
  });

  it('treats empty and unreadable values as no date', () => {
    expect(localInputToIso('')).toBeNull();
    expect(localInputToIso(null)).toBeNull();
    expect(localInputToIso('tomorrow')).toBeNull();
    expect(localInputToIso('2026-02-31T10:00')).toBeNull();
    expect(isoToLocalInput(null)).toBe('');
    expect(isoToLocalInput('not a date')).toBe('');
  });
});
