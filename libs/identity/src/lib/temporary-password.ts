import { checkPasswordPolicy, PasswordContext } from './password-policy';

/** Read aloud or copied from a printout: no 0/O, 1/l/I. */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789';
const LENGTH = 14;
/** Bytes at or above this would favour the first letters of the alphabet (modulo bias). */
const UNBIASED_LIMIT = Math.floor(256 / ALPHABET.length) * ALPHABET.length;
const BATCH_SIZE = 32;
/** A real random source needs about 1.2 attempts; this only stops a broken one looping forever. */
const MAX_ATTEMPTS = 100;

/**
 * A temporary password the user must change at next login. Randomness is injected (the API
 * passes node:crypto's randomBytes) so tests can be deterministic.
 */
export function generateTemporaryPassword(
  randomBytes: (n: number) => Uint8Array,
  context: PasswordContext = {},
): string {
  const nextIndex = unbiasedIndexes(randomBytes);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    let candidate = '';
    while (candidate.length < LENGTH) candidate += ALPHABET[nextIndex()];
    // Retrying instead of forcing a digit into some position keeps every valid password equally likely.
    if (checkPasswordPolicy(candidate, context).length === 0) return candidate;
  }
  throw new Error('The random source keeps producing unusable passwords; is it really random?');
}

function unbiasedIndexes(randomBytes: (n: number) => Uint8Array): () => number {
  let buffer: Uint8Array = new Uint8Array(0);
  let position = 0;
  let bytesSeen = 0;
  return () => {
    for (;;) {
      if (position >= buffer.length) {
        if (bytesSeen > MAX_ATTEMPTS * LENGTH * 8) {
          throw new Error('The random source keeps producing unusable bytes; is it really random?');
        }
        buffer = randomBytes(BATCH_SIZE);
        position = 0;
        if (buffer.length === 0) throw new Error('The random source returned no bytes.');
      }
      const byte = buffer[position++];
      bytesSeen++;
      if (byte < UNBIASED_LIMIT) return byte % ALPHABET.length;
    }
  };
}
