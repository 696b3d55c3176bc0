import type { ChoiceOption, MultipleChoiceQuestion, SingleChoiceQuestion, TrueFalseQuestion } from '../model';
import { LIMITS, type Obj, type Reader } from './problems';

const FULL = 1;

function options(r: Reader, raw: Obj): ChoiceOption[] {
  const entries = r.list(raw, 'options', '', LIMITS.listItems);
  if (entries.length < 2) r.add('options', 'choice.too_few_options', 'A choice question needs at least two options.');
  const ids = r.ids(entries, 'option');
  return entries.map(({ item, path }, i) => {
    const option: ChoiceOption = {
      id: ids[i],
      text: r.text(item, 'text', path, LIMITS.text) ?? '',
      fraction: r.number(item, 'fraction', path, { min: -1, max: 1, code: 'choice.fraction_range' }) ?? 0,
    };
    const feedback = r.text(item, 'feedback', path, LIMITS.feedback, { optional: true });
    if (feedback) option.feedback = feedback;
    return option;
  });
}

export function readSingleChoice(r: Reader, raw: Obj): Omit<SingleChoiceQuestion, 'stem' | 'generalFeedback'> {
  const list = options(r, raw);
  const full = list.filter((o) => o.fraction === FULL).length;
  if (list.length >= 2 && full !== 1) {
    r.add(
      'options',
      'single_choice.correct_count',
      full === 0
        ? 'A single-choice question needs one option worth full credit (100%); none is.'
        : `A single-choice question must have exactly one option worth full credit (100%); ${full} are. Use multiple choice if several answers are right.`,
    );
  }
  return { type: 'single_choice', options: list, shuffleOptions: r.boolean(raw, 'shuffleOptions', '') ?? true };
}

export function readMultipleChoice(r: Reader, raw: Obj): Omit<MultipleChoiceQuestion, 'stem' | 'generalFeedback'> {
  const list = options(r, raw);
  const scoring = r.choice(raw, 'scoring', '', ['all_or_nothing', 'partial', 'weighted'] as const) ?? 'all_or_nothing';
  const correct = list.filter((o) => o.fraction > 0);
  if (list.length >= 2 && correct.length === 0) {
    r.add('options', 'multiple_choice.no_correct', 'A multiple-choice question needs at least one correct option (an option with credit above 0%).');
  }
  const total = correct.reduce((sum, o) => sum + o.fraction, 0);
  if (scoring === 'weighted' && correct.length > 0 && Math.abs(total - 1) > 1e-6) {
    r.add(
      'options',
      'multiple_choice.weights_sum',
      `With weighted scoring the correct options' credits must add up to 100% so the full answer earns full marks; they add up to ${Math.round(total * 10_000) / 100}%.`,
    );
  }
  return { type: 'multiple_choice', options: list, scoring, shuffleOptions: r.boolean(raw, 'shuffleOptions', '') ?? true };
}

export function readTrueFalse(r: Reader, raw: Obj): Omit<TrueFalseQuestion, 'stem' | 'generalFeedback'> {
  const question: Omit<TrueFalseQuestion, 'stem' | 'generalFeedback'> = { type: 'true_false', correct: r.boolean(raw, 'correct', '', false) ?? false };
  for (const key of ['feedbackTrue', 'feedbackFalse'] as const) {
    const text = r.text(raw, key, '', LIMITS.feedback, { optional: true });
    if (text) question[key] = text;
  }
  return question;
}

