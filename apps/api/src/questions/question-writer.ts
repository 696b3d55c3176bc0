import { Injectable } from '@nestjs/common';
import type { Question as QuestionDefinition } from '@pathwise/assessment';
import { BloomLevel, Difficulty, ErrorCode, QuestionStatus } from '@pathwise/contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { CapabilityDimension } from '../capabilities/capability-dimension.entity';
import { DomainException } from '../common/domain.exception';
import { excerptOf, normaliseTags, searchTextOf, tagKey } from './question-content';
import { QuestionDimension } from './question-dimension.entity';
import { QuestionTag } from './question-tag.entity';
import { QuestionVersion } from './question-version.entity';
import { Question } from './question.entity';

/** A question ready to store: its definition already prepared (validated and sanitised). */
export interface NewQuestion {
  categoryId: string;
  name: string;
  definition: QuestionDefinition;
  defaultPoints: number;
  difficulty: Difficulty | null;
  bloom: BloomLevel | null;
  status: QuestionStatus;
  tags: string[];
  dimensionIds: string[];
  idNumber: string | null;
  changeNote: string | null;
}

/** Rows per multi-row INSERT: well under MySQL's packet limit and SQLite's variable limit. */
const CHUNK = 100;

/** Writes question heads, versions, tags and dimensions, in the caller's transaction; shared by the editor, imports and the demo seed. */
@Injectable()
export class QuestionWriter {
  async insertMany(manager: EntityManager, actor: AuthUser | null, bankId: string, items: NewQuestion[]): Promise<string[]> {
    const heads: Partial<Question>[] = [];
    const versions: Partial<QuestionVersion>[] = [];
    const tags: QuestionTag[] = [];
    const dimensions: QuestionDimension[] = [];
    for (const item of items) {
      const id = randomUUID();
      heads.push({ id, bankId, currentVersion: 1, ...headColumns(item), authorId: actor?.id ?? null, updatedById: actor?.id ?? null });
      versions.push(versionRow(id, 1, item, actor));
      for (const tag of normaliseTags(item.tags)) tags.push({ questionId: id, tag, tagKey: tagKey(tag) });
      for (const dimensionId of new Set(item.dimensionIds)) dimensions.push({ questionId: id, dimensionId });
    }
    await insertChunked(manager, Question, heads);
    await insertChunked(manager, QuestionVersion, versions);
    await insertChunked(manager, QuestionTag, tags);
    await insertChunked(manager, QuestionDimension, dimensions);
    return heads.map((head) => head.id as string);
  }

  async replaceTags(manager: EntityManager, questionId: string, tags: string[]): Promise<void> {
    await manager.delete(QuestionTag, { questionId });
    await insertChunked(manager, QuestionTag, normaliseTags(tags).map((tag) => ({ questionId, tag, tagKey: tagKey(tag) })));
  }

  async replaceDimensions(manager: EntityManager, questionId: string, dimensionIds: string[]): Promise<void> {
    await manager.delete(QuestionDimension, { questionId });
    await insertChunked(manager, QuestionDimension, [...new Set(dimensionIds)].map((dimensionId) => ({ questionId, dimensionId })));
  }

  /** Dimension codes to ids; an unknown code is the caller's mistake, named in the error. */
  async dimensionIds(manager: EntityManager, codes: string[], field = 'dimensionCodes'): Promise<string[]> {
    const byCode = await this.dimensionsByCode(manager);
    const unknown = codes.filter((code) => !byCode.has(code.toLowerCase()));
    if (unknown.length) {
      throw new DomainException(ErrorCode.ValidationFailed, `Unknown capability dimension(s): ${unknown.join(', ')}`, [{ field, message: `Unknown: ${unknown.join(', ')}`, code: 'unknown_dimension' }]);
    }
    return codes.map((code) => byCode.get(code.toLowerCase()) as string);
  }

  async dimensionsByCode(manager: EntityManager): Promise<Map<string, string>> {
    const dimensions = await manager.find(CapabilityDimension);
    return new Map(dimensions.map((d) => [d.code.toLowerCase(), d.id]));
  }
}

/** The head's columns that follow from the question's content and classification. */
export function headColumns(item: NewQuestion): Partial<Question> {
  return {
    categoryId: item.categoryId,
    name: item.name,
    type: item.definition.type,
    status: item.status,
    difficulty: item.difficulty,
    bloom: item.bloom,
    defaultPoints: item.defaultPoints,
    idNumber: item.idNumber,
    searchText: searchTextOf(item.name, item.definition),
    excerpt: excerptOf(item.definition),
  };
}

export function versionRow(questionId: string, version: number, item: Pick<NewQuestion, 'name' | 'definition' | 'defaultPoints' | 'changeNote'>, actor: AuthUser | null): Partial<QuestionVersion> {
  return {
    id: randomUUID(),
    questionId,
    version,
    name: item.name,
    type: item.definition.type,
    definition: item.definition,
    defaultPoints: item.defaultPoints,
    changeNote: item.changeNote,
    createdById: actor?.id ?? null,
  };
}

async function insertChunked<T extends object>(manager: EntityManager, entity: new () => T, rows: Partial<T>[]): Promise<void> {
  for (let start = 0; start < rows.length; start += CHUNK) {
    await manager.insert(entity, rows.slice(start, start + CHUNK) as never);
  }
}
