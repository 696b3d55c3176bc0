/**
 * One canonical form per mailbox, so "Li.Na@Example.com " and "li.na@example.com" are the same
 * user. NFKC folds full-width characters typed on Chinese keyboards (ｌｉ＠ｅｘａｍｐｌｅ．ｃｏｍ).
 */
export function normalizeEmail(raw: string): string {
  return raw.trim().normalize('NFKC').toLowerCase();
}

const MAX_EMAIL_LENGTH = 254;
const MAX_LOCAL_PART_LENGTH = 64;

/**
 * Pragmatic, not RFC 5322: it catches the typos people make in spreadsheets (missing @, missing
 * domain, two addresses in one cell, stray spaces) without rejecting real addresses.
 */
export function isValidEmail(email: string): boolean {
  if (email.length > MAX_EMAIL_LENGTH || /\s/.test(email)) return false;
  const parts = email.split('@');
  if (parts.length !== 2) return false;
  const [local, domain] = parts;
  if (local.length === 0 || local.length > MAX_LOCAL_PART_LENGTH) return false;
  const labels = domain.split('.');
  return labels.length >= 2 && labels.every((label) => label.length > 0);
}
