import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Question as QuestionDefinition } from '@pathwise/assessment';
import { In, Repository } from 'typeorm';
import { QuestionVersion } from '../questions/question-version.entity';

export interface CachedVersion {
  id: string;
  questionId: string;
  version: number;
  definition: QuestionDefinition;
  defaultPoints: number;
}

const MAX_ENTRIES = 20_000;

/**
 * Question versions never change once written, so every process may keep them: the autosave and
 * grading hot paths validate and score without re-reading and re-parsing the definition.
 */
@Injectable()
export class QuestionVersionCache {
  private readonly entries = new Map<string, CachedVersion>();

  constructor(@InjectRepository(QuestionVersion) private readonly versions: Repository<QuestionVersion>) {}

  async get(id: string): Promise<CachedVersion> {
    const [found] = await this.getMany([id]);
    return found;
  }

  async getMany(ids: string[]): Promise<CachedVersion[]> {
    const missing = [...new Set(ids.filter((id) => !this.entries.has(id)))];
    for (let start = 0; start < missing.length; start += 500) {
      const rows = await this.versions.find({ where: { id: In(missing.slice(start, start + 500)) } });
      for (const row of rows) this.remember({ id: row.id, questionId: row.questionId, version: row.version, definition: row.definition, defaultPoints: Number(row.defaultPoints) });
    }
    return ids.map((id) => {
      const entry = this.entries.get(id);
      if (!entry) throw new Error(`Question version ${id} does not exist`);
      return entry;
    });
  }

  private remember(entry: CachedVersion): void {
    // Oldest first out: a Map iterates in insertion order.
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(entry.id, entry);
  }
}
