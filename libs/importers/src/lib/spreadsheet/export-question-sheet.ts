import ExcelJS from 'exceljs';
import { toCsv } from '../csv/to-csv';
import type { ExportableQuestion } from '../questions/imported-question';
import { QUESTION_SHEET_COLUMNS } from './columns';
import { questionToRow, Skip, type SheetRow } from './question-to-row';

export interface QuestionSheetExport {
  file: Uint8Array;
  /** Questions the layout cannot carry without losing part of them, each with the reason. */
  skipped: { name: string; reason: string }[];
}

export const QUESTIONS_SHEET_NAME = 'Questions';
export const INSTRUCTIONS_SHEET_NAME = 'Instructions 说明';
const WRAPPED = new Set(['question', 'options', 'answer', 'feedback']);

/**
 * Writes questions in the flat layout (README.md), one row per question: CSV (UTF-8 with a BOM
 * so Excel shows Chinese correctly) or XLSX with a bold, frozen header and an instructions sheet.
 */
export async function exportQuestionSheet(questions: ExportableQuestion[], format: 'csv' | 'xlsx'): Promise<QuestionSheetExport> {
  const rows: SheetRow[] = [];
  const skipped: QuestionSheetExport['skipped'] = [];
  for (const q of questions) {
    try {
      rows.push(questionToRow(q));
    } catch (error) {
      if (!(error instanceof Skip)) throw error;
      skipped.push({ name: q.name, reason: error.message });
    }
  }
  const file = format === 'csv' ? sheetCsv(rows) : await sheetXlsx(rows);
  return { file, skipped };
}

export function sheetCsv(rows: SheetRow[]): Uint8Array {
  const keys = QUESTION_SHEET_COLUMNS.map((c) => c.key);
  const csv = toCsv([keys, ...rows.map((row) => keys.map((k) => String(row[k])))]);
  return new TextEncoder().encode(`\uFEFF${csv}`);
}

export async function sheetXlsx(rows: SheetRow[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Pathwise';
  const sheet = workbook.addWorksheet(QUESTIONS_SHEET_NAME, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = QUESTION_SHEET_COLUMNS.map((c) => ({
    header: c.key,
    key: c.key,
    width: c.width,
    ...(WRAPPED.has(c.key) ? { style: { alignment: { wrapText: true, vertical: 'top' as const } } } : { style: { alignment: { vertical: 'top' as const } } }),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
  for (const row of rows) sheet.addRow(row);
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: QUESTION_SHEET_COLUMNS.length } };

  const help = workbook.addWorksheet(INSTRUCTIONS_SHEET_NAME);
  help.columns = [
    { header: 'Column 列', key: 'key', width: 14 },
    { header: 'Required 必填', key: 'required', width: 12 },
    { header: 'English', key: 'en', width: 70, style: { alignment: { wrapText: true, vertical: 'top' } } },
    { header: '中文说明', key: 'zh', width: 60, style: { alignment: { wrapText: true, vertical: 'top' } } },
  ];
  help.getRow(1).font = { bold: true };
  help.views = [{ state: 'frozen', ySplit: 1 }];
  for (const c of QUESTION_SHEET_COLUMNS) help.addRow({ key: c.key, required: c.required ? 'yes 是' : '', en: c.en, zh: c.zh });
  help.addRow({});
  help.addRow({
    key: 'Notes 备注',
    en: 'One question per row on the Questions sheet; headings in the first row, in any order. Text is plain text (Alt+Enter for a new line) unless it contains HTML tags. Scenarios and essay rubrics cannot be written here; use Moodle XML.',
    zh: '在 Questions 工作表中每行一题，第一行为列标题（顺序不限）。单元格内容按纯文本处理（Alt+Enter 换行），含 HTML 标签时按 HTML 处理。情景题和问答题评分细则无法用表格表达，请使用 Moodle XML。',
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
