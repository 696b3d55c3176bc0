/**
 * Stored HTML names a bank file as `@@FILE@@/<uuid>`; what a browser receives is a signed,
 * expiring URL to it. These helpers convert between the two.
 */
export const FILE_REFERENCE_PREFIX = '@@FILE@@/';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const STORED = new RegExp(`@@FILE@@/(${UUID})`, 'g');
/** A signed URL as the API hands it out, possibly made absolute by an editor; query string included. */
const SIGNED = new RegExp(`(?:https?://[^"'\\s<>]*?)?/api/question-files/(${UUID})(?:\\?[^"'\\s<>]*)?`, 'g');

export function toStoredReferences(html: string): string {
  return html.replace(SIGNED, (_match, id: string) => `${FILE_REFERENCE_PREFIX}${id}`);
}

export function toSignedUrls(html: string, sign: (fileId: string) => string): string {
  return html.replace(STORED, (_match, id: string) => sign(id));
}

export function referencedFileIds(html: string): string[] {
  return [...html.matchAll(STORED)].map((match) => match[1]);
}
