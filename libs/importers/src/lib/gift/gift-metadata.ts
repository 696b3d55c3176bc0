import { isBloom, type Bloom } from '../questions/import-helpers';

/**
 * Metadata in GIFT comment lines.
 *
 * Moodle (3.6+) writes a question's idnumber and tags as `// [id:Q-17] [tag:refund] [tag:vip]`
 * (a `]` inside is written `\]`) and reads them back. Pathwise uses the same line, with its
 * metadata as prefixed tags — `[tag:difficulty:3] [tag:bloom:apply] [tag:dimension:compliance]` —
 * so Moodle keeps them as tags and a trip through Moodle brings them back.
 *
 * Settings GIFT has no syntax for go on a `// pathwise: key=value …` line that Moodle ignores:
 * `scoring=all_or_nothing|partial|weighted`, `shuffle=false`, `case-sensitive=true`, `points=2`,
 * `response=short`, `min-words=`, `max-words=`. For compatibility the reader also accepts
 * `difficulty=3 bloom=apply dimensions=a,b tags=x,y` there (values URI-encoded).
 */

export interface GiftMetadata {
  idNumber: string | null;
  tags: string[];
  difficulty: 1 | 2 | 3 | 4 | 5 | null;
  bloom: Bloom | null;
  dimensions: string[];
  settings: Map<string, string>;
}

const TAG = /\[tag:((?:\\\]|[^\]])*)\]/gu;
const ID = /\[id:((?:\\\]|[^\]])+)\]/u;

function unescapeBracket(value: string): string {
  return value.replace(/\\\]/gu, ']').trim();
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function readMetadata(comments: string[]): GiftMetadata {
  const meta: GiftMetadata = { idNumber: null, tags: [], difficulty: null, bloom: null, dimensions: [], settings: new Map() };
  const rawTags: string[] = [];
  for (const comment of comments) {
    const body = comment.replace(/^\s*\/\/\s?/u, '');
    const pathwise = /^\s*pathwise:(.*)$/iu.exec(body);
    if (pathwise) {
      for (const pair of pathwise[1].trim().split(/\s+/u)) {
        const eq = pair.indexOf('=');
        if (eq <= 0) continue;
        const key = pair.slice(0, eq).toLowerCase();
        const value = pair.slice(eq + 1);
        if (key === 'tags') rawTags.push(...value.split(',').filter(Boolean).map(decode));
        else if (key === 'dimensions') rawTags.push(...value.split(',').filter(Boolean).map((d) => `dimension:${decode(d)}`));
        else if (key === 'difficulty' || key === 'bloom') rawTags.push(`${key}:${decode(value)}`);
        else meta.settings.set(key, decode(value));
      }
      continue;
    }
    const id = ID.exec(body);
    if (id && meta.idNumber === null) meta.idNumber = unescapeBracket(id[1]);
    for (const match of body.matchAll(TAG)) rawTags.push(unescapeBracket(match[1]));
  }
  for (const tag of rawTags) applyTag(meta, tag);
  return meta;
}

function applyTag(meta: GiftMetadata, tag: string): void {
  if (tag === '') return;
  const difficulty = /^difficulty:([1-5])$/u.exec(tag);
  if (difficulty) {
    meta.difficulty = Number(difficulty[1]) as GiftMetadata['difficulty'];
    return;
  }
  const bloom = /^bloom:(.+)$/u.exec(tag);
  if (bloom && isBloom(bloom[1])) {
    meta.bloom = bloom[1];
    return;
  }
  const dimension = /^dimension:(.+)$/u.exec(tag);
  if (dimension) {
    if (!meta.dimensions.includes(dimension[1])) meta.dimensions.push(dimension[1]);
    return;
  }
  if (!meta.tags.includes(tag)) meta.tags.push(tag);
}

function escapeBracket(value: string): string {
  return value.replace(/[\r\n]+/gu, ' ').replace(/\]/gu, '\\]');
}

/** The `// [id:…] [tag:…]` line, or '' when there is nothing to write. */
export function writeMetadataLine(q: { idNumber: string | null; tags: string[]; difficulty: number | null; bloom: string | null; dimensions: string[] }): string {
  const bits: string[] = [];
  if (q.idNumber) bits.push(`[id:${escapeBracket(q.idNumber)}]`);
  const tags = [...q.tags];
  if (q.difficulty !== null) tags.push(`difficulty:${q.difficulty}`);
  if (q.bloom !== null) tags.push(`bloom:${q.bloom}`);
  for (const d of q.dimensions) tags.push(`dimension:${d}`);
  for (const tag of tags) bits.push(`[tag:${escapeBracket(tag)}]`);
  return bits.length === 0 ? '' : `// ${bits.join(' ')}\n`;
}

export function writeSettingsLine(settings: [string, string | number | boolean][]): string {
  if (settings.length === 0) return '';
  return `// pathwise: ${settings.map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`).join(' ')}\n`;
}
