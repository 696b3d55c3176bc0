export type DecodedTextFile = { ok: true; text: string } | { ok: false; encoding: string; message: string };

const SAVE_AS_UTF8 = "Save it as 'CSV UTF-8' and upload again.";

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const UTF16LE_BOM = [0xff, 0xfe];
const UTF16BE_BOM = [0xfe, 0xff];
const UTF32LE_BOM = [0xff, 0xfe, 0x00, 0x00];
const UTF32BE_BOM = [0x00, 0x00, 0xfe, 0xff];
/** .xlsx is a zip archive; .xls is an OLE compound document. */
const XLSX_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const XLS_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Turns an uploaded file into text. Only Unicode is accepted: guessing a legacy encoding wrong
 * would silently corrupt every Chinese name, so those files are refused with a way to fix them.
 */
export function decodeTextFile(bytes: Uint8Array): DecodedTextFile {
  if (startsWith(bytes, XLSX_SIGNATURE) || startsWith(bytes, XLS_SIGNATURE)) {
    return refuse('excel-workbook', `The file is an Excel workbook, not a CSV file. In Excel, choose Save As › 'CSV UTF-8' and upload the new file.`);
  }
  // UTF-32 before UTF-16: the UTF-32LE mark begins with the UTF-16LE one.
  if (startsWith(bytes, UTF32LE_BOM) || startsWith(bytes, UTF32BE_BOM)) {
    return refuse('UTF-32', `The file is saved as UTF-32, which is not supported. ${SAVE_AS_UTF8}`);
  }
  if (startsWith(bytes, UTF8_BOM)) return decodeWithBom(bytes, 'utf-8', 'UTF-8');
  if (startsWith(bytes, UTF16LE_BOM)) return decodeWithBom(bytes, 'utf-16le', 'UTF-16LE');
  if (startsWith(bytes, UTF16BE_BOM)) return decodeWithBom(bytes, 'utf-16be', 'UTF-16BE');

  const text = tryDecode(bytes, 'utf-8');
  if (text !== null && !text.includes('\0')) return { ok: true, text };
  if (text !== null) {
    // Zero bytes are valid UTF-8 but never appear in a spreadsheet export, except as the high
    // half of every character in UTF-16 saved without its byte-order mark.
    const encoding = guessUtf16WithoutBom(bytes);
    const what = encoding === 'unknown' ? 'contains binary data, not text' : `looks like ${encoding} without a byte-order mark`;
    return refuse(encoding, `The file ${what}. ${SAVE_AS_UTF8}`);
  }
  if (looksLikeGbk(bytes)) {
    return refuse('GBK/GB18030', `The file looks like GBK/GB18030 (common for Excel in Chinese). ${SAVE_AS_UTF8}`);
  }
  return refuse('unknown', `The file is not UTF-8 text and its encoding could not be recognised. ${SAVE_AS_UTF8}`);
}

function decodeWithBom(bytes: Uint8Array, label: string, encoding: string): DecodedTextFile {
  // TextDecoder drops the byte-order mark itself.
  const text = tryDecode(bytes, label);
  if (text === null) return refuse(encoding, `The file starts like ${encoding} text but is damaged. ${SAVE_AS_UTF8}`);
  return { ok: true, text };
}

function tryDecode(bytes: Uint8Array, label: string): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Chinese text in GBK decodes cleanly as GB18030 and yields Han characters. */
function looksLikeGbk(bytes: Uint8Array): boolean {
  const text = tryDecode(bytes, 'gb18030');
  return text !== null && /\p{Script=Han}/u.test(text);
}

function guessUtf16WithoutBom(bytes: Uint8Array): string {
  let zerosAtEven = 0;
  let zerosAtOdd = 0;
  bytes.forEach((byte, index) => {
    if (byte === 0) {
      if (index % 2 === 0) zerosAtEven++;
      else zerosAtOdd++;
    }
  });
  const pairs = Math.floor(bytes.length / 2);
  if (zerosAtOdd > pairs / 2 && zerosAtEven === 0) return 'UTF-16LE';
  if (zerosAtEven > pairs / 2 && zerosAtOdd === 0) return 'UTF-16BE';
  return 'unknown';
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

function refuse(encoding: string, message: string): DecodedTextFile {
  return { ok: false, encoding, message };
}
