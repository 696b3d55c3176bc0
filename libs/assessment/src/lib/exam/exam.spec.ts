import fc from 'fast-check';
import { samples, valid } from '../../testing/fixtures';
import { summariseAttempt } from './attempt-result';
import { acceptsAnswersAt, attemptDeadline, startBlocker } from './attempt-rules';
import { finalGrade } from './grading-method';
import { AttemptItemScores, examStatistics } from './item-statistics';
import { optionDistribution } from './option-distribution';
import { reviewVisibility } from './review-policy';

const at = (iso: string) => new Date(iso);

describe('summariseAttempt', () => {
  const items = [
    { points: 2, maxPoints: 2, status: 'graded' as const, dimensions: ['product-knowledge'] },
    { points: 1, maxPoints: 4, status: 'graded' as const, dimensions: ['product-knowledge', 'complaint-handling'] },
    { points: 3, maxPoints: 4, status: 'graded' as const, dimensions: ['complaint-handling'] },
  ];

  it('totals points, percent and each dimension (a question counts towards each of its dimensions)', () => {
    const result = summariseAttempt(items, { passPercent: 60 });
    expect(result).toMatchObject({ status: 'graded', points: 6, maxPoints: 10, percent: 60, passed: true });
    expect(result.dimensions).toEqual([
      { code: 'complaint-handling', points: 4, maxPoints: 8, percent: 50, passPercent: null, passed: null },
      { code: 'product-knowledge', points: 3, maxPoints: 6, percent: 50, passPercent: null, passed: null },
    ]);
  });

  it('fails on a dimension below its mark even when the total passes', () => {
    const result = summariseAttempt(items, { passPercent: 60, dimensionPassPercent: { 'complaint-handling': 55 } });
    expect(result.passed).toBe(false);
    expect(result.dimensions.find((d) => d.code === 'complaint-handling')).toMatchObject({ passPercent: 55, passed: false });
  });

  it('leaves pass/fail unknown while an essay waits, and when the exam has no pass mark', () => {
    expect(summariseAttempt([...items, { points: 0, maxPoints: 5, status: 'pending', dimensions: [] }], { passPercent: 10 })).toMatchObject({ status: 'pending', passed: null });
    expect(summariseAttempt(items, { passPercent: null }).passed).toBeNull();
  });

  it('keeps percent within 0–100 for any scores', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(100), fc.nat(100)).map(([a, b]) => ({ points: Math.min(a, b), maxPoints: Math.max(a, b), status: 'graded' as const, dimensions: ['x'] }))), (graded) => {
        const result = summariseAttempt(graded, { passPercent: 50 });
        expect(result.percent).toBeGreaterThanOrEqual(0);
        expect(result.percent).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('finalGrade', () => {
  const attempts = [
    { percent: 70, passed: true, submittedAt: 2 },
    { percent: 40, passed: false, submittedAt: 1 },
    { percent: 55, passed: false, submittedAt: 3 },
  ];
  it.each([
    ['first', 40, false],
    ['last', 55, false],
    ['highest', 70, true],
    ['average', 55, false],
  ] as const)('%s', (method, percent, passed) => {
    expect(finalGrade(attempts, method, 60)).toEqual({ percent, passed, attemptsCounted: 3 });
  });
  it('has no grade without attempts', () => expect(finalGrade([], 'highest', 60)).toBeNull());
});

describe('attempt rules', () => {
  const base = { now: at('2026-11-22T10:00:00Z'), opensAt: at('2026-11-20T00:00:00Z'), closesAt: at('2026-11-30T00:00:00Z'), attemptsUsed: 1, maxAttempts: 3, lastSubmittedAt: null, cooldownSeconds: 0 };
  it('lets an agent start inside the window with attempts left', () => expect(startBlocker(base)).toBeNull());
  it('says why not', () => {
    expect(startBlocker({ ...base, opensAt: at('2026-11-23T00:00:00Z') })).toEqual({ reason: 'not_open', until: at('2026-11-23T00:00:00Z') });
    expect(startBlocker({ ...base, closesAt: at('2026-11-22T10:00:00Z') })).toEqual({ reason: 'closed' });
    expect(startBlocker({ ...base, attemptsUsed: 3 })).toEqual({ reason: 'no_attempts_left' });
    expect(startBlocker({ ...base, lastSubmittedAt: at('2026-11-22T09:30:00Z'), cooldownSeconds: 3600 })).toEqual({ reason: 'cooldown', until: at('2026-11-22T10:30:00Z') });
  });
  it('ends an attempt at its time limit or the close, whichever is first', () => {
    expect(attemptDeadline(at('2026-11-22T10:00:00Z'), 1800, null)).toEqual(at('2026-11-22T10:30:00Z'));
    expect(attemptDeadline(at('2026-11-22T10:00:00Z'), 1800, at('2026-11-22T10:10:00Z'))).toEqual(at('2026-11-22T10:10:00Z'));
    expect(attemptDeadline(at('2026-11-22T10:00:00Z'), null, null)).toBeNull();
  });
  it('accepts answers within the grace after the deadline only', () => {
    const deadline = at('2026-11-22T10:30:00Z');
    expect(acceptsAnswersAt(deadline, at('2026-11-22T10:30:04Z'), 5)).toBe(true);
    expect(acceptsAnswersAt(deadline, at('2026-11-22T10:30:06Z'), 5)).toBe(false);
    expect(acceptsAnswersAt(null, at('2030-01-01T00:00:00Z'), 0)).toBe(true);
  });
});

describe('reviewVisibility', () => {
  const policy = { when: 'after_close' as const, score: true, correctness: true, correctAnswers: false, feedback: true };
  it('shows nothing before the close date, then what the policy allows', () => {
    expect(reviewVisibility(policy, { now: at('2026-11-22T00:00:00Z'), closesAt: at('2026-11-30T00:00:00Z'), released: true }).score).toBe(false);
    expect(reviewVisibility(policy, { now: at('2026-12-01T00:00:00Z'), closesAt: at('2026-11-30T00:00:00Z'), released: true })).toEqual({ score: true, correctness: true, correctAnswers: false, feedback: true });
  });
  it('shows nothing of an unreleased attempt or with "never"', () => {
    expect(reviewVisibility({ ...policy, when: 'immediately' }, { now: at('2026-12-01T00:00:00Z'), closesAt: null, released: false }).score).toBe(false);
    expect(reviewVisibility({ ...policy, when: 'never' }, { now: at('2026-12-01T00:00:00Z'), closesAt: null, released: true }).feedback).toBe(false);
  });
});

describe('examStatistics', () => {
  // Four candidates, three right/wrong items forming a perfect Guttman pattern.
  const matrix = [
    [1, 1, 1],
    [1, 1, 0],
    [1, 0, 0],
    [0, 0, 0],
  ];
  const attempts = matrix.map((row, a) => ({ attemptId: `a${a}`, items: row.map((points, i) => ({ itemId: `q${i}`, points, maxPoints: 1 })) }));

  it('computes facility, corrected point-biserial and KR-20 as by hand', () => {
    const stats = examStatistics(attempts);
    expect(stats.reliability).toBeCloseTo(0.75, 4);
    const first = stats.items.find((item) => item.itemId === 'q0');
    expect(first?.facility).toBe(0.75);
    expect(first?.discrimination).toBeCloseTo(0.5222, 3);
  });

  it('flags an item the strong candidates get wrong, once there are enough attempts', () => {
    const rows = [
      [1, 1, 1, 0],
      [1, 1, 1, 0],
      [1, 1, 0, 1],
      [1, 0, 0, 1],
      [0, 0, 0, 1],
      [0, 0, 0, 1],
    ];
    const stats = examStatistics(rows.map((row, a) => ({ attemptId: `a${a}`, items: row.map((points, i) => ({ itemId: `q${i}`, points, maxPoints: 1 })) })));
    expect(stats.items.find((item) => item.itemId === 'q3')?.flags).toContain('negative_discrimination');
    expect(stats.items.find((item) => item.itemId === 'q0')?.flags).not.toContain('negative_discrimination');
    expect(examStatistics(attempts.slice(0, 3)).items.every((item) => item.flags.length === 0)).toBe(true);
  });

  it('gives the textbook two-pass figures from its running sums, for random draws of any size', () => {
    const scores = fc.array(
      fc.array(fc.record({ item: fc.integer({ min: 0, max: 7 }), points: fc.nat(4) }), { minLength: 1, maxLength: 6 }).map((row) => [...new Map(row.map((cell) => [cell.item, cell.points])).entries()]),
      { minLength: 0, maxLength: 25 },
    );
    fc.assert(
      fc.property(scores, (rows) => {
        const attempts = rows.map((row, a) => ({ attemptId: `a${a}`, items: row.map(([item, points]) => ({ itemId: `q${item}`, points, maxPoints: 4 })) }));
        const stats = examStatistics(attempts);
        const expected = twoPass(attempts);
        expect(stats.attempts).toBe(attempts.length);
        expect(stats.items.map((i) => i.itemId).sort()).toEqual([...expected.keys()].sort());
        for (const item of stats.items) {
          const reference = expected.get(item.itemId) as { attempts: number; facility: number; discrimination: number | null };
          expect(item.attempts).toBe(reference.attempts);
          expect(item.facility).toBeCloseTo(reference.facility, 4);
          if (reference.discrimination === null) expect(item.discrimination).toBeNull();
          else expect(item.discrimination).toBeCloseTo(reference.discrimination, 3);
        }
        const alpha = twoPassAlpha(attempts);
        if (alpha === null) expect(stats.reliability).toBeNull();
        else expect(stats.reliability).toBeCloseTo(alpha, 3);
      }),
    );
  });

  it('stays finite and in range for any score matrix', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(4), { minLength: 3, maxLength: 3 }), { minLength: 0, maxLength: 30 }), (rows) => {
        const stats = examStatistics(rows.map((row, a) => ({ attemptId: `a${a}`, items: row.map((points, i) => ({ itemId: `q${i}`, points, maxPoints: 4 })) })));
        for (const item of stats.items) {
          expect(item.facility).toBeGreaterThanOrEqual(0);
          expect(item.facility).toBeLessThanOrEqual(1);
          if (item.discrimination !== null) expect(Math.abs(item.discrimination)).toBeLessThanOrEqual(1.0001);
        }
        if (stats.reliability !== null) expect(Number.isFinite(stats.reliability)).toBe(true);
      }),
    );
  });
});

