import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { ErrorCode, QuestionCategoryNode } from '@pathwise/contracts';
import { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../auth/auth-user';
import { DomainException, notFound } from '../common/domain.exception';
import { writeLock } from '../database/row-lock';
import { Question } from '../questions/question.entity';
import { CategoryTree } from './category-tree';
import { CreateQuestionCategoryDto, UpdateQuestionCategoryDto } from './dto/question-bank.dto';
import { QuestionBank } from './question-bank.entity';
import { QuestionCategory } from './question-category.entity';

const nameTaken = (name: string) =>
  new DomainException(ErrorCode.CategoryNameTaken, `There is already a category named "${name}" here`, [{ field: 'name', message: 'Already in use at this level' }]);

const bySortThenName = (a: QuestionCategory, b: QuestionCategory) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name);

@Injectable()
export class QuestionCategoriesService {
  constructor(
    @InjectRepository(QuestionCategory) private readonly categories: Repository<QuestionCategory>,
    private readonly audit: AuditService,
  ) {}

  async list(bankId: string): Promise<QuestionCategoryNode[]> {
    await this.assertBank(this.categories.manager, bankId);
    const tree = await this.loadTree(this.categories.manager, bankId);
    const rows = await this.categories.manager
      .createQueryBuilder(Question, 'question')
      .select('question.category_id', 'categoryId')
      .addSelect('COUNT(*)', 'count')
      .where('question.bank_id = :bankId', { bankId })
      .groupBy('question.category_id')
      .getRawMany<{ categoryId: string; count: string | number }>();
    const direct = new Map(rows.map((row) => [row.categoryId, Number(row.count)]));
    return tree.ordered(bySortThenName).map((category) => ({
      id: category.id,
      parentId: category.parentId,
      name: category.name,
      sortOrder: category.sortOrder,
      questionCount: direct.get(category.id) ?? 0,
      totalCount: tree.subtreeIds(category.id).reduce((sum, id) => sum + (direct.get(id) ?? 0), 0),
    }));
  }

  async create(actor: AuthUser, bankId: string, dto: CreateQuestionCategoryDto): Promise<QuestionCategoryNode> {
    const id = await this.categories.manager.transaction(async (manager) => {
      await this.lockBank(manager, bankId);
      const tree = await this.loadTree(manager, bankId);
      const parentId = dto.parentId ?? null;
      if (parentId && !tree.get(parentId)) throw unknownCategory('parentId');
      if (tree.childNamed(parentId, dto.name)) throw nameTaken(dto.name);
      const category = await manager.save(manager.create(QuestionCategory, { bankId, parentId, name: dto.name, sortOrder: tree.childrenOf(parentId).length }));
      await this.audit.record(actor, { action: 'question-category.create', entityType: 'question_category', entityId: category.id, details: { bankId, name: dto.name, parentId } }, manager);
      return category.id;
    });
    return this.node(bankId, id);
  }

  async update(actor: AuthUser, bankId: string, id: string, dto: UpdateQuestionCategoryDto): Promise<QuestionCategoryNode> {
    await this.categories.manager.transaction(async (manager) => {
      await this.lockBank(manager, bankId);
      const tree = await this.loadTree(manager, bankId);
      const category = tree.get(id);
      if (!category) throw notFound('Category');
      const parentId = dto.parentId === undefined ? category.parentId : dto.parentId;
      const name = dto.name ?? category.name;
      if (parentId !== category.parentId) {
        if (parentId && !tree.get(parentId)) throw unknownCategory('parentId');
        if (parentId && tree.subtreeIds(id).includes(parentId)) {
          throw new DomainException(ErrorCode.ValidationFailed, 'A category cannot move into itself or one of its subcategories', [{ field: 'parentId', message: 'Inside the category being moved' }]);
        }
      }
      const clash = tree.childNamed(parentId, name);
      if (clash && clash.id !== id) throw nameTaken(name);
      await manager.update(QuestionCategory, { id }, { name, parentId, ...(parentId !== category.parentId && { sortOrder: tree.childrenOf(parentId).length }) });
      await this.audit.record(
        actor,
        { action: 'question-category.update', entityType: 'question_category', entityId: id, details: { bankId, from: { name: category.name, parentId: category.parentId }, to: { name, parentId } } },
        manager,
      );
    });
    return this.node(bankId, id);
  }

