import { escapeHtml, moodleAutoFormat } from '../questions/html-text';

/**
 * GIFT's escapes and text formats, as Moodle reads and writes them.
 *
 * Escapes: `\\` is a backslash; `\~ \= \# \{ \} \:` are the literal characters; `\n` is a line
 * break. Any other backslash stays as it is (Moodle does the same). Escaped characters are swapped
 * for Unicode noncharacters while the structure is parsed, then restored.
 */

const SPECIALS = ['~', '=', '#', '{', '}', ':', '\n'] as const;
const PLACEHOLDER_BASE = 0xfdd0;
/** Marks the blank of a missing-word question while its text is converted to HTML. */
export const BLANK_SENTINEL = '\uFDDF';

export function protectEscapes(text: string): string {
  // Noncharacters never occur in real text; drop any so they cannot turn into syntax.
  const clean = text.replace(/[\uFDD0-\uFDDF]/gu, '\uFFFD');
  let out = '';
  for (let i = 0; i < clean.length; i++) {
    const ch = clean[i];
    if (ch === '\\' && i + 1 < clean.length) {
      const next = clean[i + 1];
      if (next === '\\') {
        out += '\\';
        i++;
        continue;
      }
      const special = next === 'n' ? 6 : '~=#{}:'.indexOf(next);
      if (special >= 0) {
        out += String.fromCharCode(PLACEHOLDER_BASE + special);
        i++;
        continue;
      }
    }
    out += ch;
  }
  return out;
}

export function restoreEscapes(text: string): string {
  return text.replace(/[\uFDD0-\uFDD6]/gu, (ch) => SPECIALS[ch.charCodeAt(0) - PLACEHOLDER_BASE]);
}

/** Escapes text for GIFT like Moodle's exporter: reserved characters backslashed, line breaks as `\n`. */
export function escapeGift(text: string): string {
  return text
    .replace(/\\/gu, '\\\\')
    .replace(/[~=#{}:]/gu, (ch) => `\\${ch}`)
    .replace(/\r/gu, '')
    .replace(/\n/gu, '\\n');
}

export type GiftFormat = 'moodle' | 'html' | 'plain' | 'markdown';
const FORMATS: readonly GiftFormat[] = ['moodle', 'html', 'plain', 'markdown'];
const MARKER = /^\[(moodle|html|plain|markdown)\]/u;

export function startsWithFormatMarker(text: string): boolean {
  return MARKER.test(text);
}

/** Reads an optional leading `[html]`-style marker (Moodle: an unknown marker stays part of the text). */
export function readFormat(text: string, defaultFormat: GiftFormat): { format: GiftFormat; text: string } {
  const trimmed = text.trim();
  const match = MARKER.exec(trimmed);
  if (match && FORMATS.includes(match[1] as GiftFormat)) return { format: match[1] as GiftFormat, text: trimmed.slice(match[0].length).trim() };
  return { format: defaultFormat, text: trimmed };
}

/**
 * Pathwise stores HTML. `html` is kept as written; `moodle` (Moodle's auto-format, the default)
 * keeps any HTML and shows line breaks as Moodle does; `plain` is escaped; `markdown` gets a minimal
 * conversion (bold, italic with `*`, inline code, links, line breaks) — anything else stays text.
 */
export function toHtml(text: string, format: GiftFormat): string {
  switch (format) {
    case 'html':
      return text;
    case 'moodle':
      return moodleAutoFormat(text);
    case 'plain':
      return escapeHtml(text).replace(/\r?\n/gu, '<br>');
    case 'markdown':
      return markdownToHtml(text);
  }
}

function markdownToHtml(text: string): string {
  return text
    .split(/\n{2,}/u)
    .map((paragraph) =>
      paragraph
        .replace(/`([^`\n]+)`/gu, (_m, code: string) => `<code>${escapeHtml(code)}</code>`)
        .replace(/\*\*([^*\n]+)\*\*/gu, '<strong>$1</strong>')
        .replace(/(^|[^*])\*([^*\n]+)\*/gu, '$1<em>$2</em>')
        .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/gu, '<a href="$2">$1</a>')
        .replace(/\n/gu, '<br>'),
    )
    .map((paragraph, _i, all) => (all.length > 1 ? `<p>${paragraph}</p>` : paragraph))
    .join('');
}
