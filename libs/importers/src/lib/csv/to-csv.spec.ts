import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { readCsv } from './read-csv';
import { toCsv } from './to-csv';

describe('toCsv', () => {
  it('writes plain cells as they are, CRLF after every row', () => {
    expect(toCsv([['email', 'display_name'], ['li@example.com', '李娜']])).toBe('email,display_name\r\nli@example.com,李娜\r\n');
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });

  it.each([
    ['a comma', 'Hotline A, East', '"Hotline A, East"'],
    ['a quote, doubled', 'Zhang "Tom" Wei', '"Zhang ""Tom"" Wei"'],
    ['a line feed', 'line one\nline two', '"line one\nline two"'],
    ['a carriage return', 'one\rtwo', '"one\rtwo"'],
    ['a semicolon', 'agent;supervisor', '"agent;supervisor"'],
    ['a tab inside', 'a\tb', '"a\tb"'],
    ['a leading space', ' padded', '" padded"'],
    ['a trailing space', 'padded ', '"padded "'],
    ['a leading byte-order mark, so readers do not drop it', '\uFEFFx', '"\uFEFFx"'],
  ])('quotes a cell with %s', (_why, cell, written) => {
    expect(toCsv([[cell, 'x']])).toBe(`${written},x\r\n`);
  });

  it.each([
    ['=', '=HYPERLINK("http://evil.example","click")', `"'=HYPERLINK(""http://evil.example"",""click"")"`],
    ['+', '+86 138 0000 0000', "'+86 138 0000 0000"],
    ['-', '-2', "'-2"],
    ['@', '@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['tab', '\t=1+1', `"'\t=1+1"`],
    ['carriage return', '\r=1+1', `"'\r=1+1"`],
  ])('defuses a cell starting with %s so spreadsheets show it as text', (_start, cell, written) => {
    expect(toCsv([[cell]])).toBe(`${written}\r\n`);
  });

  it('leaves formula characters alone when they are not at the start', () => {
    expect(toCsv([['a=b', 'x-1', 'li@example.com']])).toBe('a=b,x-1,li@example.com\r\n');
  });

  it('keeps a row holding a single empty cell from becoming a blank line', () => {
    expect(toCsv([['a'], [''], ['b']])).toBe('a\r\n""\r\nb\r\n');
  });

  it('writes empty cells in wider rows without quotes', () => {
    expect(toCsv([['', '', '']])).toBe(',,\r\n');
  });

  const guarded = (cell: string) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell);
  const csvCharacter = fc.constantFrom('"', ',', ';', '\t', '\r', '\n', ' ', '=', '+', '-', '@', "'", 'a', 'Z', '张', '😀', '\uFEFF', '|');
  const cellText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: csvCharacter }));
  const table = fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  it('round-trips any table through an RFC 4180 parser (formula cells gain only the apostrophe)', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const parsed = parse(toCsv(rows), { record_delimiter: '\r\n', relax_column_count: true });
        expect(parsed).toEqual(rows.map((row) => row.map(guarded)));
      }),
    );
  });

  it('round-trips through readCsv, with each row starting on the line an editor shows', () => {
    fc.assert(
      fc.property(table, (rows) => {
        const lineBreaks = (cell: string) => cell.match(/\r\n|\r|\n/g)?.length ?? 0;
        let line = 1;
        const expected = rows.flatMap((row) => {
          const cells = row.map((cell) => guarded(cell).replace(/\r\n?/g, '\n'));
          const record = { line, cells };
          line += 1 + row.reduce((count, cell) => count + lineBreaks(guarded(cell)), 0);
          return cells.some((cell) => cell.trim() !== '') ? [record] : [];
        });
        expect(readCsv(toCsv(rows))).toEqual({ ok: true, records: expected });
      }),
    );
  });
});