  /** An empty category goes; one with content needs `moveTo`, which receives its questions and subcategories. */
  async remove(actor: AuthUser, bankId: string, id: string, moveTo?: string): Promise<void> {
    await this.categories.manager.transaction(async (manager) => {
      await this.lockBank(manager, bankId);
      const tree = await this.loadTree(manager, bankId);
      const category = tree.get(id);
      if (!category) throw notFound('Category');
      const children = tree.childrenOf(id);
      const questions = await manager.count(Question, { where: { categoryId: id } });
      if ((children.length || questions) && !moveTo) {
        throw new DomainException(
          ErrorCode.CategoryNotEmpty,
          `"${category.name}" still holds ${questions} question(s) and ${children.length} subcategory(ies); choose a category to move them to`,
          undefined,
          { questionCount: questions, subcategoryCount: children.length },
        );
      }
      if (moveTo) {
        if (!tree.get(moveTo)) throw unknownCategory('moveTo');
        if (tree.subtreeIds(id).includes(moveTo)) {
          throw new DomainException(ErrorCode.ValidationFailed, 'The content cannot move into the category being deleted', [{ field: 'moveTo', message: 'Inside the category being deleted' }]);
        }
        for (const child of children) if (tree.childNamed(moveTo, child.name)) throw nameTaken(child.name);
        await manager.update(Question, { categoryId: id }, { categoryId: moveTo });
        await manager.update(QuestionCategory, { parentId: id }, { parentId: moveTo });
      }
      await manager.delete(QuestionCategory, { id });
      await this.audit.record(
        actor,
        { action: 'question-category.delete', entityType: 'question_category', entityId: id, details: { bankId, name: category.name, movedTo: moveTo ?? null, questionsMoved: questions, subcategoriesMoved: children.length } },
        manager,
      );
    });
  }

  async loadTree(manager: EntityManager, bankId: string): Promise<CategoryTree<QuestionCategory>> {
    return new CategoryTree(await manager.find(QuestionCategory, { where: { bankId } }));
  }

  /** The category at `path` below `parentId`, created level by level where missing (imports). */
  async ensurePath(manager: EntityManager, tree: CategoryTree<QuestionCategory>, bankId: string, parentId: string | null, path: string[]): Promise<{ id: string | null; created: QuestionCategory[] }> {
    let current = parentId;
    const created: QuestionCategory[] = [];
    for (const raw of path) {
      // Stored names are at most 120 characters: look up what will be stored, or a long name duplicates.
      const name = raw.trim().slice(0, 120) || '-';
      const existing = tree.childNamed(current, name);
      if (existing) {
        current = existing.id;
        continue;
      }
      const category = await manager.save(manager.create(QuestionCategory, { bankId, parentId: current, name, sortOrder: tree.childrenOf(current).length }));
      tree.add(category);
      created.push(category);
      current = category.id;
    }
    return { id: current, created };
  }

  /**
   * Sibling names are unique only by this check (a unique index cannot cover the null parent on
   * every database), so changes to one bank's tree take the bank's row lock and run one at a time.
   */
  async lockBank(manager: EntityManager, bankId: string): Promise<void> {
    if (!(await manager.findOne(QuestionBank, { where: { id: bankId }, lock: writeLock(manager) }))) throw notFound('Question bank');
  }

  async assertBank(manager: EntityManager, bankId: string): Promise<void> {
    if (!(await manager.exists(QuestionBank, { where: { id: bankId } }))) throw notFound('Question bank');
  }

  private async node(bankId: string, id: string): Promise<QuestionCategoryNode> {
    const node = (await this.list(bankId)).find((category) => category.id === id);
    if (!node) throw notFound('Category');
    return node;
  }
}

function unknownCategory(field: string): DomainException {
  return new DomainException(ErrorCode.ValidationFailed, 'That category does not exist in this bank', [{ field, message: 'Unknown category' }]);
}
