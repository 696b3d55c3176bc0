import type { ImportIssue, QuestionImportResult } from '../questions/imported-question';
import { columnForHeading, QUESTION_SHEET_COLUMNS, type QuestionSheetColumnKey } from './columns';
import { readCsvSheet, readXlsxSheet, type SheetReadResult } from './read-sheet';
import { rowToQuestion, type ColumnPositions } from './row-to-question';
import { columnLetter } from './sheet-syntax';
import { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip-guard';

export interface QuestionSheetParseOptions {
  /** Largest file accepted, in bytes (default 20 MB). */
  maxBytes?: number;
  /** Most question rows in one file (default 10,000). */
  maxRows?: number;
  /** Zip bomb limits for XLSX (defaults: 100 MB unpacked, 100:1 per entry above 1 MB, 1,000 entries). */
  zipLimits?: Partial<ZipLimits>;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MAX_ROWS = 10_000;

const REQUIRED = QUESTION_SHEET_COLUMNS.filter((c) => c.required).map((c) => c.key);

/**
 * Reads the question spreadsheet (CSV or XLSX, layout in README.md): every row becomes a
 * validated question or a rejected item naming its row and column. Never throws; a file that
 * cannot be read at all gives one rejected item labelled "file".
 */
export async function parseQuestionSheet(file: Uint8Array, format: 'csv' | 'xlsx', options: QuestionSheetParseOptions = {}): Promise<QuestionImportResult> {
  try {
    return await parse(file, format, options);
  } catch (error) {
    return fileIssue(`The file could not be read (${error instanceof Error ? error.message : 'unexpected error'}).`);
  }
}

async function parse(file: Uint8Array, format: 'csv' | 'xlsx', options: QuestionSheetParseOptions): Promise<QuestionImportResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const maxRows = options.maxRows ?? DEFAULT_MAX_ROWS;
  if (!(file instanceof Uint8Array)) return fileIssue('No file was received.');
  if (file.byteLength > maxBytes) {
    return fileIssue(`The file is ${mb(file.byteLength)}; files up to ${mb(maxBytes)} can be imported. Split the questions into smaller files.`);
  }
  if (file.byteLength === 0) return fileIssue('The file is empty.');
  let sheet: SheetReadResult;
  if (format === 'xlsx') sheet = await readXlsxSheet(file, { ...DEFAULT_ZIP_LIMITS, ...options.zipLimits });
  else if (format === 'csv') sheet = readCsvSheet(file);
  else return fileIssue(`Unknown format "${String(format)}"; use csv or xlsx.`);
  if (!sheet.ok) return fileIssue(sheet.message, sheet.line);

  const [header, ...rows] = sheet.records;
  if (header === undefined) return fileIssue('The sheet is empty. It needs a header row (category, type, name, question, options, answer, …) and one question per row.');
  const headings = header.cells.map((h) => h.trim());
  const positions: ColumnPositions = {};
  const result: QuestionImportResult = { questions: [], rejected: [], warnings: [] };
  const headerSource = { line: header.line, label: 'header' };
  headings.forEach((heading, index) => {
    if (heading === '') return;
    const column = columnForHeading(heading);
    if (column === undefined) {
      result.warnings.push({ source: headerSource, kind: 'unsupported', message: `Row ${header.line}: column ${columnLetter(index)} "${clip(heading)}" is not a known column and was ignored. The columns are: ${QUESTION_SHEET_COLUMNS.map((c) => c.key).join(', ')}.` });
    } else if (positions[column] !== undefined) {
      result.rejected.push({ source: headerSource, kind: 'invalid', message: `Row ${header.line}: the column "${column}" appears twice (columns ${columnLetter(positions[column] ?? 0)} and ${columnLetter(index)}).` });
    } else {
      positions[column] = index;
    }
  });
  const missing = REQUIRED.filter((c: QuestionSheetColumnKey) => positions[c] === undefined);
  if (missing.length > 0 || result.rejected.length > 0) {
    const known = Object.keys(positions).length > 0;
    const message = !known
      ? `Row ${header.line} must be the header row naming the columns (${QUESTION_SHEET_COLUMNS.map((c) => c.key).join(', ')}), but it is "${clip(headings.join(', '))}". Download the template to see the layout.`
      : `Row ${header.line}: the header has no ${missing.map((c) => `"${c}"`).join(' or ')} column, which is required.`;
    if (missing.length > 0) result.rejected.unshift({ source: headerSource, kind: 'invalid', message });
    return { questions: [], rejected: result.rejected, warnings: result.warnings };
  }
  if (rows.length > maxRows) {
    return fileIssue(`The sheet has ${rows.length} question rows; at most ${maxRows} can be imported at once. Split it into smaller files.`, rows[maxRows].line);
  }
  if (rows.length === 0) return fileIssue('The sheet has a header row but no questions below it.', header.line);
  for (const row of rows) {
    const outcome = rowToQuestion(row.line, row.cells, positions, headings);
    if (outcome.question) result.questions.push(outcome.question);
    if (outcome.issue) result.rejected.push(outcome.issue);
    result.warnings.push(...outcome.warnings);
  }
  return result;
}

function fileIssue(message: string, line?: number): QuestionImportResult {
  const issue: ImportIssue = { source: { ...(line !== undefined ? { line } : {}), label: 'file' }, kind: 'invalid', message };
  return { questions: [], rejected: [issue], warnings: [] };
}

function mb(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

function clip(value: string, max = 60): string {
  const chars = Array.from(value);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : value;
}
