import ExcelJS from 'exceljs';
import { toCsv } from '../csv/to-csv';

export type TableCell = string | number | boolean | null;

/**
 * A report as a file: CSV (UTF-8 with a byte-order mark, so Excel shows Chinese correctly, and
 * formula-safe cells) or XLSX (numbers stay numbers; bold, frozen, filterable header).
 */
export async function exportTable(header: string[], rows: TableCell[][], format: 'csv' | 'xlsx', sheetName = 'Report'): Promise<Uint8Array> {
  if (format === 'csv') {
    const csv = toCsv([header, ...rows.map((row) => row.map((cell) => (cell === null ? '' : String(cell))))]);
    return new TextEncoder().encode(`\uFEFF${csv}`);
  }
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pathwise';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = header.map((title) => ({ header: title, width: Math.min(40, Math.max(10, title.length + 2)) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => (typeof cell === 'string' && /^[=+\-@]/.test(cell) ? `'${cell}` : cell)));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: Math.max(1, header.length) } };
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
