import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { QuestionFacets, QuestionSearchResult } from '@pathwise/contracts';
import { Brackets, Repository, SelectQueryBuilder } from 'typeorm';
import { notFound } from '../common/domain.exception';
import { QuestionCategoriesService } from '../question-banks/question-categories.service';
import { QuestionSearchQueryDto } from './dto/question.dto';
import { tagKey } from './question-content';
import { QuestionViews } from './question-views';
import { Question } from './question.entity';

/** The list's query, plus what exam draws need: any of several tags. */
export type QuestionFilter = QuestionSearchQueryDto & { anyTags?: string[] };

const SORTS = {
  updated: ['question.updated_at', 'DESC'],
  created: ['question.created_at', 'DESC'],
  name: ['question.name', 'ASC'],
  difficulty: ['question.difficulty', 'ASC'],
} as const;

/** The bank's question list: every filter the builder and the studio need, a page of results and counts per facet. */
@Injectable()
export class QuestionSearchService {
  constructor(
    @InjectRepository(Question) private readonly questions: Repository<Question>,
    private readonly categories: QuestionCategoriesService,
    private readonly views: QuestionViews,
  ) {}

  async search(bankId: string, query: QuestionSearchQueryDto): Promise<QuestionSearchResult> {
    await this.categories.assertBank(this.questions.manager, bankId);
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 25;
    const filtered = await this.filtered(bankId, query);
    const [column, direction] = SORTS[query.sort ?? 'updated'];
    const [rows, total] = await filtered()
      .orderBy(column, direction)
      .addOrderBy('question.id', 'ASC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.views.summaries(this.questions.manager, rows), total, page, pageSize, facets: await this.facets(filtered) };
  }

  /** Ids of every question matching the filters (exports, exam draws), capped. */
  async matchingIds(bankId: string, query: QuestionFilter, limit = 20_000): Promise<string[]> {
    const filtered = await this.filtered(bankId, query);
    const rows = await filtered().select('question.id', 'id').orderBy('question.id').limit(limit).getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /** A factory, so the page query and each facet count start from the same filters. */
  async count(bankId: string, query: QuestionFilter): Promise<number> {
    return (await this.filtered(bankId, query))().getCount();
  }

  private async filtered(bankId: string, query: QuestionFilter): Promise<(options?: { anyStatus?: boolean }) => SelectQueryBuilder<Question>> {
    let categoryIds: string[] | undefined;
    if (query.categoryId) {
      const tree = await this.categories.loadTree(this.questions.manager, bankId);
      if (!tree.get(query.categoryId)) throw notFound('Category');
      categoryIds = query.includeSubcategories === false ? [query.categoryId] : tree.subtreeIds(query.categoryId);
    }
    const statuses = query.status?.length ? query.status : ['draft', 'active'];
    return (options = {}) => {
      const qb = this.questions.createQueryBuilder('question').where('question.bank_id = :bankId', { bankId });
      if (!options.anyStatus) qb.andWhere('question.status IN (:...statuses)', { statuses });
      if (categoryIds) qb.andWhere('question.category_id IN (:...categoryIds)', { categoryIds });
      if (query.type?.length) qb.andWhere('question.type IN (:...types)', { types: query.type });
      if (query.difficulty?.length) qb.andWhere('question.difficulty IN (:...difficulties)', { difficulties: query.difficulty });
      if (query.anyTags?.length) {
        qb.andWhere('EXISTS (SELECT 1 FROM question_tags t WHERE t.question_id = question.id AND t.tag_key IN (:...anyTagKeys))', { anyTagKeys: query.anyTags.map((tag) => tagKey(tag.trim())) });
      }
      if (query.tag) {
        qb.andWhere('EXISTS (SELECT 1 FROM question_tags t WHERE t.question_id = question.id AND t.tag_key = :tagKey)', { tagKey: tagKey(query.tag.trim()) });
      }
      if (query.dimension) {
        qb.andWhere(
          'EXISTS (SELECT 1 FROM question_dimensions qd INNER JOIN capability_dimensions d ON d.id = qd.dimension_id WHERE qd.question_id = question.id AND LOWER(d.code) = :dimension)',
          { dimension: query.dimension.trim().toLowerCase() },
        );
      }
      const words = (query.q ?? '').toLocaleLowerCase().split(/\s+/u).filter(Boolean).slice(0, 8);
      words.forEach((word, i) => {
        qb.andWhere(
          new Brackets((inner) => {
            inner.where(`question.search_text LIKE :word${i} ESCAPE '!'`, { [`word${i}`]: `%${escapeLike(word)}%` });
            inner.orWhere(`question.id_number = :exact${i}`, { [`exact${i}`]: word });
          }),
        );
      });
      return qb;
    };
  }

  /** The status facet ignores the status filter, so the studio can say how many are retired. */
  private async facets(filtered: (options?: { anyStatus?: boolean }) => SelectQueryBuilder<Question>): Promise<QuestionFacets> {
    const count = async (column: string) =>
      filtered({ anyStatus: column === 'question.status' })
        .select(column, 'bucket')
        .addSelect('COUNT(*)', 'count')
        .groupBy(column)
        .getRawMany<{ bucket: string | number | null; count: string | number }>();
    const [types, difficulties, statuses] = await Promise.all([count('question.type'), count('question.difficulty'), count('question.status')]);
    const toRecord = (rows: { bucket: string | number | null; count: string | number }[]) =>
      Object.fromEntries(rows.map((row) => [row.bucket === null ? 'none' : String(row.bucket), Number(row.count)]));
    return { type: toRecord(types), difficulty: toRecord(difficulties), status: toRecord(statuses) };
  }
}

function escapeLike(text: string): string {
  return text.replace(/[!%_]/gu, (char) => `!${char}`);
}
