import { decodeTextFile } from './decode-text-file';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const pair = [unit & 0xff, unit >> 8];
    out.push(...(endian === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(out);
}

/** 张三 and 李四 in GBK, as Excel in Chinese saves them. */
const ZHANG_SAN_GBK = bytes(0xd5, 0xc5, 0xc8, 0xfd);
const LI_SI_GBK = bytes(0xc0, 0xee, 0xcb, 0xc4);

describe('decodeTextFile', () => {
  it('accepts plain UTF-8', () => {
    expect(decodeTextFile(utf8('email,display_name\nli@example.com,李娜\n'))).toEqual({
      ok: true,
      text: 'email,display_name\nli@example.com,李娜\n',
    });
  });

  it('accepts an empty file', () => {
    expect(decodeTextFile(new Uint8Array(0))).toEqual({ ok: true, text: '' });
  });

  it('strips the UTF-8 byte-order mark Excel writes', () => {
    expect(decodeTextFile(concat(bytes(0xef, 0xbb, 0xbf), utf8('email\n张三')))).toEqual({ ok: true, text: 'email\n张三' });
  });

  it('strips only one byte-order mark', () => {
    const result = decodeTextFile(concat(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf), utf8('x')));
    expect(result).toEqual({ ok: true, text: '\uFEFFx' });
  });

  it('accepts UTF-16LE with a byte-order mark (Excel "Unicode Text")', () => {
    expect(decodeTextFile(concat(bytes(0xff, 0xfe), utf16('email\t姓名\r\n张三', 'le')))).toEqual({
      ok: true,
      text: 'email\t姓名\r\n张三',
    });
  });

  it('accepts UTF-16BE with a byte-order mark', () => {
    expect(decodeTextFile(concat(bytes(0xfe, 0xff), utf16('email,张三', 'be')))).toEqual({ ok: true, text: 'email,张三' });
  });

  it('accepts characters outside the Basic Multilingual Plane', () => {
    expect(decodeTextFile(concat(bytes(0xff, 0xfe), utf16('𠮷野家', 'le')))).toEqual({ ok: true, text: '𠮷野家' });
    expect(decodeTextFile(utf8('𠮷野家 😀'))).toEqual({ ok: true, text: '𠮷野家 😀' });
  });

  it('refuses GBK bytes and says how to fix the file', () => {
    const file = concat(utf8('email,display_name\r\nzhang@example.com,'), ZHANG_SAN_GBK, utf8('\r\nli@example.com,'), LI_SI_GBK);
    expect(decodeTextFile(file)).toEqual({
      ok: false,
      encoding: 'GBK/GB18030',
      message: "The file looks like GBK/GB18030 (common for Excel in Chinese). Save it as 'CSV UTF-8' and upload again.",
    });
  });

  it('refuses bytes that are neither UTF-8 nor Chinese as unknown', () => {
    // "café" in Windows-1252: the lone 0xE9 before a comma is neither UTF-8 nor GBK.
    const result = decodeTextFile(concat(utf8('caf'), bytes(0xe9), utf8(',x')));
    expect(result).toEqual({
      ok: false,
      encoding: 'unknown',
      message: "The file is not UTF-8 text and its encoding could not be recognised. Save it as 'CSV UTF-8' and upload again.",
    });
  });

  it('refuses a byte that is invalid in every encoding as unknown', () => {
    expect(decodeTextFile(bytes(0x61, 0xff, 0x62))).toMatchObject({ ok: false, encoding: 'unknown' });
  });

  it('refuses a damaged UTF-8 file even when it has a byte-order mark', () => {
    expect(decodeTextFile(concat(bytes(0xef, 0xbb, 0xbf), ZHANG_SAN_GBK))).toEqual({
      ok: false,
      encoding: 'UTF-8',
      message: "The file starts like UTF-8 text but is damaged. Save it as 'CSV UTF-8' and upload again.",
    });
  });

  it('refuses UTF-16 with a byte-order mark but an odd number of bytes', () => {
    expect(decodeTextFile(concat(bytes(0xff, 0xfe), utf16('ab', 'le'), bytes(0x63)))).toMatchObject({
      ok: false,
      encoding: 'UTF-16LE',
    });
  });

  it('refuses UTF-16 saved without a byte-order mark', () => {
    expect(decodeTextFile(utf16('email,name', 'le'))).toEqual({
      ok: false,
      encoding: 'UTF-16LE',
      message: "The file looks like UTF-16LE without a byte-order mark. Save it as 'CSV UTF-8' and upload again.",
    });
    expect(decodeTextFile(utf16('email,name', 'be'))).toMatchObject({ ok: false, encoding: 'UTF-16BE' });
  });

  it('refuses text with scattered zero bytes as binary data', () => {
    expect(decodeTextFile(bytes(0x61, 0x00, 0x00, 0x62))).toEqual({
      ok: false,
      encoding: 'unknown',
      message: "The file contains binary data, not text. Save it as 'CSV UTF-8' and upload again.",
    });
  });

  it('refuses UTF-32', () => {
    expect(decodeTextFile(bytes(0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00))).toMatchObject({ ok: false, encoding: 'UTF-32' });
    expect(decodeTextFile(bytes(0x00, 0x00, 0xfe, 0xff, 0x00, 0x00, 0x00, 0x61))).toMatchObject({ ok: false, encoding: 'UTF-32' });
  });

  it('recognises an Excel workbook uploaded instead of a CSV file', () => {
    const expected = {
      ok: false,
      encoding: 'excel-workbook',
      message: "The file is an Excel workbook, not a CSV file. In Excel, choose Save As › 'CSV UTF-8' and upload the new file.",
    };
    expect(decodeTextFile(bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00))).toEqual(expected);
    expect(decodeTextFile(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toEqual(expected);
  });
});
