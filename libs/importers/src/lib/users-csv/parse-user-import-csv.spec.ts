import { Role, USER_IMPORT_COLUMNS, USER_IMPORT_ERROR_CODES, USER_IMPORT_PASSWORD_PROBLEMS } from '@pathwise/contracts';
import fc from 'fast-check';
import { toCsv } from '../csv/to-csv';
import { csvProblem, parseUserImportCsv } from './parse-user-import-csv';

const HEADER = USER_IMPORT_COLUMNS.join(',');
const COLUMN_LIST = USER_IMPORT_COLUMNS.join(', ');
const file = (...lines: string[]) => lines.join('\r\n') + '\r\n';
const parse = (...lines: string[]) => parseUserImportCsv(file(...lines), {});

/** A row with every column filled and valid; override cells by column name. */
function row(cells: Partial<Record<(typeof USER_IMPORT_COLUMNS)[number], string>> = {}): string {
  const values = {
    email: 'li.na@example.com',
    display_name: '李娜',
    roles: 'agent',
    teams: 'Hotline A',
    employee_no: 'E10231',
    locale: 'zh-CN',
    hired_on: '2026-03-02',
    password: '',
    ...cells,
  };
  return toCsv([USER_IMPORT_COLUMNS.map((column) => values[column])]).replace(/\r\n$/, '');
}

/** The single error a one-row file produces for a cell. */
function errorFor(cells: Parameters<typeof row>[0]) {
  const result = parse(HEADER, row(cells));
  expect(result.rows).toEqual([]);
  expect(result.errors).toHaveLength(1);
  return result.errors[0];
}

/** The value a one-row file yields for a field. */
function valueFor<K extends keyof ReturnType<typeof parseUserImportCsv>['rows'][number]>(field: K, cells: Parameters<typeof row>[0]) {
  const result = parse(HEADER, row(cells));
  expect(result.errors).toEqual([]);
  return result.rows[0][field];
}

