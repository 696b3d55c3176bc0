import { reliabilityBand } from './reliability';

describe('reliability band', () => {
  it('reads α in the usual bands, boundaries included', () => {
    expect(reliabilityBand(0.91)).toBe('good');
    expect(reliabilityBand(0.8)).toBe('good');
    expect(reliabilityBand(0.7)).toBe('acceptable');
    expect(reliabilityBand(0.5)).toBe('questionable');
    expect(reliabilityBand(0.49)).toBe('poor');
    expect(reliabilityBand(-0.2)).toBe('poor');
  });

  it('says nothing without a figure', () => {
    expect(reliabilityBand(null)).toBe('unknown');
    expect(reliabilityBand(Number.NaN)).toBe('unknown');
  });
});
