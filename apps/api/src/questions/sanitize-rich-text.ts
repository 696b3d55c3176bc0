import sanitizeHtml from 'sanitize-html';
import { FILE_REFERENCE_PREFIX } from '../question-files/file-references';

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'div', 'span', 'strong', 'b', 'em', 'i', 'u', 's', 'sub', 'sup', 'small', 'mark',
    'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'h3', 'h4', 'h5', 'h6',
    'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'a', 'img',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title', 'width', 'height'],
    th: ['colspan', 'rowspan', 'scope'],
    td: ['colspan', 'rowspan'],
    ol: ['start'],
  },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  // Links open outside the question and cannot reach back into the page.
  transformTags: { a: sanitizeHtml.simpleTransform('a', { target: '_blank', rel: 'noopener noreferrer' }) },
  // An image must be a bank file or an https URL; anything else (data:, javascript:, relative paths) goes.
  exclusiveFilter: (frame) => frame.tag === 'img' && !isAllowedImageSource(frame.attribs['src'] ?? ''),
  disallowedTagsMode: 'discard',
};
OPTIONS.allowedAttributes = { ...(OPTIONS.allowedAttributes as Record<string, string[]>), a: ['href', 'title', 'target', 'rel'] };

/** Every HTML fragment a trainer or an import supplies passes through here before it is stored: no script survives. */
export function sanitizeRichText(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}

function isAllowedImageSource(src: string): boolean {
  return src.startsWith(FILE_REFERENCE_PREFIX) || src.startsWith('https://');
}
