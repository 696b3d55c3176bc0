import { DomainException } from '../common/domain.exception';
import type { ImportedQuestion, ImportIssue } from '@pathwise/importers';
import { mapRichText } from '@pathwise/assessment';
import { imageProblem } from '../question-files/question-files.service';
import { prepareDefinition } from '../questions/question-content';
import type { NewQuestion } from '../questions/question-writer';
import { embedStoredFiles, isReferenced } from './file-embedding';

export type PreparedImport = Omit<NewQuestion, 'categoryId' | 'status'>;

/**
 * Turns one parsed question into what the bank stores: embedded images swapped for bank files,
 * HTML sanitised, dimension codes resolved. Unknown dimensions and unusable files are not lost
 * silently: each becomes a warning (an unknown dimension is kept as a `dimension:<code>` tag).
 */
export function prepareImported(
  item: ImportedQuestion,
  fileIdsByName: Map<string, string>,
  dimensionIdsByCode: Map<string, string>,
): { prepared: PreparedImport; warnings: ImportIssue[] } | { rejected: ImportIssue } {
  const warnings: ImportIssue[] = [];
  for (const file of usableFiles(item, warnings)) if (!fileIdsByName.has(file.name)) throw new Error(`File ${file.name} was not stored`);
  const tags = [...item.tags];
  const dimensionIds: string[] = [];
  for (const code of item.dimensions) {
    const id = dimensionIdsByCode.get(code.toLowerCase());
    if (id) dimensionIds.push(id);
    else {
      tags.push(`dimension:${code}`);
      warnings.push({ source: item.source, kind: 'unsupported', message: `Unknown capability dimension "${code}": kept as the tag dimension:${code}` });
    }
  }
  try {
    const definition = prepareDefinition(mapRichText(item.question, (html) => embedStoredFiles(html, fileIdsByName)));
    return {
      prepared: {
        name: item.name.slice(0, 255) || 'Question',
        definition,
        defaultPoints: item.defaultPoints,
        difficulty: item.difficulty,
        bloom: item.bloom,
        tags,
        dimensionIds,
        idNumber: item.idNumber?.slice(0, 100) ?? null,
        changeNote: null,
      },
      warnings,
    };
  } catch (error) {
    if (!(error instanceof DomainException)) throw error;
    return { rejected: { source: item.source, kind: 'invalid', message: `After removing unsafe HTML: ${error.message}` } };
  }
}

/** The files of a question that can be stored: referenced images; anything else is reported. */
export function usableFiles(item: ImportedQuestion, warnings: ImportIssue[] = []): ImportedQuestion['files'] {
  const html = JSON.stringify(item.question);
  return item.files.filter((file) => {
    const problem = imageProblem(file.data);
    if (problem) {
      warnings.push({ source: item.source, kind: 'unsupported', message: `File "${file.name}" was not kept: ${problem}` });
      return false;
    }
    return isReferenced(html, file);
  });
}
