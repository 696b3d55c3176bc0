import {
  GradingMethod,
  QuestionType,
  ReviewPolicy,
} from '@pathwise/assessment';
import {
  Difficulty,
  DrawExamItem,
  ExamAudience,
  ExamDetail,
  ExamInput,
  ExamItem,
  ExamPurpose,
  QuestionSummary,
} from '@pathwise/contracts';
import { isoToLocalInput, localInputToIso } from '../local-date-time';

export interface DimensionPassMarkDraft {
  key: string;
  code: string;
  percent: number | null;
}

/** The settings as the form edits them: empty number fields are null, dates are local input values. */
export interface ExamSettingsDraft {
  title: string;
  description: string;
  purpose: ExamPurpose;
  timeLimitMinutes: number | null;
  opensAt: string;
  closesAt: string;
  maxAttempts: number | null;
  cooldownMinutes: number | null;
  passPercent: number | null;
  dimensionPassMarks: DimensionPassMarkDraft[];
  gradingMethod: GradingMethod;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  layout: 'one_per_page' | 'all_on_one_page';
  navigation: 'free' | 'sequential';
  review: ReviewPolicy;
}

export interface FixedItemDraft {
  kind: 'fixed';
  key: string;
  questionId: string;
  points: number | null;
}

export interface DrawItemDraft {
  kind: 'draw';
  key: string;
  bankId: string;
  categoryId: string | null;
  includeSubcategories: boolean;
  dimension: string | null;
  minDifficulty: Difficulty | null;
  maxDifficulty: Difficulty | null;
  types: QuestionType[];
  tags: string[];
  count: number | null;
  points: number | null;
}

export type ItemDraft = FixedItemDraft | DrawItemDraft;

export interface SectionDraft {
  key: string;
  title: string;
  items: ItemDraft[];
}

export interface ExamDraft {
  settings: ExamSettingsDraft;
  sections: SectionDraft[];
  audience: ExamAudience;
}

/** What the builder shows of a fixed question; null when it no longer exists. */
export type QuestionInfo = Pick<
  QuestionSummary,
  'id' | 'name' | 'type' | 'status' | 'defaultPoints'
>;

let lastKey = 0;

/** A stable identity for list entries, so moving one keeps its inputs (and focus) intact. */
export function newKey(): string {
  lastKey += 1;
  return `k${lastKey}`;
}

export function newSection(title = ''): SectionDraft {
  return { key: newKey(), title, items: [] };
}

export function newDrawItem(bankId: string): DrawItemDraft {
  return {
    kind: 'draw',
    key: newKey(),
    bankId,
    categoryId: null,
    includeSubcategories: true,
    dimension: null,
    minDifficulty: null,
    maxDifficulty: null,
    types: [],
    tags: [],
    count: 5,
    points: 1,
  };
}

export function newFixedItem(
  questionId: string,
  points: number,
): FixedItemDraft {
  return { kind: 'fixed', key: newKey(), questionId, points };
}

/**
 * What a trainer at a contact centre sets up most: a timed certification with a pass mark, where
 * agents see their score and which answers were wrong, but not the key.
 */
export function newExamDraft(): ExamDraft {
  return {
    settings: {
      title: '',
      description: '',
      purpose: 'certification',
      timeLimitMinutes: 30,
      opensAt: '',
      closesAt: '',
      maxAttempts: null,
      cooldownMinutes: 0,
      passPercent: 80,
      dimensionPassMarks: [],
      gradingMethod: 'highest',
      shuffleQuestions: true,
      shuffleOptions: true,
      layout: 'one_per_page',
      navigation: 'free',
      review: {
        when: 'immediately',
        score: true,
        correctness: true,
        correctAnswers: false,
        feedback: true,
      },
    },
    sections: [newSection()],
    audience: { everyone: false, teamIds: [], userIds: [] },
  };
}