describe('parseUserImportCsv', () => {
  it('reads a complete valid file', () => {
    const result = parse(
      HEADER,
      row(),
      row({
        email: ' Tom.Baker@Example.com ',
        display_name: 'Tom Baker',
        roles: 'supervisor;agent',
        teams: 'Hotline A;Escalations',
        employee_no: 'E10045',
        locale: 'en',
        hired_on: '2024-09-16',
        password: 'Hotline-Ready-42',
      }),
    );
    expect(result).toEqual({
      totalRows: 2,
      errors: [],
      rows: [
        {
          line: 2,
          email: 'li.na@example.com',
          displayName: '李娜',
          roles: [Role.Agent],
          teams: ['Hotline A'],
          employeeNo: 'E10231',
          locale: 'zh-CN',
          hiredOn: '2026-03-02',
          password: null,
        },
        {
          line: 3,
          email: 'tom.baker@example.com',
          displayName: 'Tom Baker',
          roles: [Role.Supervisor, Role.Agent],
          teams: ['Hotline A', 'Escalations'],
          employeeNo: 'E10045',
          locale: 'en',
          hiredOn: '2024-09-16',
          password: 'Hotline-Ready-42',
        },
      ],
    });
  });

  it('defaults maxRows when no options are given', () => {
    expect(parseUserImportCsv(file(HEADER, row())).rows).toHaveLength(1);
  });

  describe('header', () => {
    it('needs only email, display_name and roles, in any order', () => {
      const result = parse('roles,email,display_name', 'trainer,wu@example.com,Wu Fang');
      expect(result.errors).toEqual([]);
      expect(result.rows).toEqual([
        {
          line: 2,
          email: 'wu@example.com',
          displayName: 'Wu Fang',
          roles: [Role.Trainer],
          teams: [],
          employeeNo: null,
          locale: null,
          hiredOn: null,
          password: null,
        },
      ]);
    });

    it('ignores case, spaces, hyphens and full-width letters in headings', () => {
      const result = parse(' E-Mail , Display Name,ROLES,Employee No,HiredOn,ｌｏｃａｌｅ', 'li@example.com,李娜,agent,E1,2026-01-05,zh');
      expect(result.errors).toEqual([]);
      expect(result.rows[0]).toMatchObject({ employeeNo: 'E1', hiredOn: '2026-01-05', locale: 'zh-CN' });
    });

    it('reports each missing required column on line 1 and checks no rows', () => {
      const result = parse('email,teams', 'li@example.com,Hotline A', 'bad-email,');
      expect(result).toEqual({
        rows: [],
        totalRows: 2,
        errors: [
          {
            line: 1,
            column: 'display_name',
            message: 'The header has no "display_name" column, which is required.',
            code: 'header.missing_column',
            params: { column: 'display_name' },
          },
          {
            line: 1,
            column: 'roles',
            message: 'The header has no "roles" column, which is required.',
            code: 'header.missing_column',
            params: { column: 'roles' },
          },
        ],
      });
    });

    it('says plainly when the header row is missing', () => {
      expect(parse('li@example.com,李娜,agent', 'wu@example.com,Wu Fang,agent')).toEqual({
        rows: [],
        totalRows: 1,
        errors: [
          {
            line: 1,
            column: null,
            message:
              'Line 1 must be the header row naming the columns (email,display_name,roles,teams,employee_no,locale,hired_on,password), but it is "li@example.com,李娜,agent".',
            code: 'header.missing',
            params: { line: 1, value: 'li@example.com,李娜,agent', columns: COLUMN_LIST },
          },
        ],
      });
    });

    it('reports unknown columns on line 1 with no column, but still checks the rows', () => {
      const result = parse('email,display_name,roles,Manager', 'li@example.com,李娜,agent,Wang', 'bad,李娜,agent,Wang');
      expect(result.errors).toEqual([
        {
          line: 1,
          column: null,
          message: 'Unknown column "Manager". The columns are: email, display_name, roles, teams, employee_no, locale, hired_on, password.',
          code: 'header.unknown_column',
          params: { value: 'Manager', columns: COLUMN_LIST },
        },
        { line: 3, column: 'email', message: '"bad" is not a valid email address.', code: 'email.invalid', params: { value: 'bad' } },
      ]);
      expect(result.rows.map((r) => r.line)).toEqual([2]);
    });

    it('reports a column named twice', () => {
      const result = parse('email,display_name,roles,Email', 'li@example.com,李娜,agent,other@example.com');
      expect(result.errors).toEqual([
        {
          line: 1,
          column: 'email',
          message: 'The column "email" appears more than once in the header.',
          code: 'header.duplicate_column',
          params: { column: 'email' },
        },
      ]);
      expect(result.rows[0].email).toBe('li@example.com');
    });

    it('ignores blank headings while the cells below them are empty', () => {
      const result = parse('email,,display_name,roles,,', 'li@example.com,,李娜,agent,,');
      expect(result.errors).toEqual([]);
      expect(result.rows).toHaveLength(1);
    });

    it('reports a value under a blank heading or beyond the last heading', () => {
      const result = parse('email,,display_name,roles', 'li@example.com,oops,李娜,agent,extra', 'wu@example.com,,Wu,agent,,');
      expect(result.errors).toEqual([
        { line: 2, column: null, message: 'Cell 2 ("oops") has no column heading above it.', code: 'cell.no_heading', params: { cell: 2, value: 'oops' } },
        { line: 2, column: null, message: 'Cell 5 ("extra") has no column heading above it.', code: 'cell.no_heading', params: { cell: 5, value: 'extra' } },
      ]);
      expect(result.rows.map((r) => r.line)).toEqual([3]);
    });

    it('treats missing trailing cells as empty', () => {
      const result = parse(HEADER, 'li@example.com,李娜,agent');
      expect(result.errors).toEqual([]);
      expect(result.rows[0]).toMatchObject({ teams: [], employeeNo: null, locale: null, hiredOn: null, password: null });
    });

    it('finds the header after leading blank lines and counts lines from the top of the file', () => {
      const result = parse('', '', HEADER, row());
      expect(result.errors).toEqual([]);
      expect(result.rows[0].line).toBe(4);
      expect(parse('', 'email,roles', 'x,agent').errors[0]).toEqual({
        line: 2,
        column: 'display_name',
        message: 'The header has no "display_name" column, which is required.',
        code: 'header.missing_column',
        params: { column: 'display_name' },
      });
    });
  });

  describe('file as a whole', () => {
    it('reports an empty file', () => {
      const expected = {
        rows: [],
        totalRows: 0,
        errors: [
          {
            line: 1,
            column: null,
            message: 'The file is empty. It needs a header row (email,display_name,roles, …) and one user per line.',
            code: 'file.empty',
          },
        ],
      };
      expect(parseUserImportCsv('', {})).toEqual(expected);
      expect(parseUserImportCsv('\uFEFF\r\n \r\n,,,\r\n', {})).toEqual(expected);
    });

    it('reports a header with no users', () => {
      expect(parse(HEADER, ',,,,,,,')).toEqual({
        rows: [],
        totalRows: 0,
        errors: [{ line: 1, column: null, message: 'The file has a header row but no users below it.', code: 'file.no_rows' }],
      });
    });

    it('accepts exactly maxRows users', () => {
      const result = parseUserImportCsv(file(HEADER, row({ email: 'a@example.com' }), row({ email: 'b@example.com', employee_no: 'E2' })), {
        maxRows: 2,
      });
      expect(result.errors).toEqual([]);
      expect(result.rows).toHaveLength(2);
    });

    it('refuses more than maxRows users with one error at the first row too many', () => {
      const users = Array.from({ length: 4 }, (_, i) => row({ email: `u${i}@example.com`, employee_no: `E${i}` }));
      expect(parseUserImportCsv(file(HEADER, '', ...users), { maxRows: 2 })).toEqual({
        rows: [],
        totalRows: 4,
        errors: [
          {
            line: 5,
            column: null,
            message: 'The file has 4 users; at most 2 can be imported at once. Split it into smaller files.',
            code: 'file.too_many_rows',
            params: { count: 4, max: 2 },
          },
        ],
      });
    });

    it('allows 5000 users by default and refuses 5001', () => {
      const users = (count: number) =>
        [HEADER, ...Array.from({ length: count }, (_, i) => `user${i}@example.com,User ${i},agent`)].join('\n');
      const allowed = parseUserImportCsv(users(5000), {});
      expect(allowed.errors).toEqual([]);
      expect(allowed.rows).toHaveLength(5000);
      expect(parseUserImportCsv(users(5001), {}).errors).toEqual([
        {
          line: 5002,
          column: null,
          message: 'The file has 5001 users; at most 5000 can be imported at once. Split it into smaller files.',
          code: 'file.too_many_rows',
          params: { count: 5001, max: 5000 },
        },
      ]);
    });

    it('returns a quote that is never closed as a single error instead of throwing', () => {
      const result = parse(HEADER, row(), 'wu@example.com,"Wu Fang,agent', row({ email: 'x@example.com' }));
      expect(result).toEqual({
        rows: [],
        totalRows: 0,
        errors: [
          {
            line: 3,
            column: null,
            message:
              'The row starting on line 3 has a quote (") that is never closed, so the rest of the file was read as one cell. Add the missing closing quote or remove the stray one.',
            code: 'csv.unclosed_quote',
            params: { line: 3 },
          },
        ],
      });
    });

    it('skips blank lines and rows of empty cells but keeps line numbers true to the file', () => {
      const result = parse(HEADER, '', row(), ',,,,,,,', '   ', row({ email: 'wu@example.com', employee_no: '' }));
      expect(result.errors).toEqual([]);
      expect(result.totalRows).toBe(2);
      expect(result.rows.map((r) => r.line)).toEqual([3, 6]);
    });

    it('counts the lines of quoted multi-line cells', () => {
      const result = parse(
        HEADER,
        'li.na@example.com,李娜,agent,"Hotline A',
        'Escalations",E1',
        '',
        'bad-email,"Wu',
        'Fang",agent',
        'tom@example.com,Tom,agent',
      );
      expect(result.rows.map((r) => r.line)).toEqual([2, 7]);
      expect(result.rows[0].teams).toEqual(['Hotline A', 'Escalations']);
      expect(result.errors).toEqual([
        { line: 5, column: 'email', message: '"bad-email" is not a valid email address.', code: 'email.invalid', params: { value: 'bad-email' } },
        { line: 5, column: 'display_name', message: 'Display name must fit on one line, without tabs or line breaks.', code: 'display_name.multiline' },
      ]);
    });

    it('reads a file saved with a byte-order mark, tabs and LF line ends', () => {
      const text = '\uFEFF' + ['email\tdisplay_name\troles\tteams', 'li@example.com\t李娜\tagent\tHotline A, East'].join('\n');
      const result = parseUserImportCsv(text, {});
      expect(result.errors).toEqual([]);
      expect(result.rows[0]).toMatchObject({ email: 'li@example.com', teams: ['Hotline A, East'] });
    });

    it('reports every problem of a row and leaves the row out', () => {
      const result = parse(
        HEADER,
        row({ email: 'nope', display_name: '', roles: 'boss', locale: 'fr', hired_on: '2026-02-30', password: 'short' }),
      );
      expect(result.rows).toEqual([]);
      expect(result.totalRows).toBe(1);
      expect(result.errors.map((e) => e.column)).toEqual(['email', 'display_name', 'roles', 'locale', 'hired_on', 'password']);
      expect(result.errors.map((e) => e.code)).toEqual([
        'email.invalid',
        'display_name.missing',
        'roles.unknown',
        'locale.unknown',
        'hired_on.nonexistent',
        'password.weak',
      ]);
      expect(result.errors.every((e) => e.line === 2)).toBe(true);
    });

    it('keeps valid rows when other rows have errors', () => {
      const result = parse(HEADER, row(), row({ email: 'bad', employee_no: 'E2' }), row({ email: 'wu@example.com', employee_no: 'E3' }));
      expect(result.rows.map((r) => r.line)).toEqual([2, 4]);
      expect(result.errors.map((e) => e.line)).toEqual([3]);
      expect(result.totalRows).toBe(3);
    });
  });

  describe('email', () => {
    it('is normalised', () => {
      expect(valueFor('email', { email: '  ＬＩ.Na@Example.COM ' })).toBe('li.na@example.com');
    });

    it('is required', () => {
      expect(errorFor({ email: '  ' })).toEqual({ line: 2, column: 'email', message: 'Email is missing.', code: 'email.missing' });
    });

    it.each(['li.na', 'li.na@example', 'li na@example.com', 'a@example.com;b@example.com'])('rejects %s', (email) => {
      expect(errorFor({ email })).toEqual({
        line: 2,
        column: 'email',
        message: `"${email}" is not a valid email address.`,
        code: 'email.invalid',
        params: { value: email },
      });
    });

    it('shortens a very long value in the message', () => {
      const error = errorFor({ email: 'x'.repeat(100) });
      expect(error.message).toBe(`"${'x'.repeat(59)}…" is not a valid email address.`);
      expect(error.params).toEqual({ value: `${'x'.repeat(59)}…` });
    });

    it('must be unique in the file; the later line names the first', () => {
      const result = parse(
        HEADER,
        row(),
        row({ email: 'wu@example.com', employee_no: 'E2' }),
        row({ email: 'LI.NA@example.com', employee_no: 'E3' }),
        row({ email: 'li.na@example.com', employee_no: 'E4' }),
      );
      expect(result.rows.map((r) => r.line)).toEqual([2, 3]);
      expect(result.errors).toEqual([
        {
          line: 4,
          column: 'email',
          message: 'The email li.na@example.com already appears on line 2.',
          code: 'email.duplicate_in_file',
          params: { value: 'li.na@example.com', firstLine: 2 },
        },
        {
          line: 5,
          column: 'email',
          message: 'The email li.na@example.com already appears on line 2.',
          code: 'email.duplicate_in_file',
          params: { value: 'li.na@example.com', firstLine: 2 },
        },
      ]);
    });

    it('counts a duplicate of a row that has other errors', () => {
      const result = parse(HEADER, row({ roles: 'boss' }), row({ employee_no: 'E2' }));
      expect(result.errors.map((e) => [e.line, e.column])).toEqual([
        [2, 'roles'],
        [3, 'email'],
      ]);
    });
  });

  describe('display_name', () => {
    it('is trimmed', () => {
      expect(valueFor('displayName', { display_name: '  Zhang "Tom" Wei ' })).toBe('Zhang "Tom" Wei');
    });

    it('is required', () => {
      expect(errorFor({ display_name: '' })).toEqual({ line: 2, column: 'display_name', message: 'Display name is missing.', code: 'display_name.missing' });
    });

    it('may be 120 characters, counting each Chinese character once', () => {
      expect(valueFor('displayName', { display_name: '张'.repeat(120) })).toHaveLength(120);
    });

    it('may not be longer than 120 characters', () => {
      expect(errorFor({ display_name: '张'.repeat(121) })).toEqual({
        line: 2,
        column: 'display_name',
        message: 'Display name is 121 characters long; the limit is 120.',
        code: 'display_name.too_long',
        params: { length: 121, max: 120 },
      });
    });

    it('must fit on one line', () => {
      expect(errorFor({ display_name: 'Li\tNa' })).toMatchObject({
        message: 'Display name must fit on one line, without tabs or line breaks.',
        code: 'display_name.multiline',
      });
    });
  });

  describe('roles', () => {
    it.each([
      ['agent', [Role.Agent]],
      ['Supervisor; Agent', [Role.Supervisor, Role.Agent]],
      ['trainer；admin', [Role.Trainer, Role.Admin]],
      ['agent|trainer', [Role.Agent, Role.Trainer]],
      ['agent, supervisor', [Role.Agent, Role.Supervisor]],
      ['agent，supervisor、admin', [Role.Agent, Role.Supervisor, Role.Admin]],
      [';agent;;agent; ', [Role.Agent]],
      ['ADMIN', [Role.Admin]],
      ['agent\r\nsupervisor', [Role.Agent, Role.Supervisor]],
    ])('reads %j', (roles, expected) => {
      expect(valueFor('roles', { roles })).toEqual(expected);
    });

    it.each(['', ' ; ；| '])('needs at least one role (%j)', (roles) => {
      expect(errorFor({ roles })).toEqual({
        line: 2,
        column: 'roles',
        message: 'Roles are missing; give at least one. Use agent, trainer, supervisor or admin, separated by ";".',
        code: 'roles.missing',
        params: { allowed: 'agent, trainer, supervisor, admin' },
      });
    });

    it('names one unknown role', () => {
      expect(errorFor({ roles: 'agent;manager' })).toMatchObject({
        message: 'Unknown role "manager". Use agent, trainer, supervisor or admin, separated by ";".',
        code: 'roles.unknown',
        params: { value: 'manager', count: 1, allowed: 'agent, trainer, supervisor, admin' },
      });
    });

    it('names several unknown roles', () => {
      expect(errorFor({ roles: 'boss;客服专员;agent' })).toMatchObject({
        message: 'Unknown roles "boss", "客服专员". Use agent, trainer, supervisor or admin, separated by ";".',
        code: 'roles.unknown',
        params: { value: 'boss, 客服专员', count: 2 },
      });
    });
  });

  describe('teams', () => {
    it.each([
      ['', []],
      ['Hotline A', ['Hotline A']],
      [' Hotline A ; Escalations ;', ['Hotline A', 'Escalations']],
      ['热线一组；投诉组|VIP', ['热线一组', '投诉组', 'VIP']],
      ['Billing, East', ['Billing, East']],
      ['VIP;VIP', ['VIP']],
      ['Hotline A\nVIP', ['Hotline A', 'VIP']],
    ])('reads %j', (teams, expected) => {
      expect(valueFor('teams', { teams })).toEqual(expected);
    });
  });

  describe('employee_no', () => {
    it('is optional', () => {
      expect(valueFor('employeeNo', { employee_no: ' ' })).toBeNull();
    });

    it('is trimmed', () => {
      expect(valueFor('employeeNo', { employee_no: ' 00123 ' })).toBe('00123');
    });

    it('may not be longer than 64 characters', () => {
      expect(errorFor({ employee_no: '1'.repeat(65) })).toEqual({
        line: 2,
        column: 'employee_no',
        message: 'Employee number is 65 characters long; the limit is 64.',
        code: 'employee_no.too_long',
        params: { length: 65, max: 64 },
      });
    });

    it('must be unique in the file', () => {
      const result = parse(HEADER, row(), row({ email: 'wu@example.com' }));
      expect(result.errors).toEqual([
        {
          line: 3,
          column: 'employee_no',
          message: 'The employee number E10231 already appears on line 2.',
          code: 'employee_no.duplicate_in_file',
          params: { value: 'E10231', firstLine: 2 },
        },
      ]);
    });
  });

  describe('locale', () => {
    it.each([
      ['', null],
      ['en', 'en'],
      ['EN-us', 'en'],
      ['en_GB', 'en'],
      ['zh-CN', 'zh-CN'],
      ['zh', 'zh-CN'],
      ['zh-cn', 'zh-CN'],
      ['zh_CN', 'zh-CN'],
      ['cn', 'zh-CN'],
      ['中文', 'zh-CN'],
    ])('reads %j as %j', (locale, expected) => {
      expect(valueFor('locale', { locale })).toBe(expected);
    });

    it.each(['fr', 'zh-TW', 'constructor'])('rejects %j', (locale) => {
      expect(errorFor({ locale })).toEqual({
        line: 2,
        column: 'locale',
        message: `Unknown language "${locale}". Use en (English) or zh-CN (Chinese), or leave it empty.`,
        code: 'locale.unknown',
        params: { value: locale },
      });
    });
  });

  describe('hired_on', () => {
    it.each([
      ['', null],
      ['2026-03-01', '2026-03-01'],
      ['2024-02-29', '2024-02-29'],
      ['2026/3/1', '2026-03-01'],
      ['2026.12.31', '2026-12-31'],
    ])('reads %j as %j', (hiredOn, expected) => {
      expect(valueFor('hiredOn', { hired_on: hiredOn })).toBe(expected);
    });

    it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31', '2026-00-10', '2026-01-00'])('rejects %s, which does not exist', (hiredOn) => {
      expect(errorFor({ hired_on: hiredOn })).toEqual({
        line: 2,
        column: 'hired_on',
        message: `${hiredOn} is not a real date.`,
        code: 'hired_on.nonexistent',
        params: { value: hiredOn },
      });
    });

    it.each(['03/01/2026', '1 March 2026', '20260301', '2026-3', '2026-03-01T00:00:00Z'])('rejects %j, which is not year-first', (hiredOn) => {
      expect(errorFor({ hired_on: hiredOn })).toEqual({
        line: 2,
        column: 'hired_on',
        message: `"${hiredOn}" is not a date in the form YYYY-MM-DD, e.g. 2026-03-01.`,
        code: 'hired_on.invalid',
        params: { value: hiredOn },
      });
    });

    it.each(['0202-03-01', '2202-03-01'])('rejects %s, a likely typo', (hiredOn) => {
      expect(errorFor({ hired_on: hiredOn })).toMatchObject({
        message: `${hiredOn} is not a plausible hire date.`,
        code: 'hired_on.implausible',
        params: { value: hiredOn },
      });
    });
  });

  describe('password', () => {
    it('is optional', () => {
      expect(valueFor('password', { password: '' })).toBeNull();
    });

    it('is kept when it passes the policy', () => {
      expect(valueFor('password', { password: 'Hotline-Ready-42' })).toBe('Hotline-Ready-42');
    });

    it('must pass the password policy', () => {
      expect(errorFor({ password: 'password123' })).toEqual({
        line: 2,
        column: 'password',
        message: 'The password must not be a commonly used password.',
        code: 'password.weak',
        params: { problems: 'too_common', min: 10, max: 128 },
      });
    });

    it('may not contain the email or the name', () => {
      expect(errorFor({ email: 'tom.baker@example.com', password: 'tom.baker-2026' })).toMatchObject({
        message: 'The password must not contain the email address.',
        code: 'password.weak',
        params: { problems: 'contains_email' },
      });
      expect(errorFor({ display_name: 'Tom Baker', password: 'Baker-2026-xx' })).toMatchObject({
        message: "The password must not contain the person's name.",
        code: 'password.weak',
        params: { problems: 'contains_name' },
      });
    });

    it('lists every problem in policy order, with the length limits, for the portal to phrase', () => {
      expect(errorFor({ password: 'abc' })).toMatchObject({
        message: 'The password must be at least 10 characters long and contain a digit.',
        code: 'password.weak',
        params: { problems: 'too_short,needs_digit', min: 10, max: 128 },
      });
    });

    it('gives limits that match the policy', () => {
      expect(valueFor('password', { password: 'Harbour-42' })).toBe('Harbour-42');
      expect(errorFor({ password: 'Harbor-42' }).params).toMatchObject({ problems: 'too_short', min: 10 });
      const longest = `Hx7-${'q'.repeat(124)}`;
      expect(valueFor('password', { password: longest })).toBe(longest);
      expect(errorFor({ password: `${longest}q` }).params).toMatchObject({ problems: 'too_long', max: 128 });
    });

    it.each([
      ['Hx7', 'too_short'],
      [`Hx7-${'q'.repeat(125)}`, 'too_long'],
      ['2718281828459', 'needs_letter'],
      ['Harbour-Lights', 'needs_digit'],
      ['li.na-Harbour-42', 'contains_email'],
      ['Harbour-Baker-42', 'contains_name'],
      ['Password123!', 'too_common'],
    ])('names %j as %s, a problem the portal knows', (password, expected) => {
      const problems = String(errorFor({ display_name: 'Tom Baker', password }).params?.['problems']).split(',');
      expect(problems).toContain(expected);
      expect(problems.every((problem) => (USER_IMPORT_PASSWORD_PROBLEMS as readonly string[]).includes(problem))).toBe(true);
    });

    it('does not echo the password in the message', () => {
      const error = errorFor({ password: 'Secret' });
      expect(error.message).not.toContain('Secret');
      expect(JSON.stringify(error.params)).not.toContain('Secret');
    });
  });

  describe('error codes', () => {
    const DATABASE_CODES = ['email.exists', 'employee_no.exists', 'team.unknown'];

    it('names both ways the CSV reader can fail', () => {
      expect(csvProblem(3, 'The row starting on line 3 has a quote (") that is never closed, so …')).toEqual(['csv.unclosed_quote', { line: 3 }]);
      expect(csvProblem(7, 'The file could not be read as CSV near line 7 (Invalid Record Length: columns length is 2).')).toEqual([
        'csv.malformed',
        { line: 7, detail: 'Invalid Record Length: columns length is 2' },
      ]);
      expect(csvProblem(7, 'Something else')).toEqual(['csv.malformed', { line: 7, detail: 'Something else' }]);
    });

    it('every code in the contract but the database ones is produced by some file', () => {
      const files = [
        '',
        file(HEADER),
        file(HEADER, row(), 'x,"y'),
        file('li@example.com,李娜,agent', 'wu@example.com,Wu Fang,agent'),
        file('email,display_name,roles,Email,Manager', 'li@example.com,李娜,agent,,,oops'),
        file('email,teams', 'li@example.com,A'),
        file(
          HEADER,
          row(),
          row({ display_name: '', roles: '', hired_on: '2026-02-30' }),
          row({ email: '', display_name: 'a\tb', roles: 'boss', locale: 'fr', hired_on: '1 March', employee_no: '1'.repeat(65) }),
          row({ email: 'bad', display_name: '张'.repeat(121), hired_on: '0202-01-01', password: 'short' }),
        ),
      ];
      const produced = new Set(files.flatMap((text) => parseUserImportCsv(text, {}).errors.map((error) => error.code)));
      produced.add(parseUserImportCsv(file(HEADER, row(), row({ email: 'b@example.com' })), { maxRows: 1 }).errors[0].code);
      // csv-parse, with the reader's relaxed options, has no known input for this; csvProblem is tested above.
      produced.add('csv.malformed');
      expect([...produced].sort()).toEqual(USER_IMPORT_ERROR_CODES.filter((code) => !DATABASE_CODES.includes(code)).sort());
    });
  });

  describe('never throws', () => {
    const csvCharacter = fc.constantFrom('"', ',', ';', '；', '|', '\t', '\r', '\n', ' ', '@', '.', 'a', 'é', '张', '😀', '\uFEFF', '\0');
    const anyText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: csvCharacter, maxLength: 200 }));

    it('on arbitrary text', () => {
      fc.assert(
        fc.property(anyText, (text) => {
          const result = parseUserImportCsv(text, {});
          expect(result.rows.length).toBeLessThanOrEqual(result.totalRows);
          expect(result.errors.every((error) => error.line >= 1)).toBe(true);
          expect(result.errors.every((error) => error.code !== undefined && USER_IMPORT_ERROR_CODES.includes(error.code))).toBe(true);
        }),
      );
    });

    it('on arbitrary cells under a real header, and errors and rows never share a line', () => {
      const cell = fc.oneof(fc.string({ unit: csvCharacter, maxLength: 12 }), fc.constantFrom('agent', 'li@example.com', '2026-02-30', 'zh'));
      const rows = fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 20 });
      fc.assert(
        fc.property(rows, fc.integer({ min: 1, max: 25 }), (cells, maxRows) => {
          const result = parseUserImportCsv(toCsv([[...USER_IMPORT_COLUMNS], ...cells]), { maxRows });
          const errorLines = new Set(result.errors.map((error) => error.line));
          expect(result.rows.every((r) => !errorLines.has(r.line))).toBe(true);
          expect(result.errors.every((error) => error.code !== undefined && USER_IMPORT_ERROR_CODES.includes(error.code))).toBe(true);
          expect(result.rows.length).toBeLessThanOrEqual(result.totalRows);
        }),
      );
    });
  });
});
