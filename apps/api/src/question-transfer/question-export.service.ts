import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { mapRichText, richTexts } from '@pathwise/assessment';
import { ErrorCode, QuestionExportFormat } from '@pathwise/contracts';
import { ExportableQuestion, exportGift, exportMoodleXml, exportQuestionSheet } from '@pathwise/importers';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { DomainException } from '../common/domain.exception';
import { QuestionCategoriesService } from '../question-banks/question-categories.service';
import { referencedFileIds } from '../question-files/file-references';
import { QuestionFilesService } from '../question-files/question-files.service';
import { QuestionSearchService } from '../questions/question-search.service';
import { QuestionVersion } from '../questions/question-version.entity';
import { QuestionViews } from '../questions/question-views';
import { Question } from '../questions/question.entity';
import { QuestionExportDto } from './dto/question-transfer.dto';
import { toPluginFiles, uniqueNames } from './file-embedding';

export interface ExportedFile {
  fileName: string;
  contentType: string;
  body: Buffer;
  skipped: { name: string; reason: string }[];
  count: number;
}

const CONTENT_TYPES: Record<QuestionExportFormat, string> = {
  gift: 'text/plain; charset=utf-8',
  moodle_xml: 'application/xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const EXTENSIONS: Record<QuestionExportFormat, string> = { gift: 'gift.txt', moodle_xml: 'xml', csv: 'csv', xlsx: 'xlsx' };
const MAX_EXPORT = 20_000;

/** A selection or a category, in its current versions, as a file another Pathwise or Moodle can import. */
@Injectable()
export class QuestionExportService {
  constructor(
    @InjectRepository(Question) private readonly questions: Repository<Question>,
    private readonly search: QuestionSearchService,
    private readonly categories: QuestionCategoriesService,
    private readonly views: QuestionViews,
    private readonly files: QuestionFilesService,
    private readonly audit: AuditService,
  ) {}

  async export(actor: AuthUser, bankId: string, dto: QuestionExportDto): Promise<ExportedFile> {
    await this.categories.assertBank(this.questions.manager, bankId);
    const ids = await this.selection(bankId, dto);
    const exportable = await this.load(this.questions.manager, bankId, ids);
    const { body, skipped } = await write(dto.format, exportable);
    await this.audit.record(actor, { action: 'question.export', entityType: 'question_bank', entityId: bankId, details: { format: dto.format, count: exportable.length - skipped.length, skipped: skipped.length } });
    const stamp = new Date().toISOString().slice(0, 10);
    return { fileName: `pathwise-questions-${stamp}.${EXTENSIONS[dto.format]}`, contentType: CONTENT_TYPES[dto.format], body, skipped, count: exportable.length - skipped.length };
  }

  private async selection(bankId: string, dto: QuestionExportDto): Promise<string[]> {
    if (dto.questionIds?.length) {
      const found = await this.questions.count({ where: { id: In(dto.questionIds), bankId } });
      if (found !== dto.questionIds.length) throw new DomainException(ErrorCode.ValidationFailed, 'Some selected questions are not in this bank', [{ field: 'questionIds', message: 'Unknown question' }]);
      return dto.questionIds;
    }
    // A category (or, with neither, the whole bank) is a backup: every status, retired included.
    const scope = dto.categoryId ? { categoryId: dto.categoryId, includeSubcategories: dto.includeSubcategories ?? true } : {};
    const ids = await this.search.matchingIds(bankId, { ...scope, status: ['draft', 'active', 'retired'] }, MAX_EXPORT + 1);
    if (ids.length > MAX_EXPORT) throw new DomainException(ErrorCode.ValidationFailed, `At most ${MAX_EXPORT} questions can be exported at once; choose a smaller category`);
    return ids;
  }

  /** Current versions in category order, with their images inlined as Moodle `@@PLUGINFILE@@` files. */
  private async load(manager: EntityManager, bankId: string, ids: string[]): Promise<ExportableQuestion[]> {
    const heads: Question[] = [];
    const versions = new Map<string, QuestionVersion>();
    for (let start = 0; start < ids.length; start += 500) {
      const slice = ids.slice(start, start + 500);
      heads.push(...(await manager.find(Question, { where: { id: In(slice) } })));
      const rows = await manager
        .createQueryBuilder(QuestionVersion, 'v')
        .innerJoin(Question, 'q', 'q.id = v.question_id AND q.current_version = v.version')
        .where('v.question_id IN (:...slice)', { slice })
        .getMany();
      for (const row of rows) versions.set(row.questionId, row);
    }
    const extras = await this.views.extras(manager, [bankId], heads);
    const fileIds = [...new Set([...versions.values()].flatMap((v) => richTexts(v.definition).flatMap(referencedFileIds)))];
    const files = new Map((await this.files.findByIds(fileIds)).map((file) => [file.id, file]));
    const bytes = new Map<string, Buffer>();
    for (const file of files.values()) bytes.set(file.id, await this.files.bytesOf(file));

    const byPath = (q: Question) => extras.categories.path(q.categoryId).join('\u0000');
    heads.sort((a, b) => byPath(a).localeCompare(byPath(b)) || a.name.localeCompare(b.name));
    return heads.map((head) => {
      const version = versions.get(head.id) as QuestionVersion;
      const used = [...new Set(richTexts(version.definition).flatMap(referencedFileIds))].flatMap((id) => {
        const file = files.get(id);
        return file ? [file] : [];
      });
      const names = uniqueNames(used);
      return {
        name: version.name,
        categoryPath: extras.categories.path(head.categoryId),
        tags: extras.tags.get(head.id) ?? [],
        difficulty: head.difficulty,
        bloom: head.bloom,
        dimensions: extras.dimensionCodes.get(head.id) ?? [],
        defaultPoints: Number(version.defaultPoints),
        idNumber: head.idNumber,
        question: mapRichText(version.definition, (html) => toPluginFiles(html, names)),
        files: used.map((file) => ({ name: names.get(file.id) as string, mimeType: file.mimeType, data: new Uint8Array(bytes.get(file.id) as Buffer) })),
      };
    });
  }
}

async function write(format: QuestionExportFormat, questions: ExportableQuestion[]): Promise<{ body: Buffer; skipped: { name: string; reason: string }[] }> {
  switch (format) {
    case 'gift': {
      const out = exportGift(questions);
      return { body: Buffer.from(out.text, 'utf8'), skipped: out.skipped };
    }
    case 'moodle_xml': {
      const out = exportMoodleXml(questions);
      return { body: Buffer.from(out.xml, 'utf8'), skipped: out.skipped };
    }
    case 'csv':
    case 'xlsx': {
      const out = await exportQuestionSheet(questions, format);
      return { body: Buffer.from(out.file), skipped: out.skipped };
    }
  }
}
