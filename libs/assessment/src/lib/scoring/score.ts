import type { Answer, PartQuestion, PartScore, Question, ScenarioQuestion, ScoreResult } from '../model';
import { scoreMultipleChoice, scoreSingleChoice, scoreTrueFalse } from './choice';
import { rubricMaxPoints, scoreEssay } from './essay';
import { scoreFillBlank } from './fill-blank';
import { scoreMatching } from './matching';
import { scoreNumerical } from './numerical';
import { compact, field, round4, type Outcome } from './outcome';
import { scoreOrdering } from './ordering';

/**
 * The most a question can earn. `points` is what the exam gives the question, except where the
 * question fixes its own total: an essay with a rubric (the best level of each criterion) and a
 * scenario (the sum of its parts' weights).
 */
export function maxPointsFor(q: Question, points: number): number {
  if (q.type === 'scenario') return round4(q.parts.reduce((sum, p) => sum + p.weight, 0));
  if (q.type === 'essay') return round4(rubricMaxPoints(q) ?? points);
  return round4(points);
}

/** Scores a learner's answer. Never throws: a missing or malformed answer scores 0. */
export function scoreAnswer(q: Question, answer: Answer | undefined, points: number): ScoreResult {
  if (q.type === 'scenario') return scoreScenario(q, answer);
  const outcome = outcomeOf(q, answer);
  const maxPoints = maxPointsFor(q, Number.isFinite(points) && points > 0 ? points : 0);
  const totalWeight = outcome.parts.reduce((sum, p) => sum + p.weight, 0);
  const parts = outcome.parts.map((p): PartScore => {
    const partMax = totalWeight > 0 ? (maxPoints * p.weight) / totalWeight : 0;
    return { id: p.id, points: round4(partMax * p.fraction), maxPoints: round4(partMax), status: p.status, ...(p.feedback ? { feedback: p.feedback } : {}) };
  });
  return {
    status: outcome.status,
    points: round4(maxPoints * outcome.fraction),
    maxPoints,
    fraction: round4(outcome.fraction),
    parts,
    feedback: compact([...outcome.feedback, q.generalFeedback]),
  };
}

function outcomeOf(q: PartQuestion, answer: unknown): Outcome {
  switch (q.type) {
    case 'single_choice':
      return scoreSingleChoice(q, answer);
    case 'multiple_choice':
      return scoreMultipleChoice(q, answer);
    case 'true_false':
      return scoreTrueFalse(q, answer);
    case 'fill_blank':
      return scoreFillBlank(q, answer);
    case 'numerical':
      return scoreNumerical(q, answer);
    case 'ordering':
      return scoreOrdering(q, answer);
    case 'matching':
      return scoreMatching(q, answer);
    case 'essay':
      return scoreEssay(q, answer);
  }
}

/** Each part earns its share of its weight; the scenario waits while any part waits. */
function scoreScenario(q: ScenarioQuestion, answer: unknown): ScoreResult {
  const answers = field(answer, 'parts');
  let earned = 0;
  const parts = q.parts.map((part): PartScore => {
    const outcome = outcomeOf(part.question, field(answers, part.id));
    earned += outcome.fraction * part.weight;
    const feedback = compact([...outcome.feedback, part.question.generalFeedback]).join('\n');
    return {
      id: part.id,
      points: round4(outcome.fraction * part.weight),
      maxPoints: round4(part.weight),
      status: outcome.status,
      ...(feedback ? { feedback } : {}),
    };
  });
  const maxPoints = maxPointsFor(q, 0);
  const points = Math.min(maxPoints, round4(earned));
  return {
    status: parts.some((p) => p.status === 'pending') ? 'pending' : 'graded',
    points,
    maxPoints,
    fraction: maxPoints > 0 ? round4(points / maxPoints) : 0,
    parts,
    feedback: compact([q.generalFeedback]),
  };
}
