import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  CommitQuestionImportRequest,
  ErrorCode,
  QuestionImportFormat,
  QuestionImportIssue,
  QuestionImportPreview,
  QuestionImportSummary,
} from '@pathwise/contracts';
import type { ImportedQuestion, ImportIssue } from '@pathwise/importers';
import { randomUUID } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { DomainException, notFound } from '../common/domain.exception';
import { AppConfig } from '../config/app-config';
import { QuestionCategoriesService } from '../question-banks/question-categories.service';
import { BlobStore } from '../question-files/blob-store';
import { QuestionFilesService } from '../question-files/question-files.service';
import { excerptOf } from '../questions/question-content';
import { NewQuestion, QuestionWriter } from '../questions/question-writer';
import { prepareImported, PreparedImport, usableFiles } from './imported-question-preparation';
import { parseQuestionFile } from './parse-question-file';
import { QuestionImport } from './question-import.entity';

interface Analysis {
  accepted: { item: ImportedQuestion; prepared: PreparedImport }[];
  rejected: ImportIssue[];
  warnings: ImportIssue[];
}

/**
 * Upload → preview → commit. The preview parses the file and checks every item exactly as the
 * commit will (including sanitising); the commit re-reads the same stored bytes and writes every
 * accepted item in one transaction, or nothing.
 */
@Injectable()
export class QuestionImportService {
  constructor(
    @InjectRepository(QuestionImport) private readonly imports: Repository<QuestionImport>,
    private readonly config: AppConfig,
    private readonly blobs: BlobStore,
    private readonly files: QuestionFilesService,
    private readonly categories: QuestionCategoriesService,
    private readonly writer: QuestionWriter,
    private readonly audit: AuditService,
  ) {}

  async preview(actor: AuthUser, bankId: string, format: QuestionImportFormat, fileName: string, bytes: Buffer): Promise<QuestionImportPreview> {
    await this.categories.assertBank(this.imports.manager, bankId);
    if (!bytes.byteLength) throw new DomainException(ErrorCode.ValidationFailed, 'The file is empty', [{ field: 'file', message: 'Empty file' }]);
    const analysis = await this.analyse(this.imports.manager, format, bytes, fileName, null);
    const sha256 = await this.blobs.put(bytes);
    const row = await this.imports.save(
      this.imports.create({
        bankId,
        format,
        fileName,
        sha256,
        size: bytes.byteLength,
        status: 'preview',
        acceptedCount: analysis.accepted.length,
        rejectedCount: analysis.rejected.length,
        createdById: actor.id,
      }),
    );
    return this.toPreview(row, analysis);
  }

  async get(bankId: string, importId: string): Promise<QuestionImportPreview> {
    const row = await this.find(bankId, importId);
    return this.toPreview(row, await this.analyse(this.imports.manager, row.format, await this.blobs.get(row.sha256), row.fileName, null));
  }

  async commit(actor: AuthUser, bankId: string, importId: string, dto: CommitQuestionImportRequest): Promise<QuestionImportSummary> {
    const row = await this.find(bankId, importId);
    const bytes = await this.blobs.get(row.sha256);
    return this.imports.manager.transaction(async (manager) => {
      // Claims the import first, so a double click or a second tab cannot commit it twice.
      const claimed = await manager.update(QuestionImport, { id: importId, status: 'preview' }, { status: 'committed', committedAt: new Date() });
      if (!claimed.affected) throw new DomainException(ErrorCode.Conflict, 'This import has already been committed');
      const tree = await this.categories.loadTree(manager, bankId);
      const parentId = dto.parentCategoryId ?? null;
      if (parentId && !tree.get(parentId)) {
        throw new DomainException(ErrorCode.ValidationFailed, 'That category does not exist in this bank', [{ field: 'parentCategoryId', message: 'Unknown category' }]);
      }
      const analysis = await this.analyse(manager, row.format, bytes, row.fileName, { actor, bankId });
      if (!analysis.accepted.length) throw new DomainException(ErrorCode.ImportRejected, 'The file has no question that can be imported', undefined, { rejected: analysis.rejected.map(toIssue) });
      const fallback = parentId ? [] : [fileStem(row.fileName)];
      let categoriesCreated = 0;
      const items: NewQuestion[] = [];
      for (const { item, prepared } of analysis.accepted) {
        const path = item.categoryPath.length ? item.categoryPath : fallback;
        const { id, created } = await this.categories.ensurePath(manager, tree, bankId, parentId, path);
        categoriesCreated += created.length;
        items.push({ ...prepared, categoryId: id as string, status: dto.status ?? 'active' });
      }
      const ids = await this.writer.insertMany(manager, actor, bankId, items);
      const filesStored = new Set(analysis.accepted.flatMap(({ prepared }) => JSON.stringify(prepared.definition).match(/@@FILE@@\/[0-9a-f-]{36}/g) ?? [])).size;
      await manager.update(QuestionImport, { id: importId }, { acceptedCount: ids.length, rejectedCount: analysis.rejected.length });
      await this.audit.record(
        actor,
        { action: 'question.import', entityType: 'question_bank', entityId: bankId, details: { importId, format: row.format, fileName: row.fileName, created: ids.length, rejected: analysis.rejected.length, categoriesCreated } },
        manager,
      );
      return { id: importId, created: ids.length, categoriesCreated, filesStored };
    });
  }

