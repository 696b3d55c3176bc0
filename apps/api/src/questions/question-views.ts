import { Injectable } from '@nestjs/common';
import { QuestionSummary } from '@pathwise/contracts';
import { EntityManager, In } from 'typeorm';
import { CapabilityDimension } from '../capabilities/capability-dimension.entity';
import { CategoryTree } from '../question-banks/category-tree';
import { QuestionCategory } from '../question-banks/question-category.entity';
import { User } from '../users/user.entity';
import { QuestionDimension } from './question-dimension.entity';
import { QuestionTag } from './question-tag.entity';
import { Question } from './question.entity';

const CHUNK = 500;

/** What a list of question heads needs besides its own columns, fetched in a few queries for the whole list. */
export interface QuestionExtras {
  tags: Map<string, string[]>;
  dimensionCodes: Map<string, string[]>;
  userNames: Map<string, string>;
  categories: CategoryTree<QuestionCategory>;
}

@Injectable()
export class QuestionViews {
  async extras(manager: EntityManager, bankIds: string[], questions: Question[]): Promise<QuestionExtras> {
    const ids = questions.map((q) => q.id);
    const tags = new Map<string, string[]>();
    const dimensionCodes = new Map<string, string[]>();
    for (let start = 0; start < ids.length; start += CHUNK) {
      const slice = ids.slice(start, start + CHUNK);
      for (const row of await manager.find(QuestionTag, { where: { questionId: In(slice) }, order: { tag: 'ASC' } })) push(tags, row.questionId, row.tag);
      const dimensions = await manager
        .createQueryBuilder(QuestionDimension, 'qd')
        .innerJoin(CapabilityDimension, 'd', 'd.id = qd.dimension_id')
        .select('qd.question_id', 'questionId')
        .addSelect('d.code', 'code')
        .where('qd.question_id IN (:...slice)', { slice })
        .orderBy('d.sort_order', 'ASC')
        .getRawMany<{ questionId: string; code: string }>();
      for (const row of dimensions) push(dimensionCodes, row.questionId, row.code);
    }
    const userIds = [...new Set(questions.flatMap((q) => [q.authorId, q.updatedById]).filter((id): id is string => Boolean(id)))];
    const users = userIds.length ? await manager.find(User, { where: { id: In(userIds) }, select: { id: true, displayName: true } }) : [];
    const categories = new CategoryTree(bankIds.length ? await manager.find(QuestionCategory, { where: { bankId: In(bankIds) } }) : []);
    return { tags, dimensionCodes, userNames: new Map(users.map((u) => [u.id, u.displayName])), categories };
  }

  summary(q: Question, extras: QuestionExtras): QuestionSummary {
    return {
      id: q.id,
      bankId: q.bankId,
      categoryId: q.categoryId,
      categoryPath: extras.categories.path(q.categoryId),
      name: q.name,
      type: q.type,
      status: q.status,
      difficulty: q.difficulty,
      bloom: q.bloom,
      tags: extras.tags.get(q.id) ?? [],
      dimensionCodes: extras.dimensionCodes.get(q.id) ?? [],
      version: q.currentVersion,
      defaultPoints: Number(q.defaultPoints),
      excerpt: q.excerpt,
      authorName: q.authorId ? (extras.userNames.get(q.authorId) ?? null) : null,
      updatedByName: q.updatedById ? (extras.userNames.get(q.updatedById) ?? null) : null,
      updatedAt: q.updatedAt.toISOString(),
    };
  }

  async summaries(manager: EntityManager, questions: Question[]): Promise<QuestionSummary[]> {
    const extras = await this.extras(manager, [...new Set(questions.map((q) => q.bankId))], questions);
    return questions.map((q) => this.summary(q, extras));
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
