import ExcelJS from 'exceljs';
import { decodeTextFile } from '../text/decode-text-file';
import { readCsv } from '../csv/read-csv';
import { DEFAULT_ZIP_LIMITS, openXlsxSafely, verifyDeclaredSizes, type ZipLimits } from './zip-guard';

export interface SheetRecord {
  /** 1-based: the CSV line the record starts on, or the worksheet row number. */
  line: number;
  cells: string[];
}

export type SheetReadResult = { ok: true; records: SheetRecord[]; sheetName?: string } | { ok: false; line?: number; message: string };

const PREFERRED_SHEETS = ['questions', '题库', '试题', '题目'];
const INSTRUCTION_SHEETS = ['instructions', '说明', 'instructions说明', 'readme'];

export function readCsvSheet(bytes: Uint8Array): SheetReadResult {
  const decoded = decodeTextFile(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const csv = readCsv(decoded.text);
  if (!csv.ok) return { ok: false, line: csv.line, message: csv.message };
  return { ok: true, records: csv.records.map((r) => ({ line: r.line, cells: r.cells.map((cell) => unguard(cleanText(cell))) })) };
}

export async function readXlsxSheet(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<SheetReadResult> {
  const opened = await openXlsxSafely(bytes, limits);
  if (!opened.ok) return { ok: false, message: opened.message };
  const lying = await verifyDeclaredSizes(opened.zip, limits);
  if (lying) return { ok: false, message: lying };
  if (!Object.keys(opened.zip.files).some((name) => name.replace(/^\//u, '') === 'xl/workbook.xml')) {
    return { ok: false, message: 'The file is a zip archive but not an Excel workbook (it has no xl/workbook.xml). Save it from Excel as "Excel Workbook (.xlsx)".' };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    return { ok: false, message: `The workbook could not be read (${error instanceof Error ? error.message : 'unknown error'}). Open it in Excel, save it again as .xlsx and retry.` };
  }
  const sheets = workbook.worksheets;
  const key = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
  const sheet =
    sheets.find((s) => PREFERRED_SHEETS.includes(key(s.name))) ?? sheets.find((s) => !INSTRUCTION_SHEETS.includes(key(s.name))) ?? sheets[0];
  if (sheet === undefined) return { ok: false, message: 'The workbook has no worksheet.' };
  const records: SheetRecord[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column++) cells.push(cellText(row.getCell(column).value));
    if (cells.some((cell) => cell.trim() !== '')) records.push({ line: rowNumber, cells });
  });
  return { ok: true, records, sheetName: sheet.name };
}

/** `toCsv` writes "'=…" so spreadsheets do not run a cell as a formula; the quote is not part of the value. */
function unguard(cell: string): string {
  return /^'[=+\-@]/u.test(cell) ? cell.slice(1) : cell;
}

/** One line-end style; no stray NULs or carriage returns from copy-pasted text. */
function cleanText(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(/\0/gu, '');
}

/** A cell as the trainer sees it: rich text joined, formulas by their cached result, dates as ISO dates. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return dateText(value);
  if (typeof value !== 'object') return '';
  if ('richText' in value && Array.isArray(value.richText)) return cleanText(value.richText.map((run) => (typeof run?.text === 'string' ? run.text : '')).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    return result === undefined ? '' : cellText(result as ExcelJS.CellValue);
  }
  if ('error' in value) return String(value.error);
  if ('text' in value) return cellText((value as { text: ExcelJS.CellValue }).text);
  return '';
}

function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
