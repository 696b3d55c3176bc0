import type { Question } from '../model';

/** How often each option was chosen (choice and true/false questions), for spotting a distractor that attracts the strong candidates. */
export function optionDistribution(question: Question, answers: readonly unknown[]): Record<string, number> | null {
  const counts: Record<string, number> = {};
  if (question.type === 'single_choice' || question.type === 'multiple_choice') {
    for (const option of question.options) counts[option.id] = 0;
  } else if (question.type === 'true_false') {
    counts['true'] = 0;
    counts['false'] = 0;
  } else {
    return null;
  }
  for (const answer of answers) {
    for (const id of chosen(answer)) if (id in counts) counts[id]++;
  }
  return counts;
}

function chosen(answer: unknown): string[] {
  if (typeof answer !== 'object' || answer === null) return [];
  const record = answer as Record<string, unknown>;
  if (typeof record['optionId'] === 'string') return [record['optionId']];
  if (Array.isArray(record['optionIds'])) return [...new Set(record['optionIds'].filter((id): id is string => typeof id === 'string'))];
  if (typeof record['value'] === 'boolean') return [String(record['value'])];
  return [];
}
