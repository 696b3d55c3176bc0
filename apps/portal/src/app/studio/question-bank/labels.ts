import { MultipleChoiceScoring, QuestionType } from '@pathwise/assessment';
import {
  BloomLevel,
  BulkQuestionAction,
  QuestionExportFormat,
  QuestionImportFormat,
  QuestionStatus,
} from '@pathwise/contracts';
import { MessageKey } from '../../i18n/i18n.service';

/** Message keys for the bank's enumerations, typed so a new value fails compilation here. */
export const QUESTION_TYPE_KEYS: Record<QuestionType, MessageKey> = {
  single_choice: 'question.type.single_choice',
  multiple_choice: 'question.type.multiple_choice',
  true_false: 'question.type.true_false',
  fill_blank: 'question.type.fill_blank',
  numerical: 'question.type.numerical',
  ordering: 'question.type.ordering',
  matching: 'question.type.matching',
  essay: 'question.type.essay',
  scenario: 'question.type.scenario',
};

export const QUESTION_STATUS_KEYS: Record<QuestionStatus, MessageKey> = {
  draft: 'question.status.draft',
  active: 'question.status.active',
  retired: 'question.status.retired',
};

export const BLOOM_KEYS: Record<BloomLevel, MessageKey> = {
  remember: 'question.bloom.remember',
  understand: 'question.bloom.understand',
  apply: 'question.bloom.apply',
  analyse: 'question.bloom.analyse',
  evaluate: 'question.bloom.evaluate',
  create: 'question.bloom.create',
};

export const CHOICE_SCORING_KEYS: Record<MultipleChoiceScoring, MessageKey> = {
  all_or_nothing: 'editor.scoring.all_or_nothing',
  partial: 'editor.scoring.partial',
  weighted: 'editor.scoring.weighted',
};

export const CHOICE_SCORING_HINT_KEYS: Record<
  MultipleChoiceScoring,
  MessageKey
> = {
  all_or_nothing: 'editor.scoringHint.all_or_nothing',
  partial: 'editor.scoringHint.partial',
  weighted: 'editor.scoringHint.weighted',
};

export const IMPORT_FORMAT_KEYS: Record<QuestionImportFormat, MessageKey> = {
  gift: 'bank.format.gift',
  moodle_xml: 'bank.format.moodle_xml',
  aiken: 'bank.format.aiken',
  csv: 'bank.format.csv',
  xlsx: 'bank.format.xlsx',
};

export const EXPORT_FORMAT_KEYS: Record<QuestionExportFormat, MessageKey> = {
  gift: 'bank.format.gift',
  moodle_xml: 'bank.format.moodle_xml',
  csv: 'bank.format.csv',
  xlsx: 'bank.format.xlsx',
};

export const BULK_ACTION_KEYS: Record<BulkQuestionAction, MessageKey> = {
  move: 'bank.bulk.move',
  tag: 'bank.bulk.tag',
  untag: 'bank.bulk.untag',
  set_difficulty: 'bank.bulk.set_difficulty',
  retire: 'bank.bulk.retire',
  activate: 'bank.bulk.activate',
};

export const DIFFICULTIES = [1, 2, 3, 4, 5] as const;

export function questionTypeKey(type: QuestionType): MessageKey {
  return QUESTION_TYPE_KEYS[type];
}

export function questionStatusKey(status: QuestionStatus): MessageKey {
  return QUESTION_STATUS_KEYS[status];
}
