import ExcelJS from 'exceljs';
import { exportTable } from './export-table';

describe('exportTable', () => {
  const header = ['Agent 坐席', 'Percent'];
  const rows = [
    ['王芳', 92.5],
    ['=cmd|calc', null],
  ];

  it('writes CSV with a byte-order mark and neutralises formulas', async () => {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await exportTable(header, rows, 'csv'));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('Agent 坐席,Percent\r\n王芳,92.5\r\n\'=cmd|calc,\r\n');
  });

  it('writes XLSX with numbers as numbers and formulas as text', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await exportTable(header, rows, 'xlsx', 'Results')).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet('Results');
    expect(sheet?.getRow(2).getCell(2).value).toBe(92.5);
    expect(sheet?.getRow(3).getCell(1).value).toBe("'=cmd|calc");
    expect(sheet?.getRow(1).font?.bold).toBe(true);
  });
});
