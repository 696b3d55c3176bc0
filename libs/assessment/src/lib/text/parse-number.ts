export interface ParsedNumber {
  value: number;
  /** The text after the number, whitespace folded; undefined when there is none. */
  unit?: string;
}

// "1,000.5", "1000", ".5", "-2.5e3"; thousands separators only in groups of three.
const NUMBER = /^([+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*(.*)$/iu;

/** Reads a learner's numeric input; NFKC turns full-width digits, comma, point and letters half-width. */
export function parseNumberWithUnit(raw: string): ParsedNumber | undefined {
  const text = raw.normalize('NFKC').replace(/[\u2212\u2012\u2013]/gu, '-').trim();
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const value = Number(m[1].replace(/,/gu, ''));
  if (!Number.isFinite(value)) return undefined;
  const rest = m[2].replace(/\s+/gu, ' ');
  if (rest === '') return { value };
  // "12,34" or "1.2.3" are malformed numbers, not a number followed by a unit.
  if (/^[\d.,]/u.test(rest)) return undefined;
  return { value, unit: rest };
}
