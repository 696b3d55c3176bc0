import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { decodeTextFile } from '../text/decode-text-file';

/** An element as the parser gives it: child elements by name (always lists), attributes as `@_name`, text as `#text`, CDATA as `#cdata`. */
export type XmlNode = { [key: string]: unknown };

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export type XmlReadResult = { ok: true; root: XmlNode } | { ok: false; message: string; line?: number };

const CDATA = '#cdata';

/**
 * Turns an upload into an element tree, refusing anything Moodle never writes before parsing it:
 * a DOCTYPE or entity declaration (XXE, billion laughs), an oversized file, bytes that are not
 * UTF-8, and malformed XML (with the line). Entities are decoded here, not by the parser: only the
 * five XML entities and numeric character references exist.
 */
export function readXml(input: string | Uint8Array, maxBytes = DEFAULT_MAX_BYTES): XmlReadResult {
  const size = typeof input === 'string' ? utf8Length(input, maxBytes) : input.byteLength;
  if (size > maxBytes) {
    return { ok: false, message: `The file is ${megabytes(size)}, over the ${megabytes(maxBytes)} limit for an import. Split the question bank into smaller exports (e.g. one category at a time).` };
  }
  let text: string;
  if (typeof input === 'string') text = input.replace(/^\uFEFF/u, '');
  else {
    const decoded = decodeXmlBytes(input);
    if (!decoded.ok) return decoded;
    text = decoded.text;
  }
  if (/<!DOCTYPE/iu.test(text) || /<!ENTITY/iu.test(text)) {
    return {
      ok: false,
      message: 'The file declares a DOCTYPE or entities. Moodle never writes these, and they can be used to read server files or exhaust memory (XXE, "billion laughs"), so the file is refused. Export it again from Moodle.',
      line: lineOf(text, text.search(/<!(DOCTYPE|ENTITY)/iu)),
    };
  }
  if (text.trim() === '') return { ok: false, message: 'The file is empty.' };
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    return { ok: false, message: `The file is not well-formed XML (line ${valid.err.line}, column ${valid.err.col}): ${valid.err.msg}`, line: valid.err.line };
  }
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: CDATA,
    commentPropName: false,
    ignoreDeclaration: true,
    ignorePiTags: true,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  });
  const root = parser.parse(text) as unknown;
  if (!isNode(root)) return { ok: false, message: 'The file is not a Moodle XML question file.' };
  return { ok: true, root };
}

function decodeXmlBytes(bytes: Uint8Array): { ok: true; text: string } | { ok: false; message: string } {
  const decoded = decodeTextFile(bytes);
  if (decoded.ok) return decoded;
  const declared = /^<\?xml[^>]*encoding=["']([^"']+)["']/iu.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 200)))?.[1];
  const what =
    decoded.encoding === 'GBK/GB18030'
      ? 'The file looks like GBK/GB18030 (Chinese Windows encoding), not UTF-8.'
      : decoded.encoding === 'excel-workbook'
        ? 'The file is an Excel workbook, not Moodle XML.'
        : `The file is not UTF-8 (${decoded.encoding === 'unknown' ? 'its encoding could not be recognised' : `it looks like ${decoded.encoding}`}).`;
  const declaredNote = declared && !/^utf-?8$/iu.test(declared) ? ` It declares encoding="${declared}".` : '';
  return { ok: false, message: `${what}${declaredNote} Moodle writes UTF-8: export the questions from Moodle again, or save the file as UTF-8 and upload it again.` };
}

function utf8Length(text: string, stopAbove: number): number {
  // Counting is enough; no need to encode a 20 MB string to learn it is too big.
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdbff ? 2 : 3;
    if (bytes > stopAbove) return bytes;
  }
  return bytes;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1).replace(/\.0$/u, '')} MB`;
}

function lineOf(text: string, index: number): number {
  return index < 0 ? 1 : text.slice(0, index).split('\n').length;
}

export function isNode(value: unknown): value is XmlNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Child elements named `name`, in order. A text-only child is turned into a node with `#text`. */
export function children(node: XmlNode | undefined, name: string): XmlNode[] {
  if (!node || !Object.prototype.hasOwnProperty.call(node, name)) return [];
  const value = node[name];
  const list = Array.isArray(value) ? (value as unknown[]) : [value];
  return list.map((item) => (isNode(item) ? item : { '#text': typeof item === 'string' ? item : '' }));
}

export function child(node: XmlNode | undefined, name: string): XmlNode | undefined {
  return children(node, name)[0];
}

export function has(node: XmlNode | undefined, name: string): boolean {
  return !!node && Object.prototype.hasOwnProperty.call(node, name);
}

export function attr(node: XmlNode | undefined, name: string): string | undefined {
  const value = node?.[`@_${name}`];
  return typeof value === 'string' ? decodeEntities(value) : undefined;
}

/** The element's own text: decoded character data followed by CDATA sections, untrimmed. */
export function ownText(node: XmlNode | undefined): string {
  if (!node) return '';
  const text = node['#text'];
  const plain = typeof text === 'string' ? decodeEntities(text) : '';
  const cdata = node[CDATA];
  const sections = Array.isArray(cdata) ? cdata : cdata === undefined ? [] : [cdata];
  return plain + sections.map((s) => (typeof s === 'string' ? s : isNode(s) ? String(s['#text'] ?? '') : '')).join('');
}

/** Text of the `<name>` child, trimmed as Moodle does; `undefined` when absent. */
export function childText(node: XmlNode | undefined, name: string): string | undefined {
  const c = child(node, name);
  return c ? ownText(c).trim() : undefined;
}

/** Moodle's `<field format="…"><text>…</text></field>` → the text, trimmed. */
export function fieldText(node: XmlNode | undefined, name: string): { text: string; format: string } | undefined {
  const c = child(node, name);
  if (!c) return undefined;
  return { text: textOf(c), format: attr(c, 'format') ?? 'html' };
}

/** The `<text>` inside an element (Moodle's way of carrying content), trimmed. */
export function textOf(node: XmlNode): string {
  const t = child(node, 'text');
  return t ? ownText(t).trim() : ownText(node).trim();
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five XML entities and numeric character references; anything else stays as written. */
export function decodeEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/gu, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}
