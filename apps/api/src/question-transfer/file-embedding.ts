import type { ImportedFile } from '@pathwise/importers';
import { FILE_REFERENCE_PREFIX } from '../question-files/file-references';

const PLUGINFILE = '@@PLUGINFILE@@/';

/** Moodle's `@@PLUGINFILE@@/<name>` (raw or URL-encoded) to Pathwise's `@@FILE@@/<id>`, for the files stored with an import. */
export function embedStoredFiles(html: string, idsByName: Map<string, string>): string {
  let out = html;
  for (const [name, id] of idsByName) {
    for (const form of new Set([name, encodeURIComponent(name), encodeURI(name)])) out = out.split(`${PLUGINFILE}${form}`).join(`${FILE_REFERENCE_PREFIX}${id}`);
  }
  return out;
}

/** The reverse, for export: each bank file a question uses gets a name unique within that question. */
export function toPluginFiles(html: string, namesById: Map<string, string>): string {
  let out = html;
  for (const [id, name] of namesById) out = out.split(`${FILE_REFERENCE_PREFIX}${id}`).join(`${PLUGINFILE}${encodeURIComponent(name)}`);
  return out;
}

/** Names a set of files so none collide: `photo.png`, `photo-2.png`. */
export function uniqueNames(files: { id: string; name: string }[]): Map<string, string> {
  const used = new Set<string>();
  const names = new Map<string, string>();
  for (const file of files) {
    const dot = file.name.lastIndexOf('.');
    const stem = dot > 0 ? file.name.slice(0, dot) : file.name;
    const extension = dot > 0 ? file.name.slice(dot) : '';
    let candidate = file.name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}${extension}`;
    used.add(candidate.toLowerCase());
    names.set(file.id, candidate);
  }
  return names;
}

export function isReferenced(html: string, file: ImportedFile): boolean {
  return html.includes(`${PLUGINFILE}${file.name}`) || html.includes(`${PLUGINFILE}${encodeURIComponent(file.name)}`) || html.includes(`${PLUGINFILE}${encodeURI(file.name)}`);
}
