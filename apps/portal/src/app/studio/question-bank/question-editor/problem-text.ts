import { Pipe, PipeTransform, inject } from '@angular/core';
import { ErrorStateMatcher } from '@angular/material/core';
import { AbstractControl } from '@angular/forms';
import { Problem } from '@pathwise/assessment';
import { en } from '../../../i18n/en';
import { I18nService, MessageKey } from '../../../i18n/i18n.service';

function hasKey(key: string): key is MessageKey {
  return key in en;
}

/**
 * A problem in the reader's language. The engine's English message is the most precise (it names
 * the numbers and ids), so English readers get it as is; other languages get the code's
 * translation, and the English message when the code is new.
 */
export function problemText(i18n: I18nService, problem: Problem): string {
  const key = `question.problem.${problem.code}`;
  if (i18n.locale() === 'en' || !hasKey(key)) return problem.message;
  return i18n.t(key);
}

const LIST_KEYS: Record<string, MessageKey> = {
  options: 'question.where.option',
  items: 'question.where.item',
  prompts: 'question.where.prompt',
  choices: 'question.where.choice',
  blanks: 'question.where.blank',
  accepted: 'question.where.accepted',
  answers: 'question.where.answer',
  units: 'question.where.unit',
  parts: 'question.where.part',
  criteria: 'question.where.criterion',
  levels: 'question.where.level',
};

/**
 * Where a problem is, for the summary: `parts[1].question.options[0].text` →
 * "Part 2 › Option 1 › Text".
 */
export function problemLocation(i18n: I18nService, path: string): string {
  if (!path) return i18n.t('question.where.question');
  const names: string[] = [];
  for (const segment of path.split('.')) {
    const match = /^([A-Za-z]+)(?:\[(\d+)\])?$/.exec(segment);
    if (!match) {
      names.push(segment);
      continue;
    }
    const [, name, index] = match;
    if (name === 'meta' || name === 'question' || name === 'rubric') continue;
    const listKey = LIST_KEYS[name];
    if (index !== undefined && listKey) {
      names.push(i18n.t(listKey, { n: Number(index) + 1 }));
    } else {
      const fieldKey = `question.field.${name}`;
      names.push(hasKey(fieldKey) ? i18n.t(fieldKey) : name);
    }
  }
  return names.length > 0
    ? names.join(' › ')
    : i18n.t('question.where.question');
}

@Pipe({ name: 'problemText', pure: false })
export class ProblemTextPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(problem: Problem): string {
    return problemText(this.i18n, problem);
  }
}

@Pipe({ name: 'problemLocation', pure: false })
export class ProblemLocationPipe implements PipeTransform {
  private readonly i18n = inject(I18nService);

  transform(problem: Problem): string {
    return problemLocation(this.i18n, problem.path);
  }
}

const NEVER: ErrorStateMatcher = { isErrorState: () => false };

/**
 * The problems of one question (or one scenario part) by path, for the fields that show them. A
 * field turns red once touched, or everywhere once the trainer tried to save.
 */
export class ProblemIndex {
  private readonly matchers = new Map<string, ErrorStateMatcher>();

  constructor(
    readonly problems: readonly Problem[],
    readonly revealAll: boolean,
    private readonly prefix = '',
  ) {}

  /** Problems exactly at `path`. */
  at(path: string): Problem[] {
    const full = this.prefix + path;
    return this.problems.filter((p) => p.path === full);
  }

  /** The index for a nested object, e.g. a scenario part's question. */
  under(path: string): ProblemIndex {
    return new ProblemIndex(
      this.problems,
      this.revealAll,
      `${this.prefix}${path}.`,
    );
  }

  matcher(path: string): ErrorStateMatcher {
    let matcher = this.matchers.get(path);
    if (!matcher) {
      const has = this.at(path).length > 0;
      const reveal = this.revealAll;
      matcher = has
        ? {
            isErrorState: (control: AbstractControl | null) =>
              reveal || !!control?.touched || !!control?.dirty,
          }
        : NEVER;
      this.matchers.set(path, matcher);
    }
    return matcher;
  }
}
