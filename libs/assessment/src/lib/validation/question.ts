import { QUESTION_TYPES, type PartQuestion, type Question, type QuestionType, type ScenarioPart } from '../model';
import { readMultipleChoice, readSingleChoice, readTrueFalse } from './choice';
import { readEssay } from './essay';
import { readFillBlank } from './fill-blank';
import { readNumerical } from './numerical';
import { readMatching, readOrdering } from './ordering-matching';
import { LIMITS, Reader, at, isObj, type Obj, type Problem } from './problems';

export type QuestionValidation = { ok: true; question: Question } | { ok: false; problems: Problem[] };

/**
 * Checks a question definition from any source (editor, importer, API) and returns a clean copy
 * with defaults filled in, or every problem found, each with a stable code and a trainer's message.
 */
export function validateQuestion(input: unknown): QuestionValidation {
  const r = new Reader();
  const question = readQuestion(r, input, '', true);
  return question && r.problems.length === 0 ? { ok: true, question } : { ok: false, problems: r.problems };
}

function readQuestion(r: Reader, input: unknown, path: string, topLevel: boolean): Question | undefined {
  if (!isObj(input)) {
    r.add(path, 'question.not_object', 'The question is malformed: expected an object with a type and a stem.');
    return undefined;
  }
  const type = input['type'];
  if (!QUESTION_TYPES.includes(type as QuestionType)) {
    r.add(at(path, 'type'), 'question.unknown_type', `Unknown question type "${String(type)}"; use one of: ${QUESTION_TYPES.join(', ')}.`);
    return undefined;
  }
  if (type === 'scenario' && !topLevel) {
    r.add(at(path, 'type'), 'scenario.nested', 'A scenario cannot contain another scenario; add its questions as parts instead.');
    return undefined;
  }
  // Sub-readers report paths relative to the question; prefix them when nested in a scenario.
  const inner = new Reader();
  const common = {
    stem: inner.text(input, 'stem', '', LIMITS.stem) ?? '',
    ...optionalText(inner, input, 'generalFeedback'),
  };
  const body = readBody(inner, input, type as QuestionType);
  for (const p of inner.problems) r.add(p.path === '' ? path : path === '' ? p.path : `${path}.${p.path}`, p.code, p.message);
  return body ? ({ ...body, ...common } as Question) : undefined;
}

function optionalText(r: Reader, raw: Obj, key: 'generalFeedback'): { generalFeedback?: string } {
  const value = r.text(raw, key, '', LIMITS.feedback, { optional: true });
  return value ? { [key]: value } : {};
}

// Distributes over the union, unlike a plain Omit.
type Body = Question extends infer Q ? (Q extends Question ? Omit<Q, 'stem' | 'generalFeedback'> : never) : never;

function readBody(r: Reader, raw: Obj, type: QuestionType): Body | undefined {
  switch (type) {
    case 'single_choice':
      return readSingleChoice(r, raw);
    case 'multiple_choice':
      return readMultipleChoice(r, raw);
    case 'true_false':
      return readTrueFalse(r, raw);
    case 'fill_blank':
      return readFillBlank(r, raw);
    case 'numerical':
      return readNumerical(r, raw);
    case 'ordering':
      return readOrdering(r, raw);
    case 'matching':
      return readMatching(r, raw);
    case 'essay':
      return readEssay(r, raw);
    case 'scenario':
      return readScenario(r, raw);
  }
}

function readScenario(r: Reader, raw: Obj): Body {
  const caseText = r.text(raw, 'caseText', '', LIMITS.caseText) ?? '';
  const entries = r.list(raw, 'parts', '', LIMITS.parts);
  if (entries.length === 0) r.add('parts', 'scenario.no_parts', 'A scenario needs at least one question about the case.');
  const ids = r.ids(entries, 'part');
  const parts = entries.map(({ item, path }, i): ScenarioPart => {
    const weight = r.number(item, 'weight', path) ?? 1;
    if (weight <= 0) r.add(at(path, 'weight'), 'scenario.weight', 'Each part must be worth more than 0 points.');
    const question = readQuestion(r, item['question'], at(path, 'question'), false);
    return { id: ids[i], weight, question: question as PartQuestion };
  });
  return { type: 'scenario', caseText, parts };
}