  /** With `store`, images are written as bank files (commit); without, placeholders stand in (preview). */
  private async analyse(manager: EntityManager, format: QuestionImportFormat, bytes: Uint8Array, fileName: string, store: { actor: AuthUser; bankId: string } | null): Promise<Analysis> {
    const parsed = await parseQuestionFile(format, bytes, this.config.http.maxUploadBytes, []);
    const dimensions = await this.writer.dimensionsByCode(manager);
    const analysis: Analysis = { accepted: [], rejected: [...parsed.rejected], warnings: [...parsed.warnings] };
    for (const item of parsed.questions) {
      const files = usableFiles(item);
      // Checked with stand-in file ids first, so a rejected question stores no files.
      let outcome = prepareImported(item, new Map(files.map((file) => [file.name, randomUUID()])), dimensions);
      if ('rejected' in outcome) {
        analysis.rejected.push(outcome.rejected);
        continue;
      }
      if (store && files.length) {
        const stored = await this.files.storeMany(manager, store.actor, store.bankId, files.map((file) => ({ name: file.name, data: file.data })));
        outcome = prepareImported(item, new Map(files.map((file, i) => [file.name, stored[i].id])), dimensions);
        if ('rejected' in outcome) throw new Error('An import item changed between its check and its commit');
      }
      analysis.accepted.push({ item, prepared: outcome.prepared });
      analysis.warnings.push(...outcome.warnings);
    }
    analysis.rejected.sort(bySource);
    analysis.warnings.sort(bySource);
    return analysis;
  }

  private async toPreview(row: QuestionImport, analysis: Analysis): Promise<QuestionImportPreview> {
    const tree = await this.categories.loadTree(this.imports.manager, row.bankId);
    const paths = new Map<string, string[]>();
    for (const { item } of analysis.accepted) {
      for (let depth = 1; depth <= item.categoryPath.length; depth++) {
        const path = item.categoryPath.slice(0, depth);
        paths.set(JSON.stringify(path.map((name) => name.toLowerCase())), path);
      }
    }
    if (analysis.accepted.some(({ item }) => !item.categoryPath.length)) paths.set('\u0000file', [fileStem(row.fileName)]);
    const missing = [...paths.values()].filter((path) => {
      let parent: string | null = null;
      for (const name of path) {
        const child = tree.childNamed(parent, name);
        if (!child) return true;
        parent = child.id;
      }
      return false;
    });
    const dimensionCodes = new Map([...(await this.writer.dimensionsByCode(this.imports.manager)).entries()].map(([code, id]) => [id, code]));
    return {
      id: row.id,
      bankId: row.bankId,
      format: row.format,
      fileName: row.fileName,
      status: row.status,
      accepted: analysis.accepted.map(({ item, prepared }) => ({
        ...(item.source.line !== undefined && { line: item.source.line }),
        ...(item.source.element !== undefined && { element: item.source.element }),
        name: prepared.name,
        type: prepared.definition.type,
        categoryPath: item.categoryPath,
        tags: prepared.tags,
        difficulty: prepared.difficulty,
        bloom: prepared.bloom,
        dimensionCodes: prepared.dimensionIds.map((id) => dimensionCodes.get(id) ?? id),
        excerpt: excerptOf(prepared.definition),
        fileCount: new Set(JSON.stringify(prepared.definition).match(/@@FILE@@\/[0-9a-f-]{36}/g) ?? []).size,
      })),
      rejected: analysis.rejected.map(toIssue),
      warnings: analysis.warnings.map(toIssue),
      newCategories: missing,
    };
  }

  private async find(bankId: string, importId: string): Promise<QuestionImport> {
    const row = await this.imports.findOne({ where: { id: importId, bankId } });
    if (!row) throw notFound('Import');
    return row;
  }
}

function toIssue(issue: ImportIssue): QuestionImportIssue {
  return {
    ...(issue.source.line !== undefined && { line: issue.source.line }),
    ...(issue.source.element !== undefined && { element: issue.source.element }),
    label: issue.source.label,
    kind: issue.kind,
    message: issue.message,
  };
}

function bySource(a: ImportIssue, b: ImportIssue): number {
  return (a.source.line ?? a.source.element ?? 0) - (b.source.line ?? b.source.element ?? 0);
}

/** "repairs.aiken.txt" → "repairs": the format's own extensions go too. */
function fileStem(fileName: string): string {
  const base = fileName.replace(/^.*[\\/]/u, '');
  const stem = base.replace(/(\.(gift|aiken|moodle|txt|xml|csv|xlsx))+$/iu, '');
  return (stem || base).trim().slice(0, 120) || 'Imported';
}