describe('optionDistribution', () => {
  it('counts each option chosen, ignoring malformed answers', () => {
    const q = valid(samples.single);
    expect(optionDistribution(q, [{ optionId: 'b' }, { optionId: 'b' }, { optionId: 'a' }, { optionId: 'zzz' }, null, 'x'])).toEqual({ a: 1, b: 2, c: 0, d: 0 });
  });
  it('has none for types without options', () => {
    expect(optionDistribution(valid({ type: 'essay', stem: 'Why?', responseFormat: 'long' }), [])).toBeNull();
  });
});

/** The textbook computation the running sums must match: every value held, means taken twice. */
function twoPass(attempts: AttemptItemScores[]): Map<string, { attempts: number; facility: number; discrimination: number | null }> {
  const rows = new Map<string, { fraction: number; rest: number }[]>();
  for (const attempt of attempts) {
    const points = attempt.items.reduce((sum, item) => sum + item.points, 0);
    const maxPoints = attempt.items.reduce((sum, item) => sum + item.maxPoints, 0);
    for (const item of attempt.items) {
      const restMax = maxPoints - item.maxPoints;
      rows.set(item.itemId, [...(rows.get(item.itemId) ?? []), { fraction: item.points / item.maxPoints, rest: restMax > 0 ? (points - item.points) / restMax : 0 }]);
    }
  }
  return new Map(
    [...rows.entries()].map(([id, values]) => [id, { attempts: values.length, facility: mean(values.map((v) => v.fraction)), discrimination: pearson(values.map((v) => v.fraction), values.map((v) => v.rest)) }]),
  );
}

