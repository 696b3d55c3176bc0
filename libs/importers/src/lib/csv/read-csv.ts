import { CsvError, parse } from 'csv-parse/sync';

export interface CsvRecord {
  /** 1-based line in the file where the record starts. */
  line: number;
  cells: string[];
}

export type CsvReadResult = { ok: true; records: CsvRecord[] } | { ok: false; line: number; message: string };

const CANDIDATE_DELIMITERS = [',', '\t', ';'] as const;

/**
 * Reads CSV as spreadsheets write it: comma, tab ("Unicode text" from Excel) or semicolon
 * (European Excel) separated, any line ends. Blank rows, including rows of empty cells that Excel
 * leaves behind, are dropped; every record keeps the line it starts on, so messages point at the
 * right place even when a cell spans several lines.
 */
export function readCsv(text: string): CsvReadResult {
  // One line-end style, so csv-parse counts lines as an editor shows them.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const records: CsvRecord[] = [];
  let lastRecordEndLine = 0;
  try {
    parse(normalized, {
      delimiter: detectDelimiter(normalized),
      record_delimiter: '\n',
      relax_column_count: true,
      // A stray quote inside a cell (Zhang "Tom" Wei) is kept as written rather than refused.
      relax_quotes: true,
      skip_empty_lines: true,
      on_record: (cells: string[], context) => {
        lastRecordEndLine = context.lines;
        const lineBreaksInside = cells.reduce((count, cell) => count + (cell.match(/\n/g)?.length ?? 0), 0);
        if (cells.some((cell) => cell.trim() !== '')) records.push({ line: context.lines - lineBreaksInside, cells });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    return describeCsvError(error, normalized, lastRecordEndLine);
  }
  return { ok: true, records };
}

function detectDelimiter(text: string): string {
  const firstLine = text.split('\n').find((line) => line.trim() !== '') ?? '';
  const outsideQuotes = firstLine.replace(/"[^"]*"?/g, '');
  const count = (delimiter: string) => outsideQuotes.split(delimiter).length - 1;
  // Ties go to the comma, the first candidate.
  return CANDIDATE_DELIMITERS.reduce((best, candidate) => (count(candidate) > count(best) ? candidate : best));
}

function describeCsvError(error: CsvError, text: string, lastRecordEndLine: number): CsvReadResult {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    // csv-parse reports the end of the file; the useful place is where the broken row begins.
    const lines = text.split('\n');
    const offset = lines.slice(lastRecordEndLine).findIndex((line) => line !== '');
    const line = lastRecordEndLine + Math.max(offset, 0) + 1;
    return {
      ok: false,
      line,
      message: `The row starting on line ${line} has a quote (") that is never closed, so the rest of the file was read as one cell. Add the missing closing quote or remove the stray one.`,
    };
  }
  const line = Number(error['lines']) || lastRecordEndLine + 1;
  return { ok: false, line, message: `The file could not be read as CSV near line ${line} (${error.message}).` };
}
