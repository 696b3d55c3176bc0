import type { LearnerQuestion, Problem, Question, QuestionType, ScoreResult } from '@pathwise/assessment';
import type { Page } from './pagination';

export const QUESTION_STATUSES = ['draft', 'active', 'retired'] as const;
export type QuestionStatus = (typeof QUESTION_STATUSES)[number];

export const BLOOM_LEVELS = ['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'] as const;
export type BloomLevel = (typeof BLOOM_LEVELS)[number];

export type Difficulty = 1 | 2 | 3 | 4 | 5;

export interface QuestionBankSummary {
  id: string;
  name: string;
  description: string | null;
  questionCount: number;
  categoryCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface CreateQuestionBankRequest {
  name: string;
  description?: string | null;
}

/** One node of a bank's category tree, sent flat (parents before children); the portal nests them. */
export interface QuestionCategoryNode {
  id: string;
  parentId: string | null;
  name: string;
  sortOrder: number;
  /** Questions directly in this category (every status). */
  questionCount: number;
  /** Questions in this category and all its subcategories. */
  totalCount: number;
}

export interface CreateQuestionCategoryRequest {
  name: string;
  parentId?: string | null;
}

/** Rename and/or move; `parentId: null` moves it to the top level. */
export interface UpdateQuestionCategoryRequest {
  name?: string;
  parentId?: string | null;
}

export interface QuestionSummary {
  id: string;
  bankId: string;
  categoryId: string;
  categoryPath: string[];
  name: string;
  type: QuestionType;
  status: QuestionStatus;
  difficulty: Difficulty | null;
  bloom: BloomLevel | null;
  tags: string[];
  dimensionCodes: string[];
  /** The current version number, 1 for a new question. */
  version: number;
  defaultPoints: number;
  /** The stem as plain text, shortened. */
  excerpt: string;
  authorName: string | null;
  updatedByName: string | null;
  updatedAt: string;
}

export interface QuestionDetail extends QuestionSummary {
  idNumber: string | null;
  definition: Question;
  createdAt: string;
}

/** Create or edit. Editing the content (name, definition, points) creates a new version; classification (category, tags, dimensions, difficulty, Bloom, status) is not versioned. */
export interface QuestionInput {
  categoryId: string;
  name: string;
  definition: Question;
  defaultPoints?: number;
  difficulty?: Difficulty | null;
  bloom?: BloomLevel | null;
  status?: QuestionStatus;
  tags?: string[];
  dimensionCodes?: string[];
  idNumber?: string | null;
  /** Why it changed, shown in the history. */
  changeNote?: string | null;
  /** On edit: the version the editor started from; a newer version on the server answers 409 STALE_VERSION. */
  baseVersion?: number;
}

export interface QuestionVersionSummary {
  version: number;
  name: string;
  type: QuestionType;
  defaultPoints: number;
  changeNote: string | null;
  createdAt: string;
  createdByName: string | null;
}

export interface QuestionVersionDetail extends QuestionVersionSummary {
  questionId: string;
  definition: Question;
}

export type QuestionSort = 'updated' | 'name' | 'difficulty' | 'created';

export interface QuestionSearchQuery {
  q?: string;
  categoryId?: string;
  includeSubcategories?: boolean;
  tag?: string;
  dimension?: string;
  difficulty?: Difficulty[];
  type?: QuestionType[];
  status?: QuestionStatus[];
  sort?: QuestionSort;
  page?: number;
  pageSize?: number;
}

/** How many questions of the whole filtered set fall in each bucket, so a builder sees what a draw could pick from. */
export interface QuestionFacets {
  type: Partial<Record<QuestionType, number>>;
  difficulty: Partial<Record<'1' | '2' | '3' | '4' | '5' | 'none', number>>;
  status: Partial<Record<QuestionStatus, number>>;
}

export interface QuestionSearchResult extends Page<QuestionSummary> {
  facets: QuestionFacets;
}

export const BULK_QUESTION_ACTIONS = ['move', 'tag', 'untag', 'set_difficulty', 'retire', 'activate'] as const;
export type BulkQuestionAction = (typeof BULK_QUESTION_ACTIONS)[number];

export interface BulkQuestionRequest {
  action: BulkQuestionAction;
  questionIds: string[];
  /** For `move`. */
  categoryId?: string;
  /** For `tag` and `untag`. */
  tags?: string[];
  /** For `set_difficulty`; null clears it. */
  difficulty?: Difficulty | null;
}

export interface BulkQuestionResult {
  action: BulkQuestionAction;
  affected: number;
}

export interface QuestionPreview {
  questionId: string;
  version: number;
  maxPoints: number;
  /** Exactly what an agent receives: no key, no fractions, no grader notes. */
  question: LearnerQuestion;
}

export interface TryAnswerRequest {
  /** Null or missing scores as unanswered. */
  answer?: unknown;
  version?: number;
}

export interface TryAnswerResult {
  /** False when the answer's shape does not fit the question; `problems` says why. */
  valid: boolean;
  problems: Problem[];
  score: ScoreResult | null;
}

export interface QuestionFileUpload {
  id: string;
  /** A signed, expiring URL to show it now; the stored HTML keeps a stable reference. */
  url: string;
  name: string;
  mimeType: string;
  size: number;
}

export const QUESTION_IMPORT_FORMATS = ['gift', 'moodle_xml', 'aiken', 'csv', 'xlsx'] as const;
export type QuestionImportFormat = (typeof QUESTION_IMPORT_FORMATS)[number];

export interface QuestionImportIssue {
  line?: number;
  element?: number;
  label: string;
  kind: 'invalid' | 'unsupported';
  message: string;
}

export interface QuestionImportPreviewItem {
  line?: number;
  element?: number;
  name: string;
  type: QuestionType;
  categoryPath: string[];
  tags: string[];
  difficulty: Difficulty | null;
  bloom: BloomLevel | null;
  dimensionCodes: string[];
  excerpt: string;
  fileCount: number;
}

export interface QuestionImportPreview {
  id: string;
  bankId: string;
  format: QuestionImportFormat;
  fileName: string;
  status: 'preview' | 'committed';
  accepted: QuestionImportPreviewItem[];
  rejected: QuestionImportIssue[];
  warnings: QuestionImportIssue[];
  /** Category paths in the file that the bank does not have yet at its top level (committing under a parent creates them there). */
  newCategories: string[][];
}

export interface CommitQuestionImportRequest {
  /** Where the file's categories land; null or omitted = the bank's top level. */
  parentCategoryId?: string | null;
  /** Questions the file puts in no category land in the parent category, or at the top level in one named after the file. */
  status?: Extract<QuestionStatus, 'draft' | 'active'>;
}

export interface QuestionImportSummary {
  id: string;
  created: number;
  categoriesCreated: number;
  filesStored: number;
}

export const QUESTION_EXPORT_FORMATS = ['gift', 'moodle_xml', 'csv', 'xlsx'] as const;
export type QuestionExportFormat = (typeof QUESTION_EXPORT_FORMATS)[number];

export interface QuestionExportRequest {
  format: QuestionExportFormat;
  /** Either a selection … */
  questionIds?: string[];
  /** … or a category (with its subcategories unless told otherwise); with neither, the whole bank. */
  categoryId?: string;
  includeSubcategories?: boolean;
}

/** Response header naming how many selected questions the format could not carry (details in X-Export-Skipped-Details, JSON). */
export const EXPORT_SKIPPED_HEADER = 'x-export-skipped';
