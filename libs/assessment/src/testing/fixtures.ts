import type { Question } from '../lib/model';
import { validateQuestion } from '../lib/validation/question';

/** Test helper: validates a definition and fails loudly, so fixtures stay valid questions. */
export function valid<Q extends Question = Question>(definition: unknown): Q {
  const result = validateQuestion(definition);
  if (!result.ok) throw new Error(`Invalid fixture: ${JSON.stringify(result.problems)}`);
  return result.question as Q;
}

export const samples = {
  single: {
    type: 'single_choice',
    stem: 'Which plan includes free trade-in?',
    options: [
      { id: 'a', text: 'Basic', fraction: 0, feedback: 'Basic has no trade-in.' },
      { id: 'b', text: 'Plus', fraction: 1, feedback: 'Right.' },
      { id: 'c', text: 'Plus (old)', fraction: 0.5 },
      { id: 'd', text: 'None', fraction: -0.5 },
    ],
  },
  multiple: (scoring: 'all_or_nothing' | 'partial' | 'weighted') => ({
    type: 'multiple_choice',
    stem: 'Which documents prove identity?',
    scoring,
    options: [
      { id: 'id', text: 'ID card', fraction: 0.5 },
      { id: 'pp', text: 'Passport', fraction: 0.5 },
      { id: 'bill', text: 'Phone bill', fraction: -1 },
      { id: 'card', text: 'Loyalty card', fraction: 0 },
    ],
  }),
  trueFalse: { type: 'true_false', stem: 'Refunds take 3 days.', correct: true, feedbackTrue: 'Yes.', feedbackFalse: 'It is 3 days.' },
  fillBlank: {
    type: 'fill_blank',
    stem: 'Complete the greeting.',
    text: 'Thank you for calling [[brand]], my name is [[name]].',
    blanks: [
      { id: 'brand', accepted: [{ value: 'Pathwise Mobile', kind: 'text' }, { value: 'Pathwise', kind: 'text', fraction: 0.5 }] },
      { id: 'name', accepted: [{ value: '[A-Z][a-z]+', kind: 'regex' }], caseSensitive: true },
    ],
  },
  numerical: {
    type: 'numerical',
    stem: 'Maximum parcel weight?',
    answers: [
      { value: 1000.5, tolerance: 0.5, fraction: 1, feedback: 'Correct.' },
      { value: 1000, tolerance: 10, fraction: 0.5 },
    ],
    units: [
      { unit: 'kg', multiplier: 1 },
      { unit: 'g', multiplier: 1000 },
    ],
    unitPolicy: 'required',
    unitPenalty: 0.2,
  },
  ordering: (scoring: 'all_or_nothing' | 'partial') => ({
    type: 'ordering',
    stem: 'Order the complaint steps.',
    scoring,
    items: ['listen', 'apologise', 'solve', 'confirm', 'close'].map((id) => ({ id, text: id })),
  }),
  matching: (scoring: 'all_or_nothing' | 'partial') => ({
    type: 'matching',
    stem: 'Match plan and price.',
    scoring,
    prompts: [
      { id: 'basic', text: 'Basic', choiceId: 'p10' },
      { id: 'plus', text: 'Plus', choiceId: 'p20' },
      { id: 'max', text: 'Max', choiceId: 'p30' },
      { id: 'family', text: 'Family', choiceId: 'p30' },
    ],
    choices: [
      { id: 'p10', text: '¥10' },
      { id: 'p20', text: '¥20' },
      { id: 'p30', text: '¥30' },
      { id: 'p99', text: '¥99' },
    ],
  }),
  essay: {
    type: 'essay',
    stem: 'Reply to the angry customer.',
    responseFormat: 'long',
    minWords: 5,
    graderInfo: 'Look for an apology.',
    rubric: {
      criteria: [
        { id: 'empathy', description: 'Shows empathy', levels: [{ points: 0, description: 'None' }, { points: 2, description: 'Some' }, { points: 4, description: 'Strong' }] },
        { id: 'fix', description: 'Offers a fix', levels: [{ points: 0, description: 'No' }, { points: 6, description: 'Yes' }] },
      ],
    },
  },
};

export function scenarioOf(parts: { id: string; weight: number; question: unknown }[]): unknown {
  return { type: 'scenario', stem: 'Read the case.', caseText: '<p>A customer wants to trade in a phone.</p>', parts };
}
