/**
 * How learners' text is compared: NFKC first so full-width letters, digits, punctuation and the
 * ideographic space typed with Chinese IMEs become their half-width forms, then trim and fold
 * whitespace runs, then fold case unless the question is case-sensitive.
 */
export function normaliseText(value: string, caseSensitive = false): string {
  const folded = value.normalize('NFKC').trim().replace(/\s+/gu, ' ');
  return caseSensitive ? folded : folded.toLowerCase();
}

export function countWords(text: string): number {
  const plain = text.replace(/<[^>]*>/g, ' ').normalize('NFKC');
  // Chinese is written without spaces: count each Han character as a word, as Moodle does.
  const han = plain.match(/\p{Script=Han}/gu)?.length ?? 0;
  const words = plain.replace(/\p{Script=Han}/gu, ' ').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return han + words;
}
