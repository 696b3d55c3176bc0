import { checkPasswordPolicy } from './password-policy';
import { generateTemporaryPassword } from './temporary-password';

/** mulberry32: a tiny seeded generator so every test run sees the same bytes. */
function seededBytes(seed: number): (n: number) => Uint8Array {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) & 0xff;
  };
  return (n) => Uint8Array.from({ length: n }, next);
}

/** Replays the given bytes in a cycle. */
function cyclingBytes(bytes: number[]): (n: number) => Uint8Array {
  let index = 0;
  return (n) => Uint8Array.from({ length: n }, () => bytes[index++ % bytes.length]);
}

describe('generateTemporaryPassword', () => {
  it('always produces 14 unambiguous characters with a letter and a digit that pass the policy', () => {
    for (let seed = 0; seed < 2000; seed++) {
      const password = generateTemporaryPassword(seededBytes(seed));
      expect(password).toMatch(/^[A-HJ-NP-Za-km-z2-9]{14}$/);
      expect(password).toMatch(/[A-Za-z]/);
      expect(password).toMatch(/[2-9]/);
      expect(checkPasswordPolicy(password)).toEqual([]);
    }
  });

  it('is deterministic for a given random source', () => {
    expect(generateTemporaryPassword(seededBytes(42))).toBe(generateTemporaryPassword(seededBytes(42)));
    expect(generateTemporaryPassword(seededBytes(42))).not.toBe(generateTemporaryPassword(seededBytes(43)));
  });

  it('maps bytes onto the alphabet and skips bytes that would bias it', () => {
    // 228 and above are rejected; 0 → 'A', 57 → 'A' again, 49 → '2'.
    const password = generateTemporaryPassword(cyclingBytes([228, 255, 0, 57, 49]));
    expect(password).toBe('AA2AA2AA2AA2AA');
  });

  it('retries when a candidate has no digit', () => {
    // The first 14 usable bytes are all letters; the retry then gets digits.
    const bytes = [...Array(14).fill(0), ...Array(7).fill(1), ...Array(7).fill(56)];
    expect(generateTemporaryPassword(cyclingBytes(bytes))).toBe('BBBBBBB9999999');
  });

  it('avoids the email local part when given one', () => {
    const bytes = [...[0, 1, 56].flatMap((b) => Array(5).fill(b)).slice(0, 14), ...Array(7).fill(2), ...Array(7).fill(55)];
    const random = () => cyclingBytes(bytes);
    expect(generateTemporaryPassword(random())).toBe('AAAAABBBBB9999');
    expect(generateTemporaryPassword(random(), { email: 'aaaaa@example.com' })).toBe('CCCCCCC8888888');
  });

  it('uses every character of the alphabet with roughly equal frequency', () => {
    const counts = new Map<string, number>();
    const random = seededBytes(7);
    for (let i = 0; i < 3000; i++) {
      for (const char of generateTemporaryPassword(random)) counts.set(char, (counts.get(char) ?? 0) + 1);
    }
    expect(counts.size).toBe(57);
    const values = [...counts.values()];
    // Digits are slightly favoured because digit-less candidates are retried.
    expect(Math.max(...values) / Math.min(...values)).toBeLessThan(1.4);
  });

  it('gives up on a random source that never yields a usable byte', () => {
    expect(() => generateTemporaryPassword(() => new Uint8Array(32).fill(255))).toThrow(/random/);
  });

  it('gives up on a random source that never yields a digit', () => {
    expect(() => generateTemporaryPassword(() => new Uint8Array(32))).toThrow(/random/);
  });

  it('gives up on a random source that returns nothing', () => {
    expect(() => generateTemporaryPassword(() => new Uint8Array(0))).toThrow(/no bytes/);
  });
});
