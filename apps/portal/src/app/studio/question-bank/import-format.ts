import { QuestionImportFormat } from '@pathwise/contracts';

const BY_EXTENSION: Record<string, QuestionImportFormat> = {
  gift: 'gift',
  // Moodle exports GIFT as .txt; Aiken files are .txt too, so the trainer can switch.
  txt: 'gift',
  xml: 'moodle_xml',
  csv: 'csv',
  xlsx: 'xlsx',
};

/** The format a file most likely has, from its extension; null when the name says nothing. */
export function guessImportFormat(
  fileName: string,
): QuestionImportFormat | null {
  const match = /\.([a-z0-9]+)$/i.exec(fileName.trim());
  return match ? (BY_EXTENSION[match[1].toLowerCase()] ?? null) : null;
}

/** What the file input offers for a format. */
export function acceptFor(format: QuestionImportFormat): string {
  switch (format) {
    case 'gift':
    case 'aiken':
      return '.gift,.txt,text/plain';
    case 'moodle_xml':
      return '.xml,application/xml,text/xml';
    case 'csv':
      return '.csv,text/csv';
    case 'xlsx':
      return '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  }
}
