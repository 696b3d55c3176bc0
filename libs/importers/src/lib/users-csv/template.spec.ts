import { USER_IMPORT_COLUMNS } from '@pathwise/contracts';
import { decodeTextFile } from '../text/decode-text-file';
import { parseUserImportCsv } from './parse-user-import-csv';
import { USER_IMPORT_TEMPLATE } from './template';

describe('USER_IMPORT_TEMPLATE', () => {
  it('is exactly this text, with a byte-order mark so Excel shows the Chinese name', () => {
    expect(USER_IMPORT_TEMPLATE).toBe(
      '\uFEFF' +
        `${USER_IMPORT_COLUMNS.join(',')}\r\n` +
        'li.na@example.com,李娜,agent,Hotline A,E10231,zh-CN,2026-03-02,\r\n' +
        'tom.baker@example.com,Tom Baker,"supervisor;agent","Hotline A;Escalations",E10045,en,2024-09-16,\r\n',
    );
  });

  it('imports cleanly: an agent with a Chinese name and a supervisor who also takes calls', () => {
    const result = parseUserImportCsv(USER_IMPORT_TEMPLATE, {});
    expect(result.errors).toEqual([]);
    expect(result.rows).toMatchObject([
      { line: 2, displayName: '李娜', roles: ['agent'], locale: 'zh-CN' },
      { line: 3, roles: ['supervisor', 'agent'], teams: ['Hotline A', 'Escalations'] },
    ]);
  });

  it('survives the trip to bytes and back, as it does when downloaded and uploaded again', () => {
    const decoded = decodeTextFile(new TextEncoder().encode(USER_IMPORT_TEMPLATE));
    expect(decoded.ok && parseUserImportCsv(decoded.text, {}).rows).toHaveLength(2);
  });
});
