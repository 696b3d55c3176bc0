/** Small readers and writers for the notations used inside cells, shared by import and export. */

/** Option letters as Excel names columns: A…Z, AA, AB… */
export function optionLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

export function letterIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** A list cell: one entry per line when it has line breaks, else entries separated by "|". */
export function splitEntries(cell: string): string[] {
  const parts = cell.includes('\n') ? cell.split('\n') : cell.split('|');
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

/** Tags and dimension codes: "," (also "，", "、", ";", line breaks). */
export function splitCodes(cell: string): string[] {
  return [
    ...new Set(
      cell
        .split(/[,，、;；\n]+/u)
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    ),
  ];
}

/** Category path: " > " when present, otherwise "/". */
export function splitCategory(cell: string): string[] {
  const separator = /[>＞]/u.test(cell) ? /\s*[>＞]\s*/u : /\s*\/\s*/u;
  return cell
    .split(separator)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

export function joinCategory(path: string[]): string | null {
  if (path.some((p) => /[>＞]/u.test(p) || p !== p.trim() || p === '')) return null;
  const joined = path.join(' > ');
  // A single level holding "/" would be split on it; a trailing ">" keeps it whole.
  return path.length === 1 && path[0].includes('/') ? `${joined} >` : joined;
}

const NUMBER_SOURCE = String.raw`[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?`;
export const NUMBER = new RegExp(`^${NUMBER_SOURCE}$`, 'u');

/** "50%" → 0.5; "0.5" → 0.5; "50" → 0.5 (a number above 1 is read as a percentage). */
export function parseCredit(raw: string): number | undefined {
  const match = new RegExp(`^(${NUMBER_SOURCE})\\s*(%)?$`, 'u').exec(raw.trim());
  if (!match) return undefined;
  const n = Number(match[1]);
  return match[2] || Math.abs(n) > 1 ? n / 100 : n;
}

/** The shortest credit text that reads back as exactly the same number. */
export function formatCredit(fraction: number): string {
  const percent = `${fraction * 100}%`;
  return parseCredit(percent) === fraction ? percent : String(fraction);
}

/** "3.14 ± 0.01", "3.14:0.01", "3.14 +/- 0.01", optionally "(50%)" credit. */
export const NUMERICAL_ANSWER = new RegExp(
  `^(${NUMBER_SOURCE})\\s*(?:(?:±|\\+\\/-|\\+-|:)\\s*(${NUMBER_SOURCE}))?\\s*(?:\\(\\s*([^()]*?)\\s*\\))?$`,
  'u',
);

export function columnLetter(index: number): string {
  return optionLetter(index);
}
