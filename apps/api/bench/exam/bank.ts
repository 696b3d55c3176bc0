// The bench's question bank: auto-gradable questions of the seven auto-graded types, each with a
// right and a wrong answer of the right shape, found again in an attempt by the `BQ-nnn` token in
// its stem (the learner view carries no key).

export const QUESTION_TYPES = ['single_choice', 'multiple_choice', 'true_false', 'numerical', 'fill_blank', 'matching', 'ordering'] as const;
const DIMENSIONS = ['product-knowledge', 'communication', 'problem-solving', 'complaint-handling', 'compliance'];

export interface BenchQuestion {
  index: number;
  name: string;
  definition: Record<string, unknown>;
  difficulty: 1 | 2 | 3 | 4 | 5;
  dimensionCodes: string[];
  right: unknown;
  wrong: unknown;
}

export function benchQuestions(count: number): BenchQuestion[] {
  return Array.from({ length: count }, (_, index) => question(index));
}

/** The bank index of a question from its (learner view) stem. */
export function indexOfStem(stem: string): number {
  const match = /BQ-(\d+)/.exec(stem);
  if (!match) throw new Error(`Not a bench question: ${stem.slice(0, 80)}`);
  return Number(match[1]);
}

function question(index: number): BenchQuestion {
  const type = QUESTION_TYPES[index % QUESTION_TYPES.length];
  const stem = `BQ-${String(index).padStart(3, '0')} ${type.replace('_', ' ')}: which answer fits the customer?`;
  const base = { index, name: stem, difficulty: ((index % 5) + 1) as BenchQuestion['difficulty'], dimensionCodes: [DIMENSIONS[index % DIMENSIONS.length]] };
  switch (type) {
    case 'single_choice': {
      const correct = index % 4;
      const ids = ['o1', 'o2', 'o3', 'o4'];
      return {
        ...base,
        definition: { type, stem, options: ids.map((id, i) => ({ id, text: `Plan ${i + 1}`, fraction: i === correct ? 1 : 0, feedback: i === correct ? 'Right.' : 'Not this one.' })) },
        right: { optionId: ids[correct] },
        wrong: { optionId: ids[(correct + 1) % 4] },
      };
    }
    case 'multiple_choice':
      return {
        ...base,
        definition: {
          type,
          stem,
          scoring: 'partial',
          options: [
            { id: 'id', text: 'ID card', fraction: 0.5 },
            { id: 'pp', text: 'Passport', fraction: 0.5 },
            { id: 'bill', text: 'Phone bill', fraction: -1 },
            { id: 'card', text: 'Loyalty card', fraction: 0 },
          ],
        },
        right: { optionIds: ['id', 'pp'] },
        wrong: { optionIds: ['bill'] },
      };
    case 'true_false': {
      const correct = index % 2 === 0;
      return { ...base, definition: { type, stem, correct, feedbackTrue: 'Yes.', feedbackFalse: 'No.' }, right: { value: correct }, wrong: { value: !correct } };
    }
    case 'numerical':
      return {
        ...base,
        definition: {
          type,
          stem,
          answers: [{ value: 100 + index, tolerance: 0.5, fraction: 1, feedback: 'Correct.' }],
          units: [
            { unit: 'kg', multiplier: 1 },
            { unit: 'g', multiplier: 1000 },
          ],
          unitPolicy: 'required',
          unitPenalty: 0.2,
        },
        right: { value: `${100 + index} kg` },
        wrong: { value: `${index} kg` },
      };
    case 'fill_blank':
      return {
        ...base,
        definition: {
          type,
          stem,
          text: 'Thank you for calling [[brand]], my name is [[name]].',
          blanks: [
            { id: 'brand', accepted: [{ value: 'Pathwise Mobile', kind: 'text' }, { value: 'Pathwise', kind: 'text', fraction: 0.5 }] },
            { id: 'name', accepted: [{ value: '[A-Z][a-z]+', kind: 'regex' }], caseSensitive: true },
          ],
        },
        right: { blanks: { brand: 'Pathwise Mobile', name: 'Anna' } },
        wrong: { blanks: { brand: 'Acme', name: 'anna' } },
      };
    case 'matching':
      return {
        ...base,
        definition: {
          type,
          stem,
          scoring: 'partial',
          prompts: [
            { id: 'basic', text: 'Basic', choiceId: 'p10' },
            { id: 'plus', text: 'Plus', choiceId: 'p20' },
            { id: 'max', text: 'Max', choiceId: 'p30' },
          ],
          choices: [
            { id: 'p10', text: '¥10' },
            { id: 'p20', text: '¥20' },
            { id: 'p30', text: '¥30' },
            { id: 'p99', text: '¥99' },
          ],
        },
        right: { pairs: { basic: 'p10', plus: 'p20', max: 'p30' } },
        wrong: { pairs: { basic: 'p99', plus: 'p10' } },
      };
    case 'ordering': {
      const order = ['listen', 'apologise', 'solve', 'confirm', 'close'];
      return {
        ...base,
        definition: { type, stem, scoring: 'partial', items: order.map((id) => ({ id, text: `Step: ${id}` })) },
        right: { order },
        wrong: { order: [...order].reverse() },
      };
    }
  }
}

/** Small deterministic PRNG (mulberry32), so a run's answers and double saves are reproducible. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** JSON with sorted keys, to compare a stored answer with the one sent. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
