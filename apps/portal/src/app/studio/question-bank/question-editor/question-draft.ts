import {
  PLACEHOLDER_PATTERN,
  Problem,
  QUESTION_TYPES,
  type Blank,
  type PartQuestion,
  type Question,
  type QuestionType,
} from '@pathwise/assessment';
import {
  BloomLevel,
  Difficulty,
  QuestionDetail,
  QuestionInput,
  QuestionStatus,
} from '@pathwise/contracts';

/** The classification and bookkeeping fields the editor shows beside the definition. */
export interface QuestionMetaDraft {
  name: string;
  categoryId: string;
  status: QuestionStatus;
  difficulty: Difficulty | null;
  bloom: BloomLevel | null;
  tags: string[];
  dimensionCodes: string[];
  /** Null while the field is empty. */
  defaultPoints: number | null;
  idNumber: string;
  changeNote: string;
}

export interface QuestionDraft {
  meta: QuestionMetaDraft;
  definition: Question;
}

export type PartQuestionType = Exclude<QuestionType, 'scenario'>;
export const PART_QUESTION_TYPES = QUESTION_TYPES.filter(
  (t): t is PartQuestionType => t !== 'scenario',
);

export function isQuestionType(value: unknown): value is QuestionType {
  return (QUESTION_TYPES as readonly unknown[]).includes(value);
}

/** A short id not used yet: `o1`, `o2`, … */
export function nextId(prefix: string, used: Iterable<string>): string {
  const taken = new Set(used);
  for (let n = 1; ; n++) {
    const id = `${prefix}${n}`;
    if (!taken.has(id)) return id;
  }
}

/** A starting point a trainer fills in: the structure is there, the words are not. */
export function starterPart(type: PartQuestionType): PartQuestion {
  switch (type) {
    case 'single_choice':
      return {
        type,
        stem: '',
        shuffleOptions: true,
        options: [
          { id: 'o1', text: '', fraction: 1 },
          { id: 'o2', text: '', fraction: 0 },
          { id: 'o3', text: '', fraction: 0 },
        ],
      };
    case 'multiple_choice':
      return {
        type,
        stem: '',
        scoring: 'partial',
        shuffleOptions: true,
        options: [
          { id: 'o1', text: '', fraction: 0.5 },
          { id: 'o2', text: '', fraction: 0.5 },
          { id: 'o3', text: '', fraction: 0 },
        ],
      };
    case 'true_false':
      return { type, stem: '', correct: true };
    case 'fill_blank':
      return {
        type,
        stem: '',
        text: '[[b1]]',
        blanks: [{ id: 'b1', accepted: [emptyAccepted()] }],
      };
    case 'numerical':
      return {
        type,
        stem: '',
        answers: [{ value: 0, tolerance: 0, fraction: 1 }],
        unitPolicy: 'optional',
        unitPenalty: 0,
      };
    case 'ordering':
      return {
        type,
        stem: '',
        scoring: 'partial',
        items: [
          { id: 'i1', text: '' },
          { id: 'i2', text: '' },
          { id: 'i3', text: '' },
        ],
      };
    case 'matching':
      return {
        type,
        stem: '',
        scoring: 'partial',
        prompts: [
          { id: 'p1', text: '', choiceId: 'c1' },
          { id: 'p2', text: '', choiceId: 'c2' },
        ],
        choices: [
          { id: 'c1', text: '' },
          { id: 'c2', text: '' },
          { id: 'c3', text: '' },
        ],
      };
    case 'essay':
      return { type, stem: '', responseFormat: 'long' };
  }
}

export function starterQuestion(type: QuestionType): Question {
  if (type !== 'scenario') return starterPart(type);
  return {
    type,
    stem: '',
    caseText: '',
    parts: [{ id: 'part1', weight: 1, question: starterPart('single_choice') }],
  };
}

/**
 * Another type for the same question: the stem and general feedback stay, and so do the options
 * when moving between single and multiple choice.
 */
export function changeType(
  question: PartQuestion,
  type: PartQuestionType,
): PartQuestion;
export function changeType(question: Question, type: QuestionType): Question;
export function changeType(question: Question, type: QuestionType): Question {
  const next = starterQuestion(type);
  next.stem = question.stem;
  if (question.generalFeedback) next.generalFeedback = question.generalFeedback;
  if (question.type === 'single_choice' && next.type === 'multiple_choice') {
    next.options = question.options.map((o) => ({ ...o }));
  }
  if (question.type === 'multiple_choice' && next.type === 'single_choice') {
    const best = Math.max(...question.options.map((o) => o.fraction));
    let marked = false;
    next.options = question.options.map((o) => {
      const full = !marked && o.fraction === best && best > 0;
      if (full) marked = true;
      return { ...o, fraction: full ? 1 : 0 };
    });
  }
  return next;
}

export function emptyAccepted(): Blank['accepted'][number] {
  return { value: '', kind: 'text', fraction: 1 };
}

