/**
 * Spreadsheets run a cell starting with one of these as a formula, so an exported name such as
 * "=HYPERLINK(…)" could act on the machine of whoever opens the file (CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Semicolons and tabs are quoted too, so tools that guess the delimiter guess comma. */
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/;

/** Writes RFC 4180 CSV with CRLF line ends, each row terminated. */
export function toCsv(rows: string[][]): string {
  return rows.map((row) => `${row.map((cell) => formatCell(cell, row.length)).join(',')}\r\n`).join('');
}

function formatCell(value: string, cellsInRow: number): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  // A row holding one empty cell would otherwise be a blank line, which readers skip.
  if (NEEDS_QUOTES.test(safe) || (cellsInRow === 1 && safe === '')) return `"${safe.replace(/"/g, '""')}"`;
  return safe;
}
