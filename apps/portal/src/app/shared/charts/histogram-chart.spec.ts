import { binRange, histogramLayout } from './histogram-chart';

const SIZE = { width: 480, height: 220 };

describe('histogram layout', () => {
  it('splits 0–100 into equal bins', () => {
    expect(binRange(0, 10)).toEqual({ from: 0, to: 10 });
    expect(binRange(9, 10)).toEqual({ from: 90, to: 100 });
    expect(binRange(1, 3)).toEqual({ from: 33.3, to: 66.7 });
  });

  it('scales bars to the fullest bin and keeps empty bins flat on the axis', () => {
    const layout = histogramLayout([0, 0, 0, 0, 0, 1, 2, 4, 2, 1], 60, SIZE);
    const plotHeight = layout.bottom - layout.top;
    expect(layout.bars).toHaveLength(10);
    expect(layout.bars[7].height).toBeCloseTo(plotHeight);
    expect(layout.bars[6].height).toBeCloseTo(plotHeight / 2);
    expect(layout.bars[0]).toMatchObject({
      height: 0,
      y: layout.bottom,
      count: 0,
    });
    // Bars sit side by side across the plot, left to right.
    const xs = layout.bars.map((bar) => bar.x);
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    expect(layout.bars[9].x + layout.bars[9].width).toBeLessThanOrEqual(
      layout.right,
    );
  });

  it('puts the marker at its percent and marks the bins wholly below it', () => {
    const layout = histogramLayout(new Array(10).fill(1), 60, SIZE);
    const plotWidth = layout.right - layout.left;
    expect(layout.markerX).toBeCloseTo(layout.left + 0.6 * plotWidth);
    expect(layout.bars.map((bar) => bar.belowMarker)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('has no marker without a pass mark, and labels the bin edges 0 to 100', () => {
    const layout = histogramLayout(new Array(10).fill(0), null, SIZE);
    expect(layout.markerX).toBeNull();
    expect(layout.bars.every((bar) => !bar.belowMarker)).toBe(true);
    expect(layout.xTicks.map((tick) => tick.label)).toEqual([
      '0',
      '10',
      '20',
      '30',
      '40',
      '50',
      '60',
      '70',
      '80',
      '90',
      '100',
    ]);
  });

  it('uses whole-number count ticks, even when every bin is empty', () => {
    expect(
      histogramLayout(new Array(10).fill(0), null, SIZE).yTicks.map(
        (t) => t.value,
      ),
    ).toEqual([0, 1]);
    expect(
      histogramLayout([1, 0, 0], null, SIZE).yTicks.map((t) => t.value),
    ).toEqual([0, 1]);
    expect(
      histogramLayout([7, 3], null, SIZE).yTicks.map((t) => t.value),
    ).toEqual([0, 4, 7]);
  });
});
