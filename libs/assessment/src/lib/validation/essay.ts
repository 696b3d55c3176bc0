import type { EssayQuestion, RubricCriterion } from '../model';
import { LIMITS, at, type Obj, type Reader } from './problems';

export function readEssay(r: Reader, raw: Obj): Omit<EssayQuestion, 'stem' | 'generalFeedback'> {
  const question: Omit<EssayQuestion, 'stem' | 'generalFeedback'> = {
    type: 'essay',
    responseFormat: r.choice(raw, 'responseFormat', '', ['short', 'long'] as const) ?? 'long',
  };
  const minWords = r.number(raw, 'minWords', '', { optional: true, min: 0, integer: true });
  const maxWords = r.number(raw, 'maxWords', '', { optional: true, min: 1, integer: true });
  if (minWords !== undefined) question.minWords = minWords;
  if (maxWords !== undefined) question.maxWords = maxWords;
  if (minWords !== undefined && maxWords !== undefined && minWords > maxWords) {
    r.add('minWords', 'essay.word_limits', `The minimum word count (${minWords}) is above the maximum (${maxWords}).`);
  }
  const graderInfo = r.text(raw, 'graderInfo', '', LIMITS.feedback, { optional: true });
  if (graderInfo) question.graderInfo = graderInfo;
  const rubric = raw['rubric'];
  if (rubric !== undefined && rubric !== null) {
    if (typeof rubric !== 'object' || Array.isArray(rubric)) r.add('rubric', 'field.not_object', 'The rubric is malformed.');
    else {
      question.rubric = { criteria: readCriteria(r, rubric as Obj) };
      const best = question.rubric.criteria.reduce((sum, c) => sum + Math.max(0, ...c.levels.map((l) => l.points)), 0);
      if (question.rubric.criteria.length > 0 && best <= 0) r.add('rubric', 'essay.rubric_no_points', 'The rubric awards no points: give the best level of at least one criterion some points.');
    }
  }
  return question;
}

function readCriteria(r: Reader, rubric: Obj): RubricCriterion[] {
  const entries = r.list(rubric, 'criteria', 'rubric', LIMITS.listItems);
  if (entries.length === 0) r.add('rubric.criteria', 'essay.rubric_empty', 'A rubric needs at least one criterion.');
  const ids = r.ids(entries, 'criterion');
  return entries.map(({ item, path }, i) => {
    const description = r.text(item, 'description', path, LIMITS.text) ?? '';
    const levels = r.list(item, 'levels', path, LIMITS.listItems).map(({ item: level, path: levelPath }) => ({
      points: r.number(level, 'points', levelPath, { min: 0, code: 'essay.level_points' }) ?? 0,
      description: r.text(level, 'description', levelPath, LIMITS.text) ?? '',
    }));
    if (levels.length === 0) r.add(at(path, 'levels'), 'essay.criterion_without_levels', `Criterion "${description || ids[i]}" needs at least one level to choose from.`);
    return { id: ids[i], description, levels };
  });
}
