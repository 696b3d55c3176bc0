/** Visible text of an HTML fragment, whitespace folded: for names, labels and short stems. */
export function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&nbsp;/gu, ' ')
    .replace(/&lt;/gu, '<')
    .replace(/&gt;/gu, '>')
    .replace(/&quot;/gu, '"')
    .replace(/&#39;|&apos;/gu, "'")
    .replace(/&amp;/gu, '&')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Text to HTML. Attribute values also need quotes escaped (`quotes: true`); element content does not. */
export function escapeHtml(text: string, options: { quotes?: boolean } = {}): string {
  const escaped = text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
  return options.quotes ? escaped.replace(/"/gu, '&quot;') : escaped;
}

/**
 * Moodle's auto-format (FORMAT_MOODLE) as its text_to_html shows it: a line break next to a tag
 * is only a space, any other becomes `<br>`; HTML in the text stays HTML.
 */
export function moodleAutoFormat(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(/\n</gu, ' <').replace(/>\n/gu, '> ').replace(/\n/gu, '<br>');
}
