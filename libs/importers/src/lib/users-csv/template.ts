import { USER_IMPORT_COLUMNS } from '@pathwise/contracts';
import { toCsv } from '../csv/to-csv';

/**
 * The file trainers download, fill in and upload: one agent and one supervisor who also takes
 * calls. It starts with a byte-order mark because without one Excel opens UTF-8 as the local
 * code page and shows 李娜 as garbage; the importer skips the mark.
 */
export const USER_IMPORT_TEMPLATE: string =
  '\uFEFF' +
  toCsv([
    [...USER_IMPORT_COLUMNS],
    ['li.na@example.com', '李娜', 'agent', 'Hotline A', 'E10231', 'zh-CN', '2026-03-02', ''],
    ['tom.baker@example.com', 'Tom Baker', 'supervisor;agent', 'Hotline A;Escalations', 'E10045', 'en', '2024-09-16', ''],
  ]);