function twoPassAlpha(attempts: AttemptItemScores[]): number | null {
  if (attempts.length < 2) return null;
  const common = attempts.map((a) => new Set(a.items.map((i) => i.itemId))).reduce((shared, ids) => new Set([...shared].filter((id) => ids.has(id))));
  const k = common.size;
  if (k < 2) return null;
  const matrix = attempts.map((a) => a.items.filter((i) => common.has(i.itemId)).sort((x, y) => x.itemId.localeCompare(y.itemId)).map((i) => i.points));
  const itemVariance = [...Array(k).keys()].reduce((sum, i) => sum + populationVariance(matrix.map((row) => row[i])), 0);
  const totalVariance = populationVariance(matrix.map((row) => row.reduce((sum, v) => sum + v, 0)));
  return totalVariance === 0 ? null : (k / (k - 1)) * (1 - itemVariance / totalVariance);
}

function mean(values: number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function populationVariance(values: number[]): number {
  const m = mean(values);
  return mean(values.map((v) => (v - m) ** 2));
}

function pearson(x: number[], y: number[]): number | null {
  const mx = mean(x);
  const my = mean(y);
  const vx = x.reduce((sum, v) => sum + (v - mx) ** 2, 0);
  const vy = y.reduce((sum, v) => sum + (v - my) ** 2, 0);
  if (vx === 0 || vy === 0) return null;
  return x.reduce((sum, v, i) => sum + (v - mx) * (y[i] - my), 0) / Math.sqrt(vx * vy);
}
