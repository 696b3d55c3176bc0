import { AbstractControl } from '@angular/forms';
import { ErrorStateMatcher } from '@angular/material/core';
import { FieldError } from '@pathwise/contracts';
import { MessageKey, MessageParams } from '../../../i18n/i18n.service';
import { localInputToIso } from '../local-date-time';
import { ExamDraft, ItemDraft } from './exam-draft';

/**
 * Something to fix before saving, at a field path: the builder's own checks carry a message key,
 * the API's field errors carry its text. Paths follow the request body (`sections.0.items.1.count`),
 * except pass marks per dimension, which the form lists by row (`dimensionPassMarks.0.percent`).
 */
export interface DraftIssue {
  field: string;
  key?: MessageKey;
  params?: MessageParams;
  text?: string;
}

type Check = (field: string, value: number | null) => DraftIssue | null;

const wholeNumber =
  (min: number, max: number, required = false): Check =>
  (field, value) => {
    if (value === null)
      return required ? { field, key: 'exams.builder.issue.required' } : null;
    return Number.isInteger(value) && value >= min && value <= max
      ? null
      : { field, key: 'exams.builder.issue.wholeNumber', params: { min, max } };
  };

const number =
  (min: number, max: number, required = false): Check =>
  (field, value) => {
    if (value === null)
      return required ? { field, key: 'exams.builder.issue.required' } : null;
    return Number.isFinite(value) && value >= min && value <= max
      ? null
      : { field, key: 'exams.builder.issue.number', params: { min, max } };
  };

/** The builder's own checks, in the limits the API enforces, so most mistakes never reach it. */
export function draftIssues(draft: ExamDraft): DraftIssue[] {
  const s = draft.settings;
  const issues: (DraftIssue | null)[] = [
    s.title.trim()
      ? null
      : { field: 'title', key: 'exams.builder.issue.required' },
    wholeNumber(1, 24 * 60)('timeLimitMinutes', s.timeLimitMinutes),
    wholeNumber(1, 100)('maxAttempts', s.maxAttempts),
    wholeNumber(0, 60 * 24 * 30)('cooldownMinutes', s.cooldownMinutes),
    number(0, 100)('passPercent', s.passPercent),
    ...windowIssues(s.opensAt, s.closesAt),
  ];
  const seen = new Set<string>();
  s.dimensionPassMarks.forEach((mark, i) => {
    const field = `dimensionPassMarks.${i}`;
    if (!mark.code)
      issues.push({
        field: `${field}.code`,
        key: 'exams.builder.issue.required',
      });
    else if (seen.has(mark.code))
      issues.push({
        field: `${field}.code`,
        key: 'exams.builder.issue.dimensionTwice',
      });
    seen.add(mark.code);
    issues.push(number(0, 100, true)(`${field}.percent`, mark.percent));
  });
  draft.sections.forEach((section, s) =>
    section.items.forEach((item, i) =>
      issues.push(...itemIssues(item, `sections.${s}.items.${i}`)),
    ),
  );
  return issues.filter((issue): issue is DraftIssue => issue !== null);
}

function windowIssues(
  opensAt: string,
  closesAt: string,
): (DraftIssue | null)[] {
  const opens = localInputToIso(opensAt);
  const closes = localInputToIso(closesAt);
  return [
    opensAt && !opens
      ? { field: 'opensAt', key: 'exams.builder.issue.date' }
      : null,
    closesAt && !closes
      ? { field: 'closesAt', key: 'exams.builder.issue.date' }
      : null,
    opens && closes && opens >= closes
      ? { field: 'closesAt', key: 'exams.builder.issue.closesBeforeOpens' }
      : null,
  ];
}

function itemIssues(item: ItemDraft, field: string): (DraftIssue | null)[] {
  if (item.kind === 'fixed')
    return [number(0, 1000, true)(`${field}.points`, item.points)];
  return [
    item.bankId
      ? null
      : { field: `${field}.bankId`, key: 'exams.builder.issue.required' },
    wholeNumber(1, 500, true)(`${field}.count`, item.count),
    number(0, 1000, true)(`${field}.points`, item.points),
    item.minDifficulty !== null &&
    item.maxDifficulty !== null &&
    item.minDifficulty > item.maxDifficulty
      ? {
          field: `${field}.maxDifficulty`,
          key: 'exams.builder.issue.difficultyOrder',
        }
      : null,
  ];
}

