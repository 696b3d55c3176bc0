import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { BulkQuestionResult, ErrorCode } from '@pathwise/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { DomainException } from '../common/domain.exception';
import { QuestionCategoriesService } from '../question-banks/question-categories.service';
import { QuestionCategory } from '../question-banks/question-category.entity';
import { BulkQuestionDto } from './dto/question.dto';
import { normaliseTags, tagKey } from './question-content';
import { QuestionTag } from './question-tag.entity';
import { Question } from './question.entity';

const CHUNK = 500;

/** One change to many questions, in one transaction, with one audit entry. */
@Injectable()
export class QuestionBulkService {
  constructor(
    @InjectRepository(Question) private readonly questions: Repository<Question>,
    private readonly categories: QuestionCategoriesService,
    private readonly audit: AuditService,
  ) {}

  async apply(actor: AuthUser, bankId: string, dto: BulkQuestionDto): Promise<BulkQuestionResult> {
    return this.questions.manager.transaction(async (manager) => {
      await this.categories.assertBank(manager, bankId);
      await this.assertAllInBank(manager, bankId, dto.questionIds);
      const details: Record<string, unknown> = { bankId, questionIds: dto.questionIds };
      switch (dto.action) {
        case 'move':
          if (!(await manager.exists(QuestionCategory, { where: { id: dto.categoryId, bankId } }))) {
            throw new DomainException(ErrorCode.ValidationFailed, 'That category does not exist in this bank', [{ field: 'categoryId', message: 'Unknown category' }]);
          }
          await this.updateEach(manager, actor, dto.questionIds, { categoryId: dto.categoryId });
          details['categoryId'] = dto.categoryId;
          break;
        case 'tag':
          details['tags'] = await this.addTags(manager, dto.questionIds, normaliseTags(dto.tags ?? []));
          await this.updateEach(manager, actor, dto.questionIds, {});
          break;
        case 'untag': {
          const keys = normaliseTags(dto.tags ?? []).map(tagKey);
          for (const slice of chunks(dto.questionIds)) await manager.delete(QuestionTag, { questionId: In(slice), tagKey: In(keys) });
          await this.updateEach(manager, actor, dto.questionIds, {});
          details['tags'] = dto.tags;
          break;
        }
        case 'set_difficulty':
          await this.updateEach(manager, actor, dto.questionIds, { difficulty: dto.difficulty ?? null });
          details['difficulty'] = dto.difficulty ?? null;
          break;
        case 'retire':
          await this.updateEach(manager, actor, dto.questionIds, { status: 'retired' });
          break;
        case 'activate':
          await this.updateEach(manager, actor, dto.questionIds, { status: 'active' });
          break;
      }
      await this.audit.record(actor, { action: `question.bulk.${dto.action}`, entityType: 'question_bank', entityId: bankId, details }, manager);
      return { action: dto.action, affected: dto.questionIds.length };
    });
  }

  /** A selection naming a question outside the bank is refused whole, so nothing half-applies. */
  private async assertAllInBank(manager: EntityManager, bankId: string, ids: string[]): Promise<void> {
    let found = 0;
    for (const slice of chunks(ids)) found += await manager.count(Question, { where: { id: In(slice), bankId } });
    if (found !== ids.length) {
      throw new DomainException(ErrorCode.ValidationFailed, `${ids.length - found} of the selected questions are not in this bank; reload the list`, [{ field: 'questionIds', message: 'Unknown question' }]);
    }
  }

  private async updateEach(manager: EntityManager, actor: AuthUser, ids: string[], changes: Partial<Question>): Promise<void> {
    for (const slice of chunks(ids)) await manager.update(Question, { id: In(slice) }, { ...changes, updatedById: actor.id });
  }

  private async addTags(manager: EntityManager, ids: string[], tags: string[]): Promise<string[]> {
    for (const slice of chunks(ids)) {
      const existing = await manager.find(QuestionTag, { where: { questionId: In(slice), tagKey: In(tags.map(tagKey)) } });
      const have = new Set(existing.map((row) => `${row.questionId}\n${row.tagKey}`));
      const rows = slice.flatMap((questionId) => tags.filter((tag) => !have.has(`${questionId}\n${tagKey(tag)}`)).map((tag) => ({ questionId, tag, tagKey: tagKey(tag) })));
      for (let start = 0; start < rows.length; start += 100) await manager.insert(QuestionTag, rows.slice(start, start + 100));
    }
    return tags;
  }
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) out.push(items.slice(start, start + CHUNK));
  return out;
}
