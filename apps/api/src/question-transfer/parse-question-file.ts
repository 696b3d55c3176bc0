import { ErrorCode, QuestionImportFormat } from '@pathwise/contracts';
import { decodeTextFile, parseAiken, parseGift, parseMoodleXml, parseQuestionSheet, QuestionImportResult } from '@pathwise/importers';
import { DomainException } from '../common/domain.exception';

/** One entry point over the importers; text formats must be Unicode (a GBK file is refused by name, never guessed). */
export async function parseQuestionFile(format: QuestionImportFormat, bytes: Uint8Array, maxBytes: number, defaultCategory: string[]): Promise<QuestionImportResult> {
  switch (format) {
    case 'moodle_xml':
      // XML declares its own encoding; the parser honours it and refuses what it cannot read.
      return parseMoodleXml(bytes, { maxBytes });
    case 'csv':
    case 'xlsx':
      return parseQuestionSheet(bytes, format, { maxBytes });
    case 'gift':
      return parseGift(decodeOrRefuse(bytes), { defaultCategory });
    case 'aiken':
      return parseAiken(decodeOrRefuse(bytes), { defaultCategory });
  }
}

function decodeOrRefuse(bytes: Uint8Array): string {
  const decoded = decodeTextFile(bytes);
  if (decoded.ok) return decoded.text;
  // The decoder's advice is worded for CSV; for GIFT and Aiken the fix is to save as UTF-8 text, or to pick XLSX for a workbook.
  const message =
    decoded.encoding === 'excel-workbook'
      ? 'The file is an Excel workbook, not a GIFT or Aiken text file: choose the XLSX format to import it.'
      : decoded.message.replace(/'CSV UTF-8'/gu, 'UTF-8 text');
  throw new DomainException(ErrorCode.UnsupportedEncoding, message, [{ field: 'file', message, code: decoded.encoding }], { encoding: decoded.encoding });
}
