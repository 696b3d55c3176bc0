import { TestBed } from '@angular/core/testing';
import {
  USER_IMPORT_COLUMNS,
  USER_IMPORT_ERROR_CODES,
  USER_IMPORT_PASSWORD_PROBLEMS,
  UserImportRowError,
} from '@pathwise/contracts';
import { en } from '../../i18n/en';
import { I18nService } from '../../i18n/i18n.service';
import { zhCN } from '../../i18n/zh-cn';
import {
  importColumnKey,
  importColumnText,
  importErrorKey,
  importErrorText,
  passwordProblemKey,
} from './import-error-text';

describe('import error texts', () => {
  let i18n: I18nService;

  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
    i18n = TestBed.inject(I18nService);
    i18n.choose('en');
  });

  describe('the dictionaries', () => {
    it.each(USER_IMPORT_ERROR_CODES)(
      'translate the code %s in English and Chinese',
      (code) => {
        expect(Object.keys(en)).toContain(importErrorKey(code));
        expect(Object.keys(zhCN)).toContain(importErrorKey(code));
      },
    );

    it.each(USER_IMPORT_PASSWORD_PROBLEMS)(
      'phrase the password problem %s in English and Chinese',
      (problem) => {
        expect(Object.keys(en)).toContain(passwordProblemKey(problem));
        expect(Object.keys(zhCN)).toContain(passwordProblemKey(problem));
      },
    );

    it.each(USER_IMPORT_COLUMNS)(
      'name the column %s in English and Chinese',
      (column) => {
        expect(Object.keys(en)).toContain(importColumnKey(column));
        expect(Object.keys(zhCN)).toContain(importColumnKey(column));
      },
    );
  });

  const error = (fields: Partial<UserImportRowError>): UserImportRowError => ({
    line: 3,
    column: 'email',
    message: 'The English sentence from the API.',
    ...fields,
  });

  it.each<[UserImportRowError, string, string]>([
    [
      error({
        code: 'email.invalid',
        params: { value: 'not-an-email' },
        message: '"not-an-email" is not a valid email address.',
      }),
      '"not-an-email" is not a valid email address.',
      '“not-an-email”不是有效的邮箱地址。',
    ],
    [
      error({
        code: 'email.duplicate_in_file',
        params: { value: 'li.na@example.com', firstLine: 2 },
      }),
      'The email li.na@example.com already appears on line 2.',
      '邮箱 li.na@example.com 已在第 2 行出现过。',
    ],
    [
      error({
        column: 'roles',
        code: 'roles.unknown',
        params: {
          value: 'boss, 客服专员',
          count: 2,
          allowed: 'agent, trainer, supervisor, admin',
        },
      }),
      'Unknown roles: boss, 客服专员. Use agent, trainer, supervisor, admin, separated by ";".',
      '有 2 个角色无法识别：boss, 客服专员。可填写的角色为 agent, trainer, supervisor, admin，多个角色之间用分号“;”分隔。',
    ],
    [
      error({
        column: null,
        line: 5002,
        code: 'file.too_many_rows',
        params: { count: 5001, max: 5000 },
      }),
      'The file has 5001 users; at most 5000 can be imported at once. Split it into smaller files.',
      '文件中有 5001 位用户，一次最多只能导入 5000 位。请拆分成几个较小的文件后分别导入。',
    ],
    [
      error({
        column: 'teams',
        code: 'team.unknown',
        params: { value: 'Night Shift' },
      }),
      'There is no team named "Night Shift".',
      '不存在名为“Night Shift”的团队。请检查名称，或先在“团队”页面创建该团队。',
    ],
    [
      error({
        column: 'password',
        code: 'password.weak',
        params: { problems: 'too_short,needs_digit', min: 10, max: 128 },
        message:
          'The password must be at least 10 characters long and contain a digit.',
      }),
      'The password must be at least 10 characters long and contain a digit.',
      '密码不符合要求：少于 10 个字符、缺少数字。',
    ],
    [
      error({
        column: 'password',
        code: 'password.weak',
        params: { problems: 'too_common', min: 10, max: 128 },
      }),
      'The password must not be a commonly used password.',
      '密码不符合要求：属于常见密码，容易被猜中。',
    ],
  ])('translates %j', (rowError, english, chinese) => {
    expect(importErrorText(i18n, rowError)).toBe(english);
    i18n.choose('zh-CN');
    expect(importErrorText(i18n, rowError)).toBe(chinese);
  });

  describe('falls back to the API sentence', () => {
    beforeEach(() => i18n.choose('zh-CN'));

    it.each<[string, Partial<UserImportRowError>]>([
      ['without a code', {}],
      [
        'for a code this portal does not know',
        { code: 'email.blocked' as UserImportRowError['code'] },
      ],
      [
        'when a value the translation needs is missing',
        { code: 'email.invalid', params: {} },
      ],
      [
        'for a password problem this portal does not know',
        {
          code: 'password.weak',
          params: { problems: 'too_short,reused', min: 10 },
        },
      ],
      ['for a password error without problems', { code: 'password.weak' }],
    ])('%s', (_, fields) => {
      expect(importErrorText(i18n, error(fields))).toBe(
        'The English sentence from the API.',
      );
    });
  });

  it('names columns in the admin’s language, keeping the heading to look for in the file', () => {
    expect(importColumnText(i18n, 'display_name')).toBe('display_name');
    expect(importColumnText(i18n, null)).toBe('—');
    i18n.choose('zh-CN');
    expect(importColumnText(i18n, 'display_name')).toBe('姓名（display_name）');
    expect(importColumnText(i18n, 'email')).toBe('邮箱（email）');
  });
});
