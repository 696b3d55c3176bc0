import {
  ChangeDetectionStrategy,
  Component,
  computed,
  input,
} from '@angular/core';

export interface RadarAxis {
  label: string;
  /** 0–100. */
  value: number;
  /** The mark to reach on this axis, 0–100, if any. */
  threshold?: number | null;
}

export interface Point {
  x: number;
  y: number;
}

const RADIUS = 100;
const RINGS = [25, 50, 75, 100];
const LABEL_GAP = 14;
const LABEL_LINE_CHARS = 14;

/** The point at `value` percent along axis `index` of `count`; the first axis points up, the rest go clockwise. */
export function radarPoint(
  index: number,
  count: number,
  value: number,
  radius = RADIUS,
): Point {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / Math.max(count, 1);
  const r = (radius * clampPercent(value)) / 100;
  return { x: round(Math.cos(angle) * r), y: round(Math.sin(angle) * r) };
}

/** SVG `points` for a polygon through one value per axis. */
export function polygonPoints(
  values: readonly number[],
  radius = RADIUS,
): string {
  return values
    .map((value, i) => radarPoint(i, values.length, value, radius))
    .map((p) => `${p.x},${p.y}`)
    .join(' ');
}

/** Labels left of the centre end at their anchor, right of it start there, top and bottom centre on it. */
export function labelAnchor(
  index: number,
  count: number,
): 'start' | 'middle' | 'end' {
  const { x } = radarPoint(index, count, 100, 1);
  if (Math.abs(x) < 0.3) return 'middle';
  return x > 0 ? 'start' : 'end';
}

/** At most two lines, broken at the space nearest the middle of a long label. */
export function wrapLabel(
  label: string,
  maxChars = LABEL_LINE_CHARS,
): string[] {
  if (label.length <= maxChars) return [label];
  const spaces = [...label.matchAll(/\s/g)].map((m) => m.index ?? 0);
  if (spaces.length === 0) return [label];
  const middle = label.length / 2;
  const at = spaces.reduce((best, i) =>
    Math.abs(i - middle) < Math.abs(best - middle) ? i : best,
  );
  return [label.slice(0, at), label.slice(at + 1)];
}

function clampPercent(value: number): number {
  return Number.isFinite(value) ? Math.min(100, Math.max(0, value)) : 0;
}

function round(n: number): number {
  return Math.round(n * 100) / 100 || 0;
}

/**
 * A radar (spider) chart of percentages, one axis per dimension, with an optional mark to reach
 * per axis. Screen readers get a summary as the image's name and every figure in a hidden table;
 * the score and the mark differ by line style as well as colour.
 */