/** The API's field errors at the form's paths: a pass mark is named by its code there. */
export function serverIssues(
  errors: readonly FieldError[],
  draft: ExamDraft,
): DraftIssue[] {
  return errors.map(({ field, message }) => {
    const dimension = /^dimensionPassPercent\.(.+)$/.exec(field);
    if (!dimension) return { field, text: message };
    const row = draft.settings.dimensionPassMarks.findIndex(
      (mark) => mark.code === dimension[1],
    );
    return {
      field: row < 0 ? field : `dimensionPassMarks.${row}.percent`,
      text: message,
    };
  });
}

type Translate = (key: MessageKey, params?: MessageParams) => string;

const FIELD_KEYS: Record<string, MessageKey> = {
  title: 'exams.builder.field.title',
  description: 'exams.builder.field.description',
  purpose: 'exams.builder.field.purpose',
  timeLimitMinutes: 'exams.builder.field.timeLimit',
  opensAt: 'exams.builder.field.opensAt',
  closesAt: 'exams.builder.field.closesAt',
  maxAttempts: 'exams.builder.field.maxAttempts',
  cooldownMinutes: 'exams.builder.field.cooldown',
  passPercent: 'exams.builder.field.passPercent',
  dimensionPassMarks: 'exams.builder.field.dimensionPassMarks',
  dimensionPassPercent: 'exams.builder.field.dimensionPassMarks',
  review: 'exams.builder.field.review',
  audience: 'exams.builder.audience.title',
  userIds: 'exams.builder.audience.people',
  teamIds: 'exams.builder.audience.teams',
  code: 'exams.builder.field.dimension',
  percent: 'exams.builder.field.percent',
  bankId: 'exams.builder.field.bank',
  categoryId: 'exams.builder.field.category',
  dimension: 'exams.builder.field.dimension',
  minDifficulty: 'exams.builder.field.minDifficulty',
  maxDifficulty: 'exams.builder.field.maxDifficulty',
  types: 'exams.builder.field.types',
  tags: 'exams.builder.field.tags',
  count: 'exams.builder.field.count',
  points: 'exams.builder.field.points',
  questionId: 'exams.builder.field.question',
};

/** Where an issue is, for the summary: `sections.0.items.1.count` → "Section 1 › Item 2 › Count". */
export function issueLocation(field: string, t: Translate): string {
  const parts = field.split('.');
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const next = parts[i + 1];
    const index =
      next !== undefined && /^\d+$/.test(next) ? Number(next) + 1 : null;
    if (part === 'sections' && index !== null) {
      names.push(t('exams.builder.section.label', { n: index }));
      i++;
    } else if (part === 'items' && index !== null) {
      names.push(t('exams.builder.item.label', { n: index }));
      i++;
    } else if (part === 'dimensionPassMarks' && index !== null) {
      names.push(t('exams.builder.field.dimensionPassMarkRow', { n: index }));
      i++;
    } else if (part === 'title' && names.length > 0) {
      // A title below a section is the section's own.
      names.push(t('exams.builder.field.sectionTitle'));
    } else {
      const key = FIELD_KEYS[part];
      names.push(key ? t(key) : part);
    }
  }
  return names.join(' › ');
}

const NEVER: ErrorStateMatcher = { isErrorState: () => false };

/**
 * The issues of one part of the form by path, for the fields that show them. A field turns red
 * once touched, or everywhere once the trainer tried to save.
 */
export class IssueIndex {
  private readonly matchers = new Map<string, ErrorStateMatcher>();
  private readonly children = new Map<string, IssueIndex>();

  constructor(
    readonly issues: readonly DraftIssue[],
    /** After the first save attempt every issue shows at its field, touched or not. */
    readonly revealAll: boolean,
    private readonly prefix = '',
  ) {}

  at(field: string): DraftIssue[] {
    const full = this.prefix + field;
    return this.issues.filter((issue) => issue.field === full);
  }

  /** Issues at this path or below it (an item's own and its fields'). */
  within(field: string): DraftIssue[] {
    const full = this.prefix + field;
    return this.issues.filter(
      (issue) => issue.field === full || issue.field.startsWith(`${full}.`),
    );
  }

  matcher(field: string): ErrorStateMatcher {
    let matcher = this.matchers.get(field);
    if (!matcher) {
      const reveal = this.revealAll;
      matcher =
        this.at(field).length > 0
          ? {
              isErrorState: (control: AbstractControl | null) =>
                reveal || !!control?.touched || !!control?.dirty,
            }
          : NEVER;
      this.matchers.set(field, matcher);
    }
    return matcher;
  }

  /** The index for a nested part (a section's item); the same object each time it is asked for. */
  under(field: string): IssueIndex {
    let child = this.children.get(field);
    if (!child) {
      child = new IssueIndex(
        this.issues,
        this.revealAll,
        `${this.prefix}${field}.`,
      );
      this.children.set(field, child);
    }
    return child;
  }
}