/** Adds a blank for each placeholder the text gained; blanks are never removed behind the trainer's back. */
export function syncBlanks(text: string, blanks: readonly Blank[]): Blank[] {
  const known = new Set(blanks.map((b) => b.id));
  const added: Blank[] = [];
  for (const match of text.matchAll(PLACEHOLDER_PATTERN)) {
    const id = match[1];
    if (/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/.test(id) && !known.has(id)) {
      known.add(id);
      added.push({ id, accepted: [emptyAccepted()] });
    }
  }
  return added.length > 0 ? [...blanks, ...added] : [...blanks];
}

/** Credit as the editor shows it: 1 → 100, 0.3333333 → 33.33333 (Moodle's precision). */
export function toPercent(fraction: number): number | null {
  return Number.isFinite(fraction) ? Math.round(fraction * 1e7) / 1e5 : null;
}

/** Back from the editor's percent; an empty field stays "no number" so validation names it. */
export function fromPercent(percent: number | null | undefined): number {
  return typeof percent === 'number' && Number.isFinite(percent)
    ? Math.round(percent * 1e5) / 1e7
    : Number.NaN;
}

/** Tags as typed: trimmed, without empties and without case-insensitive repeats. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().replace(/\s+/g, ' ');
    const key = tag.toLocaleLowerCase();
    if (tag && !seen.has(key)) {
      seen.add(key);
      out.push(tag);
    }
  }
  return out;
}

/** Splits what a trainer types or pastes into the tag field: commas (either width) and semicolons. */
export function splitTagInput(text: string): string[] {
  return normaliseTags(text.split(/[,，;；、]/));
}

export function newDraft(
  type: QuestionType,
  categoryId: string,
): QuestionDraft {
  return {
    meta: {
      name: '',
      categoryId,
      status: 'draft',
      difficulty: null,
      bloom: null,
      tags: [],
      dimensionCodes: [],
      defaultPoints: 1,
      idNumber: '',
      changeNote: '',
    },
    definition: starterQuestion(type),
  };
}

export function draftFromDetail(detail: QuestionDetail): QuestionDraft {
  return {
    meta: {
      name: detail.name,
      categoryId: detail.categoryId,
      status: detail.status,
      difficulty: detail.difficulty,
      bloom: detail.bloom,
      tags: [...detail.tags],
      dimensionCodes: [...detail.dimensionCodes],
      defaultPoints: detail.defaultPoints,
      idNumber: detail.idNumber ?? '',
      // A note explains one change; each edit starts with an empty one.
      changeNote: '',
    },
    // A deep copy: the editor never changes the loaded question (definitions are plain JSON).
    definition: JSON.parse(JSON.stringify(detail.definition)) as Question,
  };
}

/** What the API receives; `definition` is the validator's clean copy, not the raw draft. */
export function toQuestionInput(
  meta: QuestionMetaDraft,
  definition: Question,
  baseVersion?: number,
): QuestionInput {
  const input: QuestionInput = {
    categoryId: meta.categoryId,
    name: meta.name.trim(),
    definition,
    defaultPoints: meta.defaultPoints ?? 1,
    difficulty: meta.difficulty,
    bloom: meta.bloom,
    status: meta.status,
    tags: normaliseTags(meta.tags),
    dimensionCodes: [...meta.dimensionCodes],
    idNumber: meta.idNumber.trim() || null,
    changeNote: meta.changeNote.trim() || null,
  };
  if (baseVersion !== undefined) input.baseVersion = baseVersion;
  return input;
}

/** The metadata problems the validator cannot see, in the same shape so one list shows all. */
export function metaProblems(meta: QuestionMetaDraft): Problem[] {
  const problems: Problem[] = [];
  if (!meta.name.trim())
    problems.push({
      path: 'meta.name',
      code: 'meta.name_required',
      message: 'Give the question a name.',
    });
  else if (meta.name.trim().length > 200)
    problems.push({
      path: 'meta.name',
      code: 'meta.name_too_long',
      message: 'The name may have at most 200 characters.',
    });
  if (!meta.categoryId)
    problems.push({
      path: 'meta.categoryId',
      code: 'meta.category_required',
      message: 'Choose a category.',
    });
  const points = meta.defaultPoints;
  if (points === null || !Number.isFinite(points) || points <= 0)
    problems.push({
      path: 'meta.defaultPoints',
      code: 'meta.points_positive',
      message: 'Default points must be a number above 0.',
    });
  return problems;
}

/**
 * The API's field errors as editor problems: `definition.options[0].text` → `options[0].text`,
 * other fields under `meta.`.
 */
export function problemsFromFieldErrors(
  fieldErrors: readonly { field: string; code?: string; message: string }[],
): Problem[] {
  return fieldErrors.map((e) => ({
    path: e.field.startsWith('definition')
      ? e.field.replace(/^definition\.?/, '')
      : `meta.${e.field}`,
    code: e.code ?? 'server',
    message: e.message,
  }));
}
