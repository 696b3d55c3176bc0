import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, QuestionBankSummary } from '@pathwise/contracts';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { DomainException, notFound } from '../common/domain.exception';
import { translateUniqueViolation } from '../common/unique-violation';
import { Question } from '../questions/question.entity';
import { CreateQuestionBankDto, UpdateQuestionBankDto } from './dto/question-bank.dto';
import { QuestionBank } from './question-bank.entity';
import { QuestionCategory } from './question-category.entity';

const bankNameTaken = () => new DomainException(ErrorCode.BankNameTaken, 'A question bank with this name already exists', [{ field: 'name', message: 'Already in use' }]);

@Injectable()
export class QuestionBanksService {
  constructor(
    @InjectRepository(QuestionBank) private readonly banks: Repository<QuestionBank>,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<QuestionBankSummary[]> {
    const banks = await this.banks.find({ order: { name: 'ASC' } });
    const questionCounts = await this.countBy(Question);
    const categoryCounts = await this.countBy(QuestionCategory);
    return banks.map((bank) => toSummary(bank, questionCounts.get(bank.id) ?? 0, categoryCounts.get(bank.id) ?? 0));
  }

  async get(id: string): Promise<QuestionBankSummary> {
    const bank = await this.banks.findOne({ where: { id } });
    if (!bank) throw notFound('Question bank');
    const [questions, categories] = await Promise.all([this.banks.manager.count(Question, { where: { bankId: id } }), this.banks.manager.count(QuestionCategory, { where: { bankId: id } })]);
    return toSummary(bank, questions, categories);
  }

  async create(actor: AuthUser, dto: CreateQuestionBankDto): Promise<QuestionBankSummary> {
    const id = await this.inTransaction(async (manager) => {
      await this.assertNameFree(manager, dto.name);
      const bank = await manager.save(manager.create(QuestionBank, { name: dto.name, description: dto.description ?? null, createdById: actor.id }));
      await this.audit.record(actor, { action: 'question-bank.create', entityType: 'question_bank', entityId: bank.id, details: { name: bank.name } }, manager);
      return bank.id;
    });
    return this.get(id);
  }

  async update(actor: AuthUser, id: string, dto: UpdateQuestionBankDto): Promise<QuestionBankSummary> {
    await this.inTransaction(async (manager) => {
      const bank = await manager.findOne(QuestionBank, { where: { id } });
      if (!bank) throw notFound('Question bank');
      if (dto.name !== undefined && dto.name !== bank.name) await this.assertNameFree(manager, dto.name, id);
      const changes = { ...(dto.name !== undefined && { name: dto.name }), ...(dto.description !== undefined && { description: dto.description }) };
      await manager.update(QuestionBank, { id }, changes);
      await this.audit.record(actor, { action: 'question-bank.update', entityType: 'question_bank', entityId: id, details: changes }, manager);
    });
    return this.get(id);
  }

  /** Only an empty bank goes: questions are retired, never silently deleted with their bank. */
  async remove(actor: AuthUser, id: string): Promise<void> {
    await this.banks.manager.transaction(async (manager) => {
      const bank = await manager.findOne(QuestionBank, { where: { id } });
      if (!bank) throw notFound('Question bank');
      const questions = await manager.count(Question, { where: { bankId: id } });
      if (questions) throw new DomainException(ErrorCode.BankNotEmpty, `The bank still holds ${questions} question(s); move or retire them first`);
      await manager.delete(QuestionCategory, { bankId: id });
      await manager.delete(QuestionBank, { id });
      await this.audit.record(actor, { action: 'question-bank.delete', entityType: 'question_bank', entityId: id, details: { name: bank.name } }, manager);
    });
  }

  private async countBy(entity: typeof Question | typeof QuestionCategory): Promise<Map<string, number>> {
    const rows = await this.banks.manager
      .createQueryBuilder(entity, 'row')
      .select('row.bank_id', 'bankId')
      .addSelect('COUNT(*)', 'count')
      .groupBy('row.bank_id')
      .getRawMany<{ bankId: string; count: string | number }>();
    return new Map(rows.map((row) => [row.bankId, Number(row.count)]));
  }

  /** Compared in JavaScript: SQLite's LOWER() folds ASCII only ("Über" ≠ "über"); a centre has a handful of banks. */
  private async assertNameFree(manager: EntityManager, name: string, exceptId?: string): Promise<void> {
    const key = name.toLocaleLowerCase();
    const banks = await manager.find(QuestionBank, { select: { id: true, name: true } });
    if (banks.some((bank) => bank.id !== exceptId && bank.name.toLocaleLowerCase() === key)) throw bankNameTaken();
  }

  private async inTransaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.banks.manager.transaction(work);
    } catch (error) {
      throw translateUniqueViolation(error, { uq_question_banks_name: bankNameTaken, 'question_banks.name': bankNameTaken });
    }
  }
}

function toSummary(bank: QuestionBank, questionCount: number, categoryCount: number): QuestionBankSummary {
  return {
    id: bank.id,
    name: bank.name,
    description: bank.description,
    questionCount,
    categoryCount,
    createdAt: bank.createdAt.toISOString(),
    updatedAt: bank.updatedAt.toISOString(),
  };
}
