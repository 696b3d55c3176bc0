import { TestBed } from '@angular/core/testing';
import {
  RadarAxis,
  RadarChart,
  labelAnchor,
  polygonPoints,
  radarPoint,
  wrapLabel,
} from './radar-chart';

describe('radar chart geometry', () => {
  it('starts at the top and goes clockwise', () => {
    expect(radarPoint(0, 4, 100)).toEqual({ x: 0, y: -100 });
    expect(radarPoint(1, 4, 100)).toEqual({ x: 100, y: 0 });
    expect(radarPoint(2, 4, 50)).toEqual({ x: 0, y: 50 });
    expect(radarPoint(3, 4, 100)).toEqual({ x: -100, y: 0 });
  });

  it('keeps values inside 0–100', () => {
    expect(radarPoint(0, 3, 140)).toEqual(radarPoint(0, 3, 100));
    expect(radarPoint(0, 3, -5)).toEqual({ x: 0, y: 0 });
    expect(radarPoint(0, 3, Number.NaN)).toEqual({ x: 0, y: 0 });
  });

  it('draws a polygon through one value per axis', () => {
    expect(polygonPoints([100, 100, 50, 0])).toBe('0,-100 100,0 0,50 0,0');
  });

  it('anchors labels away from the centre', () => {
    expect(labelAnchor(0, 4)).toBe('middle');
    expect(labelAnchor(1, 4)).toBe('start');
    expect(labelAnchor(2, 4)).toBe('middle');
    expect(labelAnchor(3, 4)).toBe('end');
  });

  it('breaks a long label in two at the space nearest its middle', () => {
    expect(wrapLabel('Compliance')).toEqual(['Compliance']);
    expect(wrapLabel('Complaint handling')).toEqual(['Complaint', 'handling']);
    expect(wrapLabel('Emotion management and care')).toEqual([
      'Emotion management',
      'and care',
    ]);
    expect(wrapLabel('产品知识与服务流程规范要求说明')).toEqual([
      '产品知识与服务流程规范要求说明',
    ]);
  });
});

describe('RadarChart', () => {
  const axes: RadarAxis[] = [
    { label: 'Product knowledge', value: 80, threshold: 60 },
    { label: 'Communication', value: 45.25, threshold: 60 },
    { label: 'Compliance', value: 100, threshold: 70 },
  ];

  function render(data: RadarAxis[]) {
    const fixture = TestBed.createComponent(RadarChart);
    fixture.componentRef.setInput('axes', data);
    fixture.componentRef.setInput('title', 'Score by dimension');
    fixture.componentRef.setInput('valueLabel', 'Your score');
    fixture.componentRef.setInput('thresholdLabel', 'Pass mark');
    fixture.componentRef.setInput('axisLabel', 'Dimension');
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  it('is an image named by a summary of every figure', () => {
    const svg = render(axes).querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe(
      'Score by dimension: Product knowledge 80% (Pass mark 60%); Communication 45.3% (Pass mark 60%); Compliance 100% (Pass mark 70%)',
    );
  });

  it('lists the figures in a table for screen readers', () => {
    const rows = Array.from(render(axes).querySelectorAll('tbody tr')).map(
      (row) =>
        Array.from(row.querySelectorAll('th, td')).map((cell) =>
          cell.textContent?.trim(),
        ),
    );
    expect(rows).toEqual([
      ['Product knowledge', '80%', '60%'],
      ['Communication', '45.3%', '60%'],
      ['Compliance', '100%', '70%'],
    ]);
  });

  it('draws the pass mark as a dashed polygon only when there is one', () => {
    expect(render(axes).querySelector('polygon.threshold')).not.toBeNull();
    const withoutMark = render(
      axes.map(({ label, value }) => ({ label, value })),
    );
    expect(withoutMark.querySelector('polygon.threshold')).toBeNull();
    expect(withoutMark.querySelectorAll('thead th')).toHaveLength(2);
  });

  it('marks single thresholds when only some axes have one', () => {
    const element = render([
      axes[0],
      { label: 'Communication', value: 50 },
      axes[2],
    ]);
    expect(element.querySelector('polygon.threshold')).toBeNull();
    expect(element.querySelectorAll('circle.threshold-dot')).toHaveLength(2);
  });
});
