import { canOpen, resumeIndex } from './player-navigation';

describe('player navigation', () => {
  it('opens any question when navigation is free', () => {
    expect(canOpen(0, 4, 5, 'free')).toBe(true);
    expect(canOpen(4, 0, 5, 'free')).toBe(true);
    expect(canOpen(5, 0, 5, 'free')).toBe(false);
    expect(canOpen(-1, 0, 5, 'free')).toBe(false);
  });

  it('only moves one question forward when navigation is sequential', () => {
    expect(canOpen(3, 2, 5, 'sequential')).toBe(true);
    expect(canOpen(2, 2, 5, 'sequential')).toBe(true);
    expect(canOpen(1, 2, 5, 'sequential')).toBe(false);
    expect(canOpen(4, 2, 5, 'sequential')).toBe(false);
  });

  it('resumes free navigation where this browser was, else at the start', () => {
    expect(resumeIndex([true, false, true], 'free', 1)).toBe(1);
    expect(resumeIndex([true, false, true], 'free', null)).toBe(0);
    expect(resumeIndex([true, false, true], 'free', 9)).toBe(2);
  });

  it('resumes sequential navigation at the furthest question reached', () => {
    expect(resumeIndex([true, true, false, false], 'sequential', null)).toBe(1);
    expect(resumeIndex([true, true, false, false], 'sequential', 3)).toBe(3);
    expect(resumeIndex([false, false], 'sequential', null)).toBe(0);
    expect(resumeIndex([], 'sequential', 2)).toBe(0);
  });
});
