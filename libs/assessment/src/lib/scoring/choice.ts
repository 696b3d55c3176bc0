import type { MultipleChoiceQuestion, SingleChoiceQuestion, TrueFalseQuestion } from '../model';
import { field, graded, stringField, stringList, type Outcome } from './outcome';

export function scoreSingleChoice(q: SingleChoiceQuestion, answer: unknown): Outcome {
  const chosen = q.options.find((o) => o.id === stringField(answer, 'optionId'));
  // A penalty option cannot take the question below zero (scores stay within [0, max]).
  return graded(chosen?.fraction ?? 0, [chosen?.feedback]);
}

export function scoreMultipleChoice(q: MultipleChoiceQuestion, answer: unknown): Outcome {
  const ids = new Set(stringList(answer, 'optionIds'));
  const chosen = q.options.filter((o) => ids.has(o.id));
  const feedback = chosen.map((o) => o.feedback);
  const correct = q.options.filter((o) => o.fraction > 0);
  const correctChosen = chosen.filter((o) => o.fraction > 0).length;
  const wrongChosen = chosen.length - correctChosen;
  switch (q.scoring) {
    case 'all_or_nothing':
      return graded(correctChosen === correct.length && wrongChosen === 0 ? 1 : 0, feedback);
    case 'partial':
      return graded(correct.length === 0 ? 0 : (correctChosen - wrongChosen) / correct.length, feedback);
    case 'weighted':
      return graded(chosen.reduce((sum, o) => sum + o.fraction, 0), feedback);
  }
}

export function scoreTrueFalse(q: TrueFalseQuestion, answer: unknown): Outcome {
  const value = field(answer, 'value');
  if (typeof value !== 'boolean') return graded(0);
  return graded(value === q.correct ? 1 : 0, [value ? q.feedbackTrue : q.feedbackFalse]);
}