@Component({
  selector: 'app-radar-chart',
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
      max-width: 480px;
      height: auto;
      margin: 0 auto;
      overflow: visible;
    }
    .ring,
    .spoke {
      fill: none;
      stroke: var(--mat-sys-outline-variant);
      stroke-width: 1;
    }
    .score {
      fill: color-mix(in srgb, var(--mat-sys-primary) 22%, transparent);
      stroke: var(--mat-sys-primary);
      stroke-width: 2.5;
    }
    .dot {
      fill: var(--mat-sys-primary);
    }
    .threshold {
      fill: none;
      stroke: var(--mat-sys-tertiary);
      stroke-width: 2;
      stroke-dasharray: 6 4;
    }
    .threshold-dot {
      fill: var(--mat-sys-surface);
      stroke: var(--mat-sys-tertiary);
      stroke-width: 2;
    }
    text {
      font: var(--mat-sys-label-medium);
      font-size: 11px;
      fill: var(--mat-sys-on-surface);
    }
    .value {
      font-weight: 700;
    }
    figcaption {
      display: flex;
      flex-wrap: wrap;
      justify-content: center;
      gap: 8px 20px;
      margin-top: 8px;
      font: var(--mat-sys-body-small);
    }
    .key {
      display: inline-flex;
      align-items: center;
      gap: 6px;
    }
    .swatch {
      width: 24px;
      border-top: 3px solid var(--mat-sys-primary);
    }
    .swatch.mark {
      border-top: 3px dashed var(--mat-sys-tertiary);
    }
  `,
  template: `
    <figure>
      <svg
        role="img"
        [attr.viewBox]="viewBox"
        [attr.aria-label]="summary()"
        focusable="false"
      >
        @for (ring of rings(); track ring.value) {
          <polygon class="ring" [attr.points]="ring.points" />
        }
        @for (axis of layout(); track $index) {
          <line
            class="spoke"
            x1="0"
            y1="0"
            [attr.x2]="axis.end.x"
            [attr.y2]="axis.end.y"
          />
        }
        @if (thresholdPolygon(); as points) {
          <polygon class="threshold" [attr.points]="points" />
        } @else {
          @for (axis of layout(); track $index) {
            @if (axis.threshold; as mark) {
              <circle
                class="threshold-dot"
                r="4"
                [attr.cx]="mark.x"
                [attr.cy]="mark.y"
              />
            }
          }
        }
        <polygon class="score" [attr.points]="scorePolygon()" />
        @for (axis of layout(); track $index) {
          <circle
            class="dot"
            r="3.5"
            [attr.cx]="axis.point.x"
            [attr.cy]="axis.point.y"
          />
          <text
            [attr.x]="axis.label.x"
            [attr.y]="axis.label.y"
            [attr.text-anchor]="axis.anchor"
          >
            @for (line of axis.lines; track $index; let first = $first) {
              <tspan
                [attr.x]="axis.label.x"
                [attr.dy]="first ? axis.firstDy : '1.2em'"
              >
                {{ line }}
              </tspan>
            }
            <tspan class="value" [attr.x]="axis.label.x" dy="1.2em">
              {{ axis.value }}%
            </tspan>
          </text>
        }
      </svg>
      <figcaption aria-hidden="true">
        <span class="key"><span class="swatch"></span>{{ valueLabel() }}</span>
        @if (hasThreshold()) {
          <span class="key"
            ><span class="swatch mark"></span>{{ thresholdLabel() }}</span
          >
        }
      </figcaption>
      <table class="cdk-visually-hidden">
        <caption>
          {{
            title()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">{{ axisLabel() }}</th>
            <th scope="col">{{ valueLabel() }}</th>
            @if (hasThreshold()) {
              <th scope="col">{{ thresholdLabel() }}</th>
            }
          </tr>
        </thead>
        <tbody>
          @for (axis of axes(); track $index) {
            <tr>
              <th scope="row">{{ axis.label }}</th>
              <td>{{ rounded(axis.value) }}%</td>
              @if (hasThreshold()) {
                <td>
                  {{
                    axis.threshold === null || axis.threshold === undefined
                      ? '—'
                      : axis.threshold + '%'
                  }}
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </figure>
  `,
})
export class RadarChart {
  readonly axes = input.required<readonly RadarAxis[]>();
  /** What the chart shows, e.g. "Score by capability dimension": its caption and the start of its summary. */
  readonly title = input.required<string>();
  readonly valueLabel = input.required<string>();
  readonly thresholdLabel = input('');
  /** Header of the axis column in the figures table. */
  readonly axisLabel = input.required<string>();

  protected readonly viewBox = '-215 -160 430 320';

  protected readonly hasThreshold = computed(() =>
    this.axes().some((a) => a.threshold !== null && a.threshold !== undefined),
  );

  protected readonly rings = computed(() => {
    const count = this.axes().length;
    return RINGS.map((value) => ({
      value,
      points: polygonPoints(Array.from({ length: count }, () => value)),
    }));
  });

  protected readonly scorePolygon = computed(() =>
    polygonPoints(this.axes().map((a) => a.value)),
  );

  protected readonly thresholdPolygon = computed(() => {
    const axes = this.axes();
    const all = axes.every(
      (a) => a.threshold !== null && a.threshold !== undefined,
    );
    return all && axes.length > 0
      ? polygonPoints(axes.map((a) => a.threshold ?? 0))
      : null;
  });

  protected readonly layout = computed(() => {
    const axes = this.axes();
    const count = axes.length;
    return axes.map((axis, i) => {
      const lines = wrapLabel(axis.label);
      const label = radarPoint(i, count, 100, RADIUS + LABEL_GAP);
      // Labels above the chart grow upwards, the rest downwards from their anchor.
      const above = label.y < -RADIUS / 2;
      const side = !above && label.y <= RADIUS / 2;
      const lineCount = lines.length + 1;
      const firstDy = above
        ? `${-(lineCount - 1) * 1.2}em`
        : side
          ? `${-(lineCount - 1) * 0.6 + 0.35}em`
          : '0.9em';
      return {
        point: radarPoint(i, count, axis.value),
        end: radarPoint(i, count, 100),
        threshold:
          axis.threshold === null || axis.threshold === undefined
            ? null
            : radarPoint(i, count, axis.threshold),
        label,
        anchor: labelAnchor(i, count),
        lines,
        firstDy,
        value: this.rounded(axis.value),
      };
    });
  });

  protected readonly summary = computed(() => {
    const parts = this.axes().map((axis) => {
      const mark =
        axis.threshold === null || axis.threshold === undefined
          ? ''
          : ` (${this.thresholdLabel()} ${axis.threshold}%)`;
      return `${axis.label} ${this.rounded(axis.value)}%${mark}`;
    });
    return `${this.title()}: ${parts.join('; ')}`;
  });

  protected rounded(value: number): number {
    return Math.round(value * 10) / 10;
  }
}
