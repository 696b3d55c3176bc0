import JSZip from 'jszip';
import { parseQuestionSheet } from './parse-question-sheet';
import { openXlsxSafely } from './zip-guard';

async function workbookLike(extra: (zip: JSZip) => void): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types/>');
  zip.file('xl/workbook.xml', '<workbook/>');
  extra(zip);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

const message = async (bytes: Uint8Array, options = {}) => {
  const result = await parseQuestionSheet(bytes, 'xlsx', options);
  expect(result.questions).toEqual([]);
  expect(result.rejected).toHaveLength(1);
  expect(result.rejected[0].source.label).toBe('file');
  return result.rejected[0].message;
};

describe('XLSX zip bomb refusal', () => {
  let bomb: Uint8Array;
  beforeAll(async () => {
    // 20 MB of zeros deflates to about 20 KB: a 1000:1 ratio.
    bomb = await workbookLike((zip) => zip.file('xl/worksheets/sheet1.xml', new Uint8Array(20 * 1024 * 1024)));
  });

  it('refuses a highly compressed entry from the central directory alone', async () => {
    expect(bomb.byteLength).toBeLessThan(200 * 1024);
    const started = Date.now();
    expect(await message(bomb)).toMatch(/"xl\/worksheets\/sheet1\.xml" unpacks from 0 MB to 20 MB \(more than 100:1\).*zip bomb/);
    // Nothing is inflated: judging the archive takes far less than inflating 20 MB would.
    const zip = await JSZip.loadAsync(bomb);
    const spy = jest.spyOn(Object.getPrototypeOf(zip.files['xl/worksheets/sheet1.xml']), 'nodeStream');
    expect((await openXlsxSafely(bomb)).ok).toBe(false);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('refuses archives unpacking beyond the total cap', async () => {
    const file = await workbookLike((zip) => {
      for (let i = 0; i < 3; i++) zip.file(`xl/media/image${i}.bin.dat`, new Uint8Array(400 * 1024).map((_, j) => (j * 7919 + i) % 251));
    });
    expect(await message(file, { zipLimits: { maxUncompressedBytes: 1024 * 1024 } })).toMatch(/more than 1 MB.*zip bomb/);
  });

  it('refuses too many entries and nested archives', async () => {
    const many = await workbookLike((zip) => {
      for (let i = 0; i < 1001; i++) zip.file(`xl/x${i}.xml`, '<x/>');
    });
    expect(await message(many)).toMatch(/holds 1003 files inside; at most 1000/);
    const nested = await workbookLike((zip) => zip.file('xl/embeddings/Workbook1.xlsx', 'PK'));
    expect(await message(nested)).toMatch(/contains another archive \("xl\/embeddings\/Workbook1\.xlsx"\)/);
  });

  it('refuses an entry that inflates to more than its declared size, stopping early', async () => {
    const file = await workbookLike((zip) => zip.file('xl/worksheets/sheet1.xml', new Uint8Array(3 * 1024 * 1024)));
    // Patch the central directory's uncompressed size of sheet1.xml down to 1,000 bytes.
    const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
    const name = new TextEncoder().encode('xl/worksheets/sheet1.xml');
    let patched = false;
    for (let at = 0; at + 46 < file.byteLength; at++) {
      if (view.getUint32(at, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(at + 28, true);
      const entryName = file.subarray(at + 46, at + 46 + nameLength);
      if (nameLength === name.length && entryName.every((b, i) => b === name[i])) {
        view.setUint32(at + 24, 1000, true);
        patched = true;
      }
    }
    expect(patched).toBe(true);
    expect(await message(file)).toMatch(/unpacks to more data than the archive declares/);
  });
});
