import type { ImportedQuestion } from '../questions/imported-question';

type Bloom = NonNullable<ImportedQuestion['bloom']>;
export const BLOOM_LEVELS: readonly Bloom[] = ['remember', 'understand', 'apply', 'analyse', 'evaluate', 'create'];

/** Context prefixes Moodle puts before a category path, by Moodle version and bank location. */
const CONTEXT_PREFIX = /^\$(course|system|module|coursecategory|cat|quiz)\$$/iu;

/**
 * `$course$/top/Products//Services/Trade-in` → ['Products/Services', 'Trade-in']. Moodle escapes a
 * slash inside a category name by doubling it; the context prefix and the `top` root are dropped.
 */
export function parseCategoryPath(path: string): string[] {
  const segments: string[] = [];
  let current = '';
  for (let i = 0; i < path.length; i++) {
    if (path[i] === '/') {
      if (path[i + 1] === '/') {
        current += '/';
        i++;
        continue;
      }
      segments.push(current);
      current = '';
      continue;
    }
    current += path[i];
  }
  segments.push(current);
  const names = segments.map((s) => s.trim()).filter((s) => s !== '');
  if (names.length > 0 && CONTEXT_PREFIX.test(names[0])) names.shift();
  if (names.length > 0 && names[0].toLowerCase() === 'top') names.shift();
  return names;
}

export function formatCategoryPath(path: string[]): string {
  return ['$course$', 'top', ...path.map((name) => name.replace(/\//gu, '//'))].join('/');
}

export interface LiftedTags {
  tags: string[];
  difficulty: ImportedQuestion['difficulty'];
  bloom: ImportedQuestion['bloom'];
  dimensions: string[];
  problems: string[];
}

/** Pathwise metadata travels as Moodle tags (`difficulty:3`, `bloom:apply`, `dimension:code`); this lifts them out of the plain tags. */
export function liftMetadataTags(raw: string[]): LiftedTags {
  const result: LiftedTags = { tags: [], difficulty: null, bloom: null, dimensions: [], problems: [] };
  for (const original of raw) {
    const tag = original.trim();
    if (tag === '') continue;
    const match = /^(difficulty|bloom|dimension)\s*:\s*(.*)$/iu.exec(tag);
    if (!match) {
      if (!result.tags.includes(tag)) result.tags.push(tag);
      continue;
    }
    const key = match[1].toLowerCase();
    const value = match[2].trim();
    if (key === 'difficulty') {
      const n = Number(value);
      if (/^[1-5]$/u.test(value) && result.difficulty === null) result.difficulty = n as 1 | 2 | 3 | 4 | 5;
      else {
        result.problems.push(`The tag "${tag}" is not a difficulty from 1 to 5${result.difficulty !== null ? ' or repeats one' : ''}; it was kept as a plain tag.`);
        if (!result.tags.includes(tag)) result.tags.push(tag);
      }
    } else if (key === 'bloom') {
      const level = normaliseBloom(value);
      if (level && result.bloom === null) result.bloom = level;
      else {
        result.problems.push(`The tag "${tag}" is not a Bloom level (${BLOOM_LEVELS.join(', ')})${result.bloom !== null ? ' or repeats one' : ''}; it was kept as a plain tag.`);
        if (!result.tags.includes(tag)) result.tags.push(tag);
      }
    } else if (value !== '') {
      if (!result.dimensions.includes(value)) result.dimensions.push(value);
    } else if (!result.tags.includes(tag)) result.tags.push(tag);
  }
  return result;
}

function normaliseBloom(value: string): Bloom | null {
  const v = value.toLowerCase();
  if (v === 'analyze') return 'analyse';
  return (BLOOM_LEVELS as readonly string[]).includes(v) ? (v as Bloom) : null;
}

export function metadataTags(q: { tags: string[]; difficulty: ImportedQuestion['difficulty']; bloom: ImportedQuestion['bloom']; dimensions: string[] }): string[] {
  const tags = [...q.tags];
  if (q.difficulty !== null) tags.push(`difficulty:${q.difficulty}`);
  if (q.bloom !== null) tags.push(`bloom:${q.bloom}`);
  for (const d of q.dimensions) tags.push(`dimension:${d}`);
  return tags;
}

const MIME: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  jpe: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
  webp: 'image/webp',
  bmp: 'image/bmp',
  ico: 'image/vnd.microsoft.icon',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  avif: 'image/avif',
  mp3: 'audio/mpeg',
  m4a: 'audio/mp4',
  ogg: 'audio/ogg',
  oga: 'audio/ogg',
  wav: 'audio/wav',
  mp4: 'video/mp4',
  m4v: 'video/mp4',
  webm: 'video/webm',
  ogv: 'video/ogg',
  mov: 'video/quicktime',
  pdf: 'application/pdf',
  txt: 'text/plain',
  csv: 'text/csv',
  html: 'text/html',
  htm: 'text/html',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
};

export function mimeTypeFor(name: string): string {
  const ext = /\.([A-Za-z0-9]+)$/u.exec(name)?.[1]?.toLowerCase();
  return (ext && MIME[ext]) || 'application/octet-stream';
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Strict base64 (whitespace ignored, padding optional); null when the text is not base64. */
export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/\s+/gu, '').replace(/=+$/u, '');
  if (clean.length % 4 === 1) return null;
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (const c of clean) {
    const v = B64_INDEX.get(c);
    if (v === undefined) return null;
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  return out.subarray(0, o);
}

export function encodeBase64(data: Uint8Array): string {
  let out = '';
  for (let i = 0; i < data.length; i += 3) {
    const a = data[i];
    const b = i + 1 < data.length ? data[i + 1] : 0;
    const c = i + 2 < data.length ? data[i + 2] : 0;
    const n = (a << 16) | (b << 8) | c;
    out += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < data.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < data.length ? B64[n & 63] : '=');
  }
  return out;
}

export function shorten(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Number as Moodle writes it in a fraction attribute: percent, at most 7 decimals, no trailing zeros. */
export function percent(fraction: number): string {
  return formatNumber(fraction * 100);
}

export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '0';
  const rounded = Math.round(n * 1e7) / 1e7;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Moodle numbers accept a decimal comma. */
export function parseMoodleNumber(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/u.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}
