import { readCsv } from './read-csv';

const lines = (result: ReturnType<typeof readCsv>) => (result.ok ? result.records.map((record) => record.line) : result);

describe('readCsv', () => {
  it('reads cells and the line each record starts on', () => {
    expect(readCsv('a,b\n1,2\n')).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['a', 'b'] },
        { line: 2, cells: ['1', '2'] },
      ],
    });
  });

  it('reads an empty text as no records', () => {
    expect(readCsv('')).toEqual({ ok: true, records: [] });
  });

  it('keeps line numbers true to the file across blank lines and multi-line cells', () => {
    const text = ['a,b', '', '"x', 'y",2', '', '', '3,4', '"multi', '', 'line",5', '6,7'].join('\n');
    const result = readCsv(text);
    expect(lines(result)).toEqual([1, 3, 7, 8, 11]);
    expect(result.ok && result.records[3].cells).toEqual(['multi\n\nline', '5']);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
    ['CR', '\r'],
  ])('counts %s line ends, also inside quoted cells', (_name, eol) => {
    const text = ['a,b', '', '"x', 'y",2', '3,4'].join(eol) + eol;
    expect(lines(readCsv(text))).toEqual([1, 3, 5]);
  });

  it('copes with mixed line ends in one file', () => {
    expect(lines(readCsv('a,b\r\n\n"x\r\ny",2\r3,4'))).toEqual([1, 3, 5]);
  });

  it('turns line ends inside cells into \\n', () => {
    expect(readCsv('"a\r\nb"\r\n')).toEqual({ ok: true, records: [{ line: 1, cells: ['a\nb'] }] });
  });

  it('drops rows whose cells are all empty or spaces, as Excel leaves them', () => {
    expect(lines(readCsv('a,b\n,\n  ,\t\n1,2\n,,,,\n'))).toEqual([1, 4]);
  });

  it('strips a leading byte-order mark', () => {
    expect(readCsv('\uFEFFemail\nx')).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['email'] },
        { line: 2, cells: ['x'] },
      ],
    });
  });

  it('reads tab-separated text, as Excel "Unicode Text" writes it', () => {
    expect(readCsv('email\tdisplay_name\nli@example.com\t李, 娜\n')).toMatchObject({
      records: [{ cells: ['email', 'display_name'] }, { cells: ['li@example.com', '李, 娜'] }],
    });
  });

  it('reads semicolon-separated text, as European Excel writes it', () => {
    expect(readCsv('email;roles\nli@example.com;"agent;supervisor"\n')).toMatchObject({
      records: [{ cells: ['email', 'roles'] }, { cells: ['li@example.com', 'agent;supervisor'] }],
    });
  });

  it('prefers the comma when the header has as many commas as other separators', () => {
    expect(readCsv('a,b;c\n1,2;3')).toMatchObject({ records: [{ cells: ['a', 'b;c'] }, { cells: ['1', '2;3'] }] });
  });

  it('ignores separators inside quoted headings when guessing', () => {
    expect(readCsv('"a;b;c",d\n1,2')).toMatchObject({ records: [{ cells: ['a;b;c', 'd'] }, { cells: ['1', '2'] }] });
  });

  it('allows rows of different lengths', () => {
    expect(readCsv('a,b,c\n1\n1,2,3,4')).toMatchObject({ records: [{ cells: ['a', 'b', 'c'] }, { cells: ['1'] }, { cells: ['1', '2', '3', '4'] }] });
  });

  it('keeps stray quotes inside unquoted cells as written', () => {
    expect(readCsv('name\nZhang "Tom" Wei\n')).toMatchObject({ records: [{}, { cells: ['Zhang "Tom" Wei'] }] });
  });

  it('reports a quote that is never closed on the line where the broken row starts', () => {
    const text = ['a,b', '1,2', '', '3,"oops', '4,5', '6,7', ''].join('\r\n');
    expect(readCsv(text)).toEqual({
      ok: false,
      line: 4,
      message:
        'The row starting on line 4 has a quote (") that is never closed, so the rest of the file was read as one cell. Add the missing closing quote or remove the stray one.',
    });
  });

  it('reports an unclosed quote in the very first row', () => {
    expect(readCsv('\n\n"email,display_name\n')).toMatchObject({ ok: false, line: 3 });
  });

  it('reports an unclosed quote after a multi-line cell', () => {
    expect(readCsv('a,b\n"x\ny",1\n\n"z,2\n')).toMatchObject({ ok: false, line: 5 });
  });
});
