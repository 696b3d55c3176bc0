import { isValidEmail, normalizeEmail } from './email';

describe('normalizeEmail', () => {
  it('trims and lowercases', () => {
    expect(normalizeEmail('  Li.Na@Example.COM \t')).toBe('li.na@example.com');
  });

  it('folds full-width characters typed on a Chinese keyboard', () => {
    expect(normalizeEmail('ｌｉ．ｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ')).toBe('li.na@example.com');
  });

  it('is idempotent', () => {
    const once = normalizeEmail(' Ｔｏｍ@Example.com ');
    expect(normalizeEmail(once)).toBe(once);
  });
});

describe('isValidEmail', () => {
  it.each(['li.na@example.com', 'a@b.co', 'tom+training@mail.example.cn', 'zhang_san@sub.domain.com.cn', `${'a'.repeat(64)}@example.com`])(
    'accepts %s',
    (email) => {
      expect(isValidEmail(email)).toBe(true);
    },
  );

  it.each([
    ['empty', ''],
    ['no @', 'li.na.example.com'],
    ['two @', 'li@na@example.com'],
    ['two addresses in one cell', 'a@example.com;b@example.com'],
    ['empty local part', '@example.com'],
    ['local part over 64', `${'a'.repeat(65)}@example.com`],
    ['domain without a dot', 'li@localhost'],
    ['empty domain', 'li@'],
    ['domain starting with a dot', 'li@.example.com'],
    ['domain ending with a dot', 'li@example.'],
    ['empty domain label', 'li@example..com'],
    ['a space', 'li na@example.com'],
    ['a tab', 'li@exa\tmple.com'],
    ['over 254 characters', `${'a'.repeat(60)}@${'b'.repeat(190)}.com`],
  ])('rejects %s', (_why, email) => {
    expect(isValidEmail(email)).toBe(false);
  });

  it('accepts exactly 254 characters', () => {
    const email = `${'a'.repeat(60)}@${'b'.repeat(189)}.com`;
    expect(email).toHaveLength(254);
    expect(isValidEmail(email)).toBe(true);
  });
});
