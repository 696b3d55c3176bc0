// `npm run bench:import`: builds a 5,000-question bank, writes it as Moodle XML, GIFT and XLSX, then times
// the parser on each file from one run. Parse only: storing the preview is the API's part (issue 3).
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportGift, exportMoodleXml, exportQuestionSheet, parseGift, parseMoodleXml, parseQuestionSheet, type QuestionImportResult } from '../src';
import { generateBank } from './question-bank';

const SIZE = Number(process.env['BENCH_QUESTIONS'] ?? 5000);

interface Measurement {
  format: string;
  bytes: number;
  ms: number;
  imported: number;
  rejected: number;
  rssMb: number;
}

async function measure(format: string, file: string, parse: () => QuestionImportResult | Promise<QuestionImportResult>): Promise<Measurement> {
  global.gc?.();
  const started = process.hrtime.bigint();
  const result = await parse();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { format, bytes: statSync(file).size, ms, imported: result.questions.length, rejected: result.rejected.length, rssMb: process.memoryUsage().rss / 2 ** 20 };
}

async function main(): Promise<void> {
  const bank = generateBank(SIZE);
  const dir = mkdtempSync(join(tmpdir(), 'pathwise-bench-import-'));
  const results: Measurement[] = [];

  const xmlFile = join(dir, 'bank.moodle.xml');
  writeFileSync(xmlFile, exportMoodleXml(bank).xml);
  results.push(await measure('Moodle XML', xmlFile, () => parseMoodleXml(new Uint8Array(readFileSync(xmlFile)))));

  const giftFile = join(dir, 'bank.gift.txt');
  writeFileSync(giftFile, exportGift(bank).text);
  results.push(await measure('GIFT', giftFile, () => parseGift(readFileSync(giftFile, 'utf8'))));

  const xlsxFile = join(dir, 'bank.xlsx');
  const sheet = await exportQuestionSheet(bank, 'xlsx');
  if (sheet.skipped.length) throw new Error(`The XLSX layout skipped ${sheet.skipped.length} bench questions`);
  writeFileSync(xlsxFile, sheet.file);
  results.push(await measure('XLSX', xlsxFile, () => parseQuestionSheet(new Uint8Array(readFileSync(xlsxFile)), 'xlsx')));

  console.log(`\nPathwise question import benchmark — ${SIZE} questions, parse + validate, one run (Node ${process.version})\n`);
  console.log('format        file size    time      questions/s   imported   rejected   RSS after');
  for (const r of results) {
    console.log(
      `${r.format.padEnd(12)}  ${`${(r.bytes / 2 ** 20).toFixed(1)} MB`.padStart(9)}  ${`${(r.ms / 1000).toFixed(2)} s`.padStart(8)}  ${Math.round((r.imported / r.ms) * 1000).toString().padStart(12)}  ${String(r.imported).padStart(9)}  ${String(r.rejected).padStart(9)}  ${`${r.rssMb.toFixed(0)} MB`.padStart(10)}`,
    );
  }
  const failed = results.filter((r) => r.imported + r.rejected === 0 || r.rejected > 0);
  if (failed.length) {
    console.error(`\nUnexpected rejections in: ${failed.map((r) => r.format).join(', ')}`);
    process.exit(1);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
