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
