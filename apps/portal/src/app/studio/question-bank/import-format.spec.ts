import { fileNameFromDisposition, skippedFromHeaders } from './file-download';
import { acceptFor, guessImportFormat } from './import-format';
import { HttpHeaders, HttpResponse } from '@angular/common/http';

describe('import format guessing', () => {
  it.each([
    ['bank.gift', 'gift'],
    ['Moodle export.TXT', 'gift'],
    ['questions.xml', 'moodle_xml'],
    ['题库.csv', 'csv'],
    ['产品知识.XLSX', 'xlsx'],
  ])('%s → %s', (name, format) => {
    expect(guessImportFormat(name)).toBe(format);
  });

  it('says nothing for unknown or missing extensions', () => {
    expect(guessImportFormat('questions.docx')).toBeNull();
    expect(guessImportFormat('questions')).toBeNull();
  });

  it('offers matching extensions in the file picker', () => {
    expect(acceptFor('xlsx')).toContain('.xlsx');
    expect(acceptFor('aiken')).toContain('.txt');
  });
});

describe('export download', () => {
  it('prefers the UTF-8 file name of Content-Disposition', () => {
    expect(
      fileNameFromDisposition(
        `attachment; filename="export.xlsx"; filename*=UTF-8''%E4%BA%A7%E5%93%81.xlsx`,
        'x',
      ),
    ).toBe('产品.xlsx');
    expect(
      fileNameFromDisposition('attachment; filename="bank.gift.txt"', 'x'),
    ).toBe('bank.gift.txt');
    expect(fileNameFromDisposition(null, 'fallback.csv')).toBe('fallback.csv');
  });

  it('reads the skipped questions from the headers, plain or percent-encoded', () => {
    const details = JSON.stringify([
      { name: '情景题 1', reason: 'GIFT has no scenario type' },
    ]);
    const plain = new HttpResponse<Blob>({
      headers: new HttpHeaders({
        'x-export-skipped': '1',
        'x-export-skipped-details': details,
      }),
    });
    expect(skippedFromHeaders(plain)).toEqual({
      count: 1,
      details: [{ name: '情景题 1', reason: 'GIFT has no scenario type' }],
    });
    const encoded = new HttpResponse<Blob>({
      headers: new HttpHeaders({
        'x-export-skipped': '1',
        'x-export-skipped-details': encodeURIComponent(details),
      }),
    });
    expect(skippedFromHeaders(encoded).details[0].name).toBe('情景题 1');
    expect(skippedFromHeaders(new HttpResponse<Blob>({})).count).toBe(0);
  });
});
