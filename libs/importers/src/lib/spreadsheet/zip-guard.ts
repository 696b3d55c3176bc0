import JSZip from 'jszip';

export interface ZipLimits {
  /** Sum of all entries' uncompressed sizes (default 100 MB). */
  maxUncompressedBytes: number;
  /** Highest compressed:uncompressed ratio allowed for an entry bigger than `ratioAppliesAbove` (default 100). */
  maxRatio: number;
  /** Entries smaller than this may compress as well as they like (default 1 MB). */
  ratioAppliesAbove: number;
  /** Most entries an archive may have (default 1,000). */
  maxEntries: number;
}

export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxUncompressedBytes: 100 * 1024 * 1024,
  maxRatio: 100,
  ratioAppliesAbove: 1024 * 1024,
  maxEntries: 1000,
};

export type ZipCheck = { ok: true; zip: JSZip } | { ok: false; message: string };

/** jszip keeps the central directory's sizes on a private field; nothing is inflated to read them. */
interface CompressedObject {
  compressedSize: number;
  uncompressedSize: number;
}

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_SIGNATURE = [0x50, 0x4b, 0x05, 0x06];
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const NESTED_ARCHIVE = /\.(zip|xlsx|xlsm|xlsb|xls|docx|pptx|jar|7z|rar|gz|tgz|bz2|xz|tar|cab|bin)$/iu;
const MB = 1024 * 1024;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

const mb = (bytes: number) => `${Math.round((bytes / MB) * 10) / 10} MB`;

/**
 * Opens an uploaded workbook far enough to judge it — the central directory only, nothing is
 * decompressed — and refuses anything that could exhaust memory when a library inflates it.
 */
export async function openXlsxSafely(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<ZipCheck> {
  if (startsWith(bytes, OLE_SIGNATURE)) {
    return { ok: false, message: 'The file is an old Excel 97-2003 workbook (.xls). In Excel, choose File › Save As › "Excel Workbook (.xlsx)" and upload the new file.' };
  }
  if (!startsWith(bytes, ZIP_SIGNATURE) && !startsWith(bytes, EMPTY_ZIP_SIGNATURE)) {
    return { ok: false, message: 'The file is not an Excel workbook (.xlsx). Save it from Excel as "Excel Workbook (.xlsx)", or upload a CSV file instead.' };
  }
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  } catch (error) {
    return { ok: false, message: `The file is damaged and cannot be opened as an Excel workbook (${error instanceof Error ? error.message : 'unreadable zip archive'}).` };
  }
  const entries = Object.values(zip.files).filter((entry) => !entry.dir);
  if (entries.length > limits.maxEntries) {
    return { ok: false, message: `The workbook holds ${entries.length} files inside; at most ${limits.maxEntries} are allowed. It was refused as a possible zip bomb.` };
  }
  let total = 0;
  for (const entry of entries) {
    if (NESTED_ARCHIVE.test(entry.name)) {
      return { ok: false, message: `The workbook contains another archive ("${entry.name}"), for example an embedded object. Remove embedded files and upload again.` };
    }
    const data = (entry as unknown as { _data?: CompressedObject })._data;
    const uncompressed = data?.uncompressedSize ?? 0;
    const compressed = data?.compressedSize ?? 0;
    if (!Number.isFinite(uncompressed) || uncompressed < 0) {
      return { ok: false, message: `The workbook entry "${entry.name}" has an unreadable size; the file is damaged.` };
    }
    total += uncompressed;
    if (total > limits.maxUncompressedBytes) {
      return { ok: false, message: `The workbook would unpack to more than ${mb(limits.maxUncompressedBytes)}. It was refused as a possible zip bomb; split the questions into smaller files.` };
    }
    if (uncompressed > limits.ratioAppliesAbove && uncompressed > limits.maxRatio * Math.max(compressed, 1)) {
      return {
        ok: false,
        message: `The workbook entry "${entry.name}" unpacks from ${mb(compressed)} to ${mb(uncompressed)} (more than ${limits.maxRatio}:1). It was refused as a possible zip bomb.`,
      };
    }
  }
  return { ok: true, zip };
}

/**
 * The sizes checked above are what the archive claims. This inflates every entry as a stream,
 * stopping as soon as one yields more than it declared (or the total passes the cap), so a
 * lying archive is refused before a library inflates it whole in memory.
 */
export async function verifyDeclaredSizes(zip: JSZip, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<string | null> {
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    const declared = (entry as unknown as { _data?: CompressedObject })._data?.uncompressedSize ?? 0;
    const problem = await new Promise<string | null>((resolve) => {
      let seen = 0;
      let done = false;
      const finish = (value: string | null) => {
        if (!done) {
          done = true;
          resolve(value);
        }
      };
      const stream = entry.nodeStream('nodebuffer');
      stream
        .on('data', (chunk: Buffer) => {
          seen += chunk.length;
          total += chunk.length;
          if (seen > declared || total > limits.maxUncompressedBytes) {
            stream.pause();
            finish(`The workbook entry "${entry.name}" unpacks to more data than the archive declares. It was refused as a possible zip bomb.`);
          }
        })
        .on('error', (error: Error) => finish(`The workbook entry "${entry.name}" is damaged (${error.message}).`))
        .on('end', () => finish(null))
        .resume();
    });
    if (problem) return problem;
  }
  return null;
}
