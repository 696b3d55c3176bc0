/**
 * Question texts are HTML fragments; trainers type plain text in a spreadsheet. A cell that
 * already looks like HTML (a tag or an entity) is taken as HTML; anything else is plain text,
 * escaped, with line breaks (Alt+Enter) kept as `<br>`. Export writes the plain form whenever
 * reading it back gives exactly the same HTML, else the HTML itself.
 */
const LOOKS_LIKE_HTML = /<\/?[A-Za-z][^<>]*>|&(?:#\d{1,7}|#x[0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/u;

export function looksLikeHtml(text: string): boolean {
  return LOOKS_LIKE_HTML.test(text);
}

/** Cell text → HTML fragment. */
export function cellToHtml(cell: string): string {
  if (looksLikeHtml(cell)) return cell;
  return cell.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/\n/gu, '<br>');
}

/** HTML fragment → the cell text that `cellToHtml` turns back into the same fragment. */
export function htmlToCell(html: string): string {
  const plain = html
    .replace(/<br\s*\/?>/giu, '\n')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&amp;/gu, '&');
  if (!looksLikeHtml(plain) && cellToHtml(plain) === html) return plain;
  return html;
}

/** Whether a text survives being written to a cell and read back (cells are trimmed). */
export function survivesCell(html: string): boolean {
  const cell = htmlToCell(html);
  return cell === cell.trim() && cell !== '' && cellToHtml(cell) === html;
}
