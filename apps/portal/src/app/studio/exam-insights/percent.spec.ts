import { roundPercent, shareAsPercent } from './percent';

describe('percent', () => {
  it('rounds a percent to one decimal', () => {
    expect(roundPercent(84.6154)).toBe(84.6);
    expect(roundPercent(100)).toBe(100);
    expect(roundPercent(0.04)).toBe(0);
  });

  it('turns a share into a percent, keeping null', () => {
    expect(shareAsPercent(2 / 3)).toBe(66.7);
    expect(shareAsPercent(1)).toBe(100);
    expect(shareAsPercent(null)).toBeNull();
  });
});
