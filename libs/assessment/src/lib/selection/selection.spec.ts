import { samples, valid } from '../../testing/fixtures';
import { drawQuestions } from './draw';
import { createRandom } from './prng';
import { shuffle } from './shuffle';
import { shuffleOptions } from './shuffle-options';

const pool = Array.from({ length: 10 }, (_, i) => ({ id: `q${i}`, difficulty: (i % 5) + 1 }));
const seeds = Array.from({ length: 200 }, (_, i) => `attempt-${i}`);

describe('seeded randomness', () => {
  it('repeats for the same seed and differs between seeds', () => {
    const a = createRandom('exam-1');
    const b = createRandom('exam-1');
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(createRandom('exam-2')()).not.toBe(first[0]);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it('shuffles a copy into a permutation', () => {
    const items = [1, 2, 3, 4, 5, 6];
    const shuffled = shuffle(items, 's');
    expect([...shuffled].sort()).toEqual(items);
    expect(items).toEqual([1, 2, 3, 4, 5, 6]);
    expect(shuffle(items, 's')).toEqual(shuffled);
  });
});

describe('drawQuestions', () => {
  it('gives the same exam for the same seed', () => {
    expect(drawQuestions(pool, { count: 4 }, 'x')).toEqual(drawQuestions(pool, { count: 4 }, 'x'));
  });

  it('applies the filter and reports a shortfall', () => {
    const result = drawQuestions(pool, { count: 5, filter: (q) => q.difficulty >= 4 }, 'x');
    expect(result.questions.every((q) => q.difficulty >= 4)).toBe(true);
    expect(result.questions).toHaveLength(4);
    expect(result.shortfall).toBe(1);
  });

  it('prefers questions the agent has not seen and reuses them only when needed', () => {
    const avoidIds = new Set(['q0', 'q1', 'q2', 'q3', 'q4', 'q5', 'q6']);
    for (const seed of seeds.slice(0, 20)) {
      const three = drawQuestions(pool, { count: 3 }, seed, { avoidIds });
      expect(three.questions.map((q) => q.id).sort()).toEqual(['q7', 'q8', 'q9']);
      expect(three.repeated).toBe(0);
      const five = drawQuestions(pool, { count: 5 }, seed, { avoidIds });
      expect(five.questions.filter((q) => !avoidIds.has(q.id))).toHaveLength(3);
      expect(five).toMatchObject({ repeated: 2, shortfall: 0 });
    }
  });

  it('never draws a question twice, even if the pool lists it twice', () => {
    const result = drawQuestions([...pool, pool[0]], { count: 11 }, 'dup');
    expect(new Set(result.questions.map((q) => q.id)).size).toBe(10);
    expect(result.shortfall).toBe(1);
  });

  it('spreads the pool across seeds', () => {
    const counts = new Map<string, number>();
    for (const seed of seeds) for (const q of drawQuestions(pool, { count: 3 }, seed).questions) counts.set(q.id, (counts.get(q.id) ?? 0) + 1);
    const expected = (200 * 3) / pool.length;
    for (const q of pool) {
      expect(counts.get(q.id) ?? 0).toBeGreaterThan(0);
      expect(counts.get(q.id) ?? 0).toBeLessThanOrEqual(2 * expected);
    }
  });

  it('spreads question positions and option orders too', () => {
    const firsts = new Set(seeds.map((s) => drawQuestions(pool, { count: 10 }, s).questions[0].id));
    expect(firsts.size).toBe(10);
    const single = valid(samples.single);
    const orders = new Set(seeds.map((s) => shuffleOptions(single, s).join()));
    expect(orders.size).toBeGreaterThan(15);
  });
});

describe('shuffleOptions', () => {
  it('respects shuffleOptions: false and is stable per seed', () => {
    const fixed = valid({ ...samples.single, shuffleOptions: false });
    expect(seeds.slice(0, 20).every((s) => shuffleOptions(fixed, s).join() === 'a,b,c,d')).toBe(true);
    const single = valid(samples.single);
    expect(shuffleOptions(single, 'k')).toEqual(shuffleOptions(single, 'k'));
    expect([...shuffleOptions(single, 'k')].sort()).toEqual(['a', 'b', 'c', 'd']);
  });
  it('orders matching choices and has nothing to order for other types', () => {
    expect(shuffleOptions(valid(samples.matching('partial')), 'k')).toHaveLength(4);
    expect(shuffleOptions(valid(samples.trueFalse), 'k')).toEqual([]);
  });
});
