import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { learnerView, mapRichText, maxPointsFor, Question as QuestionDefinition, richTexts, scoreAnswer, ScoreResult, validateAnswer } from '@pathwise/assessment';
import { ErrorCode, QuestionDetail, QuestionPreview, QuestionVersionDetail, QuestionVersionSummary, TryAnswerResult } from '@pathwise/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { DomainException, notFound } from '../common/domain.exception';
import { isUniqueViolation } from '../common/unique-violation';
import { writeLock } from '../database/row-lock';
import { QuestionCategory } from '../question-banks/question-category.entity';
import { QuestionCategoriesService } from '../question-banks/question-categories.service';
import { referencedFileIds } from '../question-files/file-references';
import { QuestionFilesService } from '../question-files/question-files.service';
import { User } from '../users/user.entity';
import { QuestionInputDto, TryAnswerDto } from './dto/question.dto';
import { invalidQuestion, prepareDefinition } from './question-content';
import { QuestionVersion } from './question-version.entity';
import { QuestionViews } from './question-views';
import { headColumns, NewQuestion, QuestionWriter, versionRow } from './question-writer';
import { Question } from './question.entity';

const staleVersion = (current: number) =>
  new DomainException(ErrorCode.StaleVersion, `Someone saved version ${current} of this question while you were editing; reload it to see their changes`, undefined, { currentVersion: current });

@Injectable()
export class QuestionsService {
  constructor(
    @InjectRepository(Question) private readonly questions: Repository<Question>,
    private readonly writer: QuestionWriter,
    private readonly views: QuestionViews,
    private readonly categories: QuestionCategoriesService,
    private readonly files: QuestionFilesService,
    private readonly audit: AuditService,
  ) {}

  async create(actor: AuthUser, bankId: string, dto: QuestionInputDto): Promise<QuestionDetail> {
    const id = await this.questions.manager.transaction(async (manager) => {
      await this.categories.assertBank(manager, bankId);
      await this.assertCategoryInBank(manager, bankId, dto.categoryId);
      const item = await this.toNewQuestion(manager, bankId, dto);
      const [questionId] = await this.writer.insertMany(manager, actor, bankId, [item]);
      await this.audit.record(actor, { action: 'question.create', entityType: 'question', entityId: questionId, details: { bankId, name: item.name, type: item.definition.type } }, manager);
      return questionId;
    });
    return this.get(id);
  }

  /** Content changes (name, definition, points) make a new version; classification changes do not. */
  async update(actor: AuthUser, id: string, dto: QuestionInputDto): Promise<QuestionDetail> {
    try {
      await this.questions.manager.transaction(async (manager) => {
        // Locked: a second editor waits here, then finds the new version and gets STALE_VERSION.
        const head = await manager.findOne(Question, { where: { id }, lock: writeLock(manager) });
        if (!head) throw notFound('Question');
        if (dto.baseVersion !== undefined && dto.baseVersion !== head.currentVersion) throw staleVersion(head.currentVersion);
        await this.assertCategoryInBank(manager, head.bankId, dto.categoryId);
        // Omitting the status keeps it: an edit must not quietly bring a retired question back.
        const item = { ...(await this.toNewQuestion(manager, head.bankId, dto)), status: dto.status ?? head.status };
        if (item.definition.type !== head.type) {
          throw invalidQuestion([{ path: 'type', code: 'question.type_changed', message: `A question's type cannot change (it is ${head.type}); create a new question instead` }]);
        }
        const current = await manager.findOneOrFail(QuestionVersion, { where: { questionId: id, version: head.currentVersion } });
        const contentChanged = current.name !== item.name || Number(current.defaultPoints) !== item.defaultPoints || JSON.stringify(current.definition) !== JSON.stringify(item.definition);
        const version = contentChanged ? head.currentVersion + 1 : head.currentVersion;
        if (contentChanged) await manager.insert(QuestionVersion, versionRow(id, version, item, actor) as never);
        await manager.update(Question, { id }, { ...headColumns(item), currentVersion: version, updatedById: actor.id });
        await this.writer.replaceTags(manager, id, item.tags);
        await this.writer.replaceDimensions(manager, id, item.dimensionIds);
        await this.audit.record(actor, { action: 'question.update', entityType: 'question', entityId: id, details: { version, contentChanged, changeNote: item.changeNote } }, manager);
      });
    } catch (error) {
      // Two editors saving the same base version at once: the unique (question, version) index stops the second.
      if (isUniqueViolation(error)) throw staleVersion((await this.head(id)).currentVersion);
      throw error;
    }
    return this.get(id);
  }

  async get(id: string): Promise<QuestionDetail> {
    const head = await this.head(id);
    const version = await this.versionRow(id, head.currentVersion);
    const [summary] = await this.views.summaries(this.questions.manager, [head]);
    return { ...summary, idNumber: head.idNumber, definition: this.signed(version.definition), createdAt: head.createdAt.toISOString() };
  }