export function draftFromDetail(detail: ExamDetail): ExamDraft {
  return {
    settings: {
      title: detail.title,
      description: detail.description ?? '',
      purpose: detail.purpose,
      timeLimitMinutes: detail.timeLimitMinutes,
      opensAt: isoToLocalInput(detail.opensAt),
      closesAt: isoToLocalInput(detail.closesAt),
      maxAttempts: detail.maxAttempts,
      cooldownMinutes: detail.cooldownMinutes,
      passPercent: detail.passPercent,
      dimensionPassMarks: Object.entries(detail.dimensionPassPercent).map(
        ([code, percent]) => ({ key: newKey(), code, percent }),
      ),
      gradingMethod: detail.gradingMethod,
      shuffleQuestions: detail.shuffleQuestions,
      shuffleOptions: detail.shuffleOptions,
      layout: detail.layout,
      navigation: detail.navigation,
      review: { ...detail.review },
    },
    sections: detail.sections.map((section) => ({
      key: newKey(),
      title: section.title,
      items: section.items.map(itemDraft),
    })),
    audience: {
      everyone: detail.audience.everyone,
      teamIds: [...detail.audience.teamIds],
      userIds: [...detail.audience.userIds],
    },
  };
}

function itemDraft(item: ExamItem): ItemDraft {
  if (item.kind === 'fixed') return newFixedItem(item.questionId, item.points);
  return {
    kind: 'draw',
    key: newKey(),
    bankId: item.bankId,
    categoryId: item.categoryId ?? null,
    includeSubcategories: item.includeSubcategories ?? true,
    dimension: item.dimension ?? null,
    minDifficulty: item.minDifficulty ?? null,
    maxDifficulty: item.maxDifficulty ?? null,
    types: [...(item.types ?? [])],
    tags: [...(item.tags ?? [])],
    count: item.count,
    points: item.points,
  };
}

/** The request body; call it once `draftIssues` finds nothing, so every number is set. */
export function toExamInput(draft: ExamDraft): ExamInput {
  const s = draft.settings;
  return {
    title: s.title.trim(),
    description: s.description.trim() || null,
    purpose: s.purpose,
    timeLimitMinutes: s.timeLimitMinutes,
    opensAt: localInputToIso(s.opensAt),
    closesAt: localInputToIso(s.closesAt),
    maxAttempts: s.maxAttempts,
    cooldownMinutes: s.cooldownMinutes ?? 0,
    passPercent: s.passPercent,
    dimensionPassPercent: Object.fromEntries(
      s.dimensionPassMarks
        .filter((mark) => mark.code)
        .map((mark) => [mark.code, mark.percent ?? 0]),
    ),
    gradingMethod: s.gradingMethod,
    shuffleQuestions: s.shuffleQuestions,
    shuffleOptions: s.shuffleOptions,
    layout: s.layout,
    navigation: s.navigation,
    review: { ...s.review },
    sections: draft.sections.map((section) => ({
      title: section.title.trim(),
      items: section.items.map(toExamItem),
    })),
    audience: draft.audience.everyone
      ? { everyone: true, teamIds: [], userIds: [] }
      : {
          everyone: false,
          teamIds: [...draft.audience.teamIds],
          userIds: [...draft.audience.userIds],
        },
  };
}

function toExamItem(item: ItemDraft): ExamItem {
  if (item.kind === 'fixed')
    return {
      kind: 'fixed',
      questionId: item.questionId,
      points: item.points ?? 0,
    };
  return {
    ...drawFilter(item),
    count: item.count ?? 0,
    points: item.points ?? 0,
  };
}

/**
 * The part of a draw that decides which questions it can pick: the live count asks for this with
 * a placeholder count, so typing a count does not ask again.
 */
export function drawFilter(item: DrawItemDraft): DrawExamItem {
  return {
    kind: 'draw',
    count: 1,
    points: 0,
    bankId: item.bankId,
    categoryId: item.categoryId,
    includeSubcategories: item.includeSubcategories,
    dimension: item.dimension,
    minDifficulty: item.minDifficulty,
    maxDifficulty: item.maxDifficulty,
    tags: [...item.tags],
    types: [...item.types],
  };
}

/** Fixed questions the exam holds, for the picker to mark as already added. */
export function fixedQuestionIds(draft: ExamDraft): string[] {
  return draft.sections.flatMap((section) =>
    section.items.flatMap((item) =>
      item.kind === 'fixed' ? [item.questionId] : [],
    ),
  );
}
