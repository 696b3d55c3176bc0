import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';

export interface HistogramBar {
  /** The bin's range in percent, e.g. 80–90. */
  from: number;
  to: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Every score in the bin is below the marker (e.g. fails the pass mark). */
  belowMarker: boolean;
}

export interface HistogramLayout {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  bars: HistogramBar[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; value: number }[];
  markerX: number | null;
}

const MARGIN = { left: 32, right: 12, top: 22, bottom: 26 } as const;
const BAR_GAP = 2;

/** The range of bin `index` of `count` equal bins over 0–100. */
export function binRange(
  index: number,
  count: number,
): { from: number; to: number } {
  const step = 100 / count;
  return { from: round1(index * step), to: round1((index + 1) * step) };
}

/**
 * Bars over 0–100 % in equal bins, scaled to the fullest bin, with whole-number count ticks and an
 * optional vertical marker (the pass mark) at its percent.
 */
export function histogramLayout(
  bins: readonly number[],
  marker: number | null,
  size: { width: number; height: number } = { width: 480, height: 220 },
): HistogramLayout {
  const left = MARGIN.left;
  const right = size.width - MARGIN.right;
  const top = MARGIN.top;
  const bottom = size.height - MARGIN.bottom;
  const plotWidth = right - left;
  const plotHeight = bottom - top;
  const maxCount = Math.max(1, ...bins);
  const slot = bins.length > 0 ? plotWidth / bins.length : plotWidth;
  const xAt = (percent: number) => left + (percent / 100) * plotWidth;
  const bars = bins.map((count, index): HistogramBar => {
    const { from, to } = binRange(index, bins.length);
    const height = (Math.max(0, count) / maxCount) * plotHeight;
    return {
      from,
      to,
      count,
      x: left + index * slot + BAR_GAP / 2,
      y: bottom - height,
      width: Math.max(0, slot - BAR_GAP),
      height,
      belowMarker: marker !== null && to <= marker,
    };
  });
  const xTicks = [
    ...bars.map((bar) => bar.from),
    ...(bars.length ? [100] : []),
  ].map((percent) => ({ x: xAt(percent), label: `${percent}` }));
  const yValues =
    maxCount >= 2 ? [0, Math.round(maxCount / 2), maxCount] : [0, maxCount];
  const yTicks = [...new Set(yValues)].map((value) => ({
    value,
    y: bottom - (value / maxCount) * plotHeight,
  }));
  const markerX =
    marker !== null && marker >= 0 && marker <= 100 ? xAt(marker) : null;
  return {
    width: size.width,
    height: size.height,
    left,
    right,
    top,
    bottom,
    bars,
    xTicks,
    yTicks,
    markerX,
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * A score distribution as bars over 0–100 %, with an optional marker line. Screen readers get the
 * `summary` as the image's name and every figure in a visually hidden table; all wording comes
 * from the caller, already translated.
 */
@Component({
  selector: 'app-histogram-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host {
      display: block;
    }
    figure {
      margin: 0;
    }
    svg {
      display: block;
      width: 100%;
      max-width: 640px;
      height: auto;
      font:
        11px system-ui,
        sans-serif;
    }
    .axis {
      stroke: var(--mat-sys-outline);
    }
    .grid {
      stroke: var(--mat-sys-outline-variant);
      stroke-dasharray: 2 3;
    }
    .tick {
      fill: var(--mat-sys-on-surface-variant);
    }
    .bar {
      fill: var(--mat-sys-primary);
    }
    .bar.below {
      fill: var(--mat-sys-tertiary);
    }
    .count {
      fill: var(--mat-sys-on-surface);
      font-weight: 600;
    }
    .marker {
      stroke: var(--mat-sys-error);
      stroke-width: 2;
      stroke-dasharray: 6 3;
    }
    .marker-label {
      fill: var(--mat-sys-error);
      font-weight: 600;
    }
  `,
  template: `
    @let l = layout();
    <figure>
      <svg
        role="img"
        [attr.aria-label]="summary()"
        [attr.viewBox]="'0 0 ' + l.width + ' ' + l.height"
        data-testid="histogram-svg"
      >
        @for (tick of l.yTicks; track tick.value) {
          <line
            class="grid"
            [attr.x1]="l.left"
            [attr.x2]="l.right"
            [attr.y1]="tick.y"
            [attr.y2]="tick.y"
          />
          <text
            class="tick"
            text-anchor="end"
            dominant-baseline="middle"
            [attr.x]="l.left - 6"
            [attr.y]="tick.y"
          >
            {{ tick.value }}
          </text>
        }
        @for (bar of l.bars; track bar.from) {
          <rect
            class="bar"
            [class.below]="bar.belowMarker"
            [attr.x]="bar.x"
            [attr.y]="bar.y"
            [attr.width]="bar.width"
            [attr.height]="bar.height"
          />
          @if (bar.count > 0) {
            <text
              class="count"
              text-anchor="middle"
              [attr.x]="bar.x + bar.width / 2"
              [attr.y]="bar.y - 4"
            >
              {{ bar.count }}
            </text>
          }
        }
        <line
          class="axis"
          [attr.x1]="l.left"
          [attr.x2]="l.right"
          [attr.y1]="l.bottom"
          [attr.y2]="l.bottom"
        />
        @for (tick of l.xTicks; track tick.label) {
          <text
            class="tick"
            text-anchor="middle"
            [attr.x]="tick.x"
            [attr.y]="l.bottom + 16"
          >
            {{ tick.label }}
          </text>
        }
        @if (l.markerX !== null) {
          <line
            class="marker"
            [attr.x1]="l.markerX"
            [attr.x2]="l.markerX"
            [attr.y1]="l.top - 6"
            [attr.y2]="l.bottom"
          />
          <text
            class="marker-label"
            [attr.text-anchor]="l.markerX > l.width / 2 ? 'end' : 'start'"
            [attr.x]="l.markerX + (l.markerX > l.width / 2 ? -4 : 4)"
            [attr.y]="l.top - 8"
          >
            {{ markerLabel() }}
          </text>
        }
      </svg>
      <!-- A table ignores the 1 px width of the hidden class: the wrapper keeps it from widening the page. -->
      <div class="cdk-visually-hidden">
        <table data-testid="histogram-table">
          <caption>
            {{
              summary()
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ rangeHeader() }}</th>
              <th scope="col">{{ countHeader() }}</th>
            </tr>
          </thead>
          <tbody>
            @for (bar of l.bars; track bar.from) {
              <tr>
                <th scope="row">{{ bar.from }}–{{ bar.to }}%</th>
                <td>{{ bar.count }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </figure>
  `,
})
export class HistogramChart {
  /** Counts per equal bin over 0–100 %. */
  readonly bins = input.required<readonly number[]>();
  /** A percent to mark with a line (the pass mark), or null. */
  readonly marker = input<number | null>(null);
  /** What the chart shows, in one sentence: the image's accessible name and the table's caption. */
  readonly summary = input.required<string>();
  readonly markerLabel = input('');
  readonly rangeHeader = input.required<string>();
  readonly countHeader = input.required<string>();

  protected readonly layout = computed(() =>
    histogramLayout(this.bins(), this.marker()),
  );
}
