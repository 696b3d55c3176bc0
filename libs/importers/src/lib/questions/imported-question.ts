import type { Question } from '@pathwise/assessment';

/** Where an item came from, so a trainer can find it in the file: a line (GIFT, Aiken) or the n-th <question> (Moodle XML). */
export interface ImportSource {
  line?: number;
  element?: number;
  /** The question's name or the first words of its text. */
  label: string;
}

/** A file embedded in the import (Moodle XML `<file encoding="base64">`), referenced from HTML as `@@PLUGINFILE@@/<name>`. */
export interface ImportedFile {
  /** With its folder when Moodle stored it in one (`images/map.png`), as the HTML refers to it. */
  name: string;
  mimeType: string;
  data: Uint8Array;
}

/** One question ready to store: an engine definition (already passed `validateQuestion`) plus bank metadata. */
export interface ImportedQuestion {
  source: ImportSource;
  name: string;
  /** Category path from the file's `$course$/top/Products/Trade-in` (course/top prefixes dropped): ['Products', 'Trade-in']. */
  categoryPath: string[];
  tags: string[];
  /** Pathwise metadata carried as tags on export and read back on import: `difficulty:3`, `bloom:apply`, `dimension:product-knowledge`. */
  difficulty: 1 | 2 | 3 | 4 | 5 | null;
  bloom: 'remember' | 'understand' | 'apply' | 'analyse' | 'evaluate' | 'create' | null;
  dimensions: string[];
  /** Moodle's defaultgrade; 1 when the format has none. */
  defaultPoints: number;
  idNumber: string | null;
  question: Question;
  files: ImportedFile[];
}

export type ImportIssueKind = 'invalid' | 'unsupported';

/** An item that was not imported and why: never dropped silently. */
export interface ImportIssue {
  source: ImportSource;
  kind: ImportIssueKind;
  message: string;
}

export interface QuestionImportResult {
  questions: ImportedQuestion[];
  rejected: ImportIssue[];
  /** Imported, but something was adapted (e.g. a Moodle penalty that Pathwise does not model). */
  warnings: ImportIssue[];
}

/** What every exporter receives: the same shape the importers produce, minus the source. */
export type ExportableQuestion = Omit<ImportedQuestion, 'source'>;