  async versions(id: string): Promise<QuestionVersionSummary[]> {
    await this.head(id);
    const rows = await this.questions.manager.find(QuestionVersion, {
      where: { questionId: id },
      order: { version: 'DESC' },
      select: { id: true, version: true, name: true, type: true, defaultPoints: true, changeNote: true, createdAt: true, createdById: true },
    });
    const names = await this.userNames(rows.map((row) => row.createdById));
    return rows.map((row) => versionSummary(row, names));
  }

  async version(id: string, version: number): Promise<QuestionVersionDetail> {
    const row = await this.versionRow(id, version);
    const names = await this.userNames([row.createdById]);
    return { ...versionSummary(row, names), questionId: id, definition: this.signed(row.definition) };
  }

  async preview(id: string, version?: number): Promise<QuestionPreview> {
    const row = await this.versionRow(id, version ?? (await this.head(id)).currentVersion);
    const definition = this.signed(row.definition);
    return { questionId: id, version: row.version, maxPoints: maxPointsFor(definition, Number(row.defaultPoints)), question: learnerView(definition) };
  }

  /** Scores an answer against a version without storing anything: the author's "try it" in the preview. */
  async tryAnswer(id: string, dto: TryAnswerDto): Promise<TryAnswerResult> {
    const row = await this.versionRow(id, dto.version ?? (await this.head(id)).currentVersion);
    const points = Number(row.defaultPoints);
    // No answer scores as unanswered, as it would in an exam.
    if (dto.answer === undefined || dto.answer === null) return { valid: true, problems: [], score: this.signScore(scoreAnswer(row.definition, undefined, points)) };
    const checked = validateAnswer(row.definition, dto.answer);
    if (!checked.ok) return { valid: false, problems: [{ path: 'answer', code: 'answer.invalid', message: checked.message }], score: null };
    return { valid: true, problems: [], score: this.signScore(scoreAnswer(row.definition, checked.answer, points)) };
  }

  private signScore(score: ScoreResult): ScoreResult {
    return {
      ...score,
      feedback: score.feedback.map((html) => this.files.signHtml(html)),
      parts: score.parts.map((part) => (part.feedback === undefined ? part : { ...part, feedback: this.files.signHtml(part.feedback) })),
    };
  }

  async head(id: string): Promise<Question> {
    const head = await this.questions.findOne({ where: { id } });
    if (!head) throw notFound('Question');
    return head;
  }

  async versionRow(id: string, version: number): Promise<QuestionVersion> {
    const row = await this.questions.manager.findOne(QuestionVersion, { where: { questionId: id, version } });
    if (!row) throw notFound('Question version');
    return row;
  }

  private signed(definition: QuestionDefinition): QuestionDefinition {
    return mapRichText(definition, (html) => this.files.signHtml(html));
  }

  private async toNewQuestion(manager: EntityManager, bankId: string, dto: QuestionInputDto): Promise<NewQuestion> {
    const definition = prepareDefinition(dto.definition);
    await this.files.assertInBank(manager, bankId, richTexts(definition).flatMap(referencedFileIds));
    return {
      categoryId: dto.categoryId,
      name: dto.name,
      definition,
      defaultPoints: dto.defaultPoints ?? 1,
      difficulty: dto.difficulty ?? null,
      bloom: dto.bloom ?? null,
      status: dto.status ?? 'active',
      tags: dto.tags ?? [],
      dimensionIds: await this.writer.dimensionIds(manager, dto.dimensionCodes ?? []),
      idNumber: dto.idNumber || null,
      changeNote: dto.changeNote || null,
    };
  }

  private async assertCategoryInBank(manager: EntityManager, bankId: string, categoryId: string): Promise<void> {
    if (!(await manager.exists(QuestionCategory, { where: { id: categoryId, bankId } }))) {
      throw new DomainException(ErrorCode.ValidationFailed, 'That category does not exist in this bank', [{ field: 'categoryId', message: 'Unknown category' }]);
    }
  }

  private async userNames(ids: (string | null)[]): Promise<Map<string, string>> {
    const unique = [...new Set(ids.filter((id): id is string => Boolean(id)))];
    if (!unique.length) return new Map();
    const users = await this.questions.manager.find(User, { where: { id: In(unique) }, select: { id: true, displayName: true } });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }
}

function versionSummary(row: QuestionVersion, names: Map<string, string>): QuestionVersionSummary {
  return {
    version: row.version,
    name: row.name,
    type: row.type,
    defaultPoints: Number(row.defaultPoints),
    changeNote: row.changeNote,
    createdAt: row.createdAt.toISOString(),
    createdByName: row.createdById ? (names.get(row.createdById) ?? null) : null,
  };
}
