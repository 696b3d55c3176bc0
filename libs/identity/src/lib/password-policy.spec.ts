import { checkPasswordPolicy, describePasswordProblems } from './password-policy';

describe('checkPasswordPolicy', () => {
  it('accepts a reasonable password', () => {
    expect(checkPasswordPolicy('Hotline-Ready-42')).toEqual([]);
  });

  it.each([
    ['too_short', 'abc12345'],
    ['too_long', `a1${'x'.repeat(127)}`],
    ['needs_letter', '2468013579!'],
    ['needs_digit', 'only-letters-here'],
  ])('reports %s', (code, password) => {
    expect(checkPasswordPolicy(password)).toEqual([code]);
  });

  it('draws the length line at 10 and 128 characters', () => {
    expect(checkPasswordPolicy('abcdefgh1')).toEqual(['too_short']);
    expect(checkPasswordPolicy('abcdefgh12')).toEqual([]);
    expect(checkPasswordPolicy(`a1${'x'.repeat(126)}`)).toEqual([]);
  });

  it('counts Chinese characters and emoji as one character each', () => {
    expect(checkPasswordPolicy('客服专员培训第1名')).toEqual(['too_short']);
    expect(checkPasswordPolicy('客服专员培训第1名好')).toEqual([]);
    expect(checkPasswordPolicy('😀😀😀😀😀😀😀😀a1')).toEqual([]);
  });

  it('treats letters of any script as letters', () => {
    expect(checkPasswordPolicy('我爱客服工作二零二六年8')).toEqual([]);
  });

  it('reports several problems at once, in a stable order', () => {
    expect(checkPasswordPolicy('')).toEqual(['too_short', 'needs_letter', 'needs_digit']);
  });

  describe('contains_email', () => {
    it('rejects a password containing the local part, ignoring case', () => {
      expect(checkPasswordPolicy('LiNa2026spring', { email: 'lina@example.com' })).toEqual(['contains_email']);
    });

    it('ignores local parts shorter than 3 characters', () => {
      expect(checkPasswordPolicy('wu20262026xx', { email: 'wu@example.com' })).toEqual([]);
    });

    it('accepts exactly 3 characters as long enough to check', () => {
      expect(checkPasswordPolicy('tom-2026-spring', { email: 'tom@example.com' })).toEqual(['contains_email']);
    });

    it('is not triggered by an unrelated email', () => {
      expect(checkPasswordPolicy('Hotline-Ready-42', { email: 'li.na@example.com' })).toEqual([]);
    });
  });

  describe('contains_name', () => {
    it('rejects a password containing part of the display name', () => {
      expect(checkPasswordPolicy('zhang-2026-hotline', { displayName: 'Zhang Wei' })).toEqual(['contains_name']);
    });

    it('ignores name parts shorter than 3 characters, like most Chinese names', () => {
      expect(checkPasswordPolicy('张三2026hotline', { displayName: '张三' })).toEqual([]);
      expect(checkPasswordPolicy('li-2026-hotline', { displayName: 'Li Na' })).toEqual([]);
    });
  });

  describe('too_common', () => {
    it.each(['password123', 'Password123', 'qwerty12345', '1234567890', 'woaini1314', 'a123456789', 'Password123!', 'PASSWORD123!!'])(
      'rejects %s',
      (password) => {
        expect(checkPasswordPolicy(password)).toContain('too_common');
      },
    );

    it('rejects short classics with both reasons', () => {
      expect(checkPasswordPolicy('iloveyou')).toEqual(['too_short', 'needs_digit', 'too_common']);
    });

    it('does not reject a password that merely contains a common one', () => {
      expect(checkPasswordPolicy('my-password123-is-long')).toEqual([]);
    });
  });
});

describe('describePasswordProblems', () => {
  it('says the password is fine when there are no problems', () => {
    expect(describePasswordProblems([])).toBe('The password is acceptable.');
  });

  it('describes one problem', () => {
    expect(describePasswordProblems(['needs_digit'])).toBe('The password must contain a digit.');
  });

  it('describes two problems', () => {
    expect(describePasswordProblems(['too_short', 'too_common'])).toBe(
      'The password must be at least 10 characters long and not be a commonly used password.',
    );
  });

  it('describes every problem in policy order whatever the input order', () => {
    expect(
      describePasswordProblems(['too_common', 'contains_name', 'contains_email', 'needs_digit', 'needs_letter', 'too_long', 'too_short']),
    ).toBe(
      'The password must be at least 10 characters long, be at most 128 characters long, contain a letter, contain a digit, ' +
        "not contain the email address, not contain the person's name and not be a commonly used password.",
    );
  });

  it('falls back to a generic phrase for codes it does not know', () => {
    expect(describePasswordProblems(['needs_digit', 'needs_emoji', 'toString'])).toBe(
      'The password must contain a digit and meet the password policy.',
    );
  });

  it('describes whatever checkPasswordPolicy returns', () => {
    expect(describePasswordProblems(checkPasswordPolicy('short'))).toBe(
      'The password must be at least 10 characters long and contain a digit.',
    );
  });
});
