import type { LearnerQuestion, Question } from '../model';
import { samples, scenarioOf, valid } from '../../testing/fixtures';
import { learnerView } from './learner-view';

const FORBIDDEN_KEYS = ['fraction', 'correct', 'accepted', 'choiceId', 'feedback', 'feedbackTrue', 'feedbackFalse', 'generalFeedback', 'graderInfo', 'points', 'levels', 'answers', 'tolerance', 'multiplier'];

function keysIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysIn(v, found));
  else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value)) {
      found.add(key);
      keysIn(inner, found);
    }
  }
  return found;
}

const all: Question[] = [
  samples.single,
  samples.multiple('weighted'),
  { ...samples.trueFalse, generalFeedback: 'Refund policy 4.2' },
  samples.fillBlank,
  samples.numerical,
  samples.ordering('partial'),
  samples.matching('partial'),
  samples.essay,
].map((d) => valid(d));

describe('learnerView', () => {
  it.each(all.map((q) => [q.type, q]))('leaks no key for %s', (_type, q) => {
    const view: LearnerQuestion = JSON.parse(JSON.stringify(learnerView(q)));
    const keys = keysIn(view);
    expect(FORBIDDEN_KEYS.filter((k) => keys.has(k))).toEqual([]);
    expect(JSON.stringify(view)).not.toMatch(/Look for an apology|Pathwise Mobile|\[A-Z\]|Right\.|1000\.5/);
  });

  it('leaks no key inside a scenario', () => {
    const scenario = valid(scenarioOf(all.map((q, i) => ({ id: `p${i}`, weight: 1, question: q }))));
    const keys = keysIn(learnerView(scenario, 'seed'));
    expect(FORBIDDEN_KEYS.filter((k) => keys.has(k))).toEqual([]);
  });

  it('keeps choice options in the authored order without a seed', () => {
    const view = learnerView(all[0]);
    expect(view.type === 'single_choice' && view.options.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('never shows an ordering question already solved', () => {
    const ordering = valid(samples.ordering('partial'));
    const key = ['listen', 'apologise', 'solve', 'confirm', 'close'];
    for (const seed of [undefined, ...Array.from({ length: 50 }, (_, i) => `s${i}`)]) {
      const view = learnerView(ordering, seed);
      expect(view.type === 'ordering' && view.items.map((i) => i.id)).not.toEqual(key);
    }
    const two = valid({ ...samples.ordering('partial'), items: [{ id: 'a', text: 'A' }, { id: 'b', text: 'B' }] });
    const view = learnerView(two, 'x');
    expect(view.type === 'ordering' && view.items.map((i) => i.id)).toEqual(['b', 'a']);
  });

  it('keeps criteria descriptions and word limits for essays', () => {
    expect(learnerView(all[7])).toEqual({
      type: 'essay',
      stem: 'Reply to the angry customer.',
      responseFormat: 'long',
      minWords: 5,
      criteria: [
        { id: 'empathy', description: 'Shows empathy' },
        { id: 'fix', description: 'Offers a fix' },
      ],
    });
  });
});
