import type { NumericalAnswer, NumericalQuestion, NumericalUnit } from '../model';
import { LIMITS, type Obj, type Reader } from './problems';

export function readNumerical(r: Reader, raw: Obj): Omit<NumericalQuestion, 'stem' | 'generalFeedback'> {
  const entries = r.list(raw, 'answers', '', LIMITS.listItems);
  if (entries.length === 0) r.add('answers', 'numerical.no_answers', 'A numerical question needs at least one answer.');
  const answers = entries.map(({ item, path }): NumericalAnswer => {
    const answer: NumericalAnswer = {
      value: r.number(item, 'value', path) ?? 0,
      tolerance: r.number(item, 'tolerance', path, { min: 0, code: 'numerical.negative_tolerance' }) ?? 0,
      fraction: r.number(item, 'fraction', path, { min: 0, max: 1, code: 'numerical.fraction_range' }) ?? 0,
    };
    const feedback = r.text(item, 'feedback', path, LIMITS.feedback, { optional: true });
    if (feedback) answer.feedback = feedback;
    return answer;
  });
  if (answers.length > 0 && !answers.some((a) => a.fraction === 1)) {
    r.add('answers', 'numerical.no_full_credit', 'One answer must be worth full credit (100%), or nobody could get full marks.');
  }
  const units = readUnits(r, raw);
  const unitPolicy = r.choice(raw, 'unitPolicy', '', ['optional', 'required'] as const) ?? 'optional';
  if (unitPolicy === 'required' && units.length === 0) {
    r.add('unitPolicy', 'numerical.required_without_units', 'Units are required but none are defined; add the units learners may use.');
  }
  const unitPenalty = r.number(raw, 'unitPenalty', '', { optional: true, min: 0, max: 1, code: 'numerical.unit_penalty_range' }) ?? 0;
  return { type: 'numerical', answers, ...(units.length > 0 ? { units } : {}), unitPolicy, unitPenalty };
}

function readUnits(r: Reader, raw: Obj): NumericalUnit[] {
  const entries = r.list(raw, 'units', '', LIMITS.listItems);
  const seen = new Set<string>();
  const units = entries.map(({ item, path }): NumericalUnit => {
    const unit = (r.text(item, 'unit', path, LIMITS.unit) ?? '').normalize('NFKC').trim().replace(/\s+/gu, ' ');
    if (/^[\d.,+-]/u.test(unit)) r.add(`${path}.unit`, 'numerical.unit_invalid', `The unit "${unit}" cannot start with a digit, sign, comma or point.`);
    if (seen.has(unit)) r.add(`${path}.unit`, 'numerical.unit_duplicate', `The unit "${unit}" is listed twice.`);
    seen.add(unit);
    const multiplier = r.number(item, 'multiplier', path, { min: Number.MIN_VALUE, code: 'numerical.unit_multiplier' }) ?? 1;
    return { unit, multiplier };
  });
  if (units.length > 0 && units[0].multiplier !== 1) {
    r.add('units', 'numerical.no_base_unit', 'The first unit is the base unit the answers are given in, so its multiplier must be 1.');
  }
  return units;
}
