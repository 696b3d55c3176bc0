import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Answer } from '@pathwise/assessment';
import { DataSource, EntityMetadata, QueryFailedError } from 'typeorm';

import { AttemptAnswer } from './attempt-answer.entity';

type ColumnMetadata = NonNullable<ReturnType<EntityMetadata['findColumnWithPropertyName']>>;

/** The callback pool mysql2 gives TypeORM's MySQL driver (only what the autosave uses). */
interface MysqlPool {
  execute(sql: string, params: unknown[], callback: (error: Error | null, result: { affectedRows: number }) => void): void;
}

export interface AnswerWrite {
  attemptId: string;
  position: number;
  seq: number;
  /** Undefined keeps the stored answer (a flag-only save). */
  answer?: Answer | null;
  flagged?: boolean;
  savedAt: Date;
}

/**
 * The autosave write: one statement that inserts or updates the answer only if the attempt is
 * still in progress and the save is newer (by the client's seq) than what is stored. A retry that
 * arrives late, or a save racing the submit, changes nothing.
 */
@Injectable()
export class AnswerStore {
  private readonly mysql: boolean;

  private readonly savedAtColumn: ColumnMetadata;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    this.mysql = dataSource.options.type === 'mysql';
    const column = dataSource.getMetadata(AttemptAnswer).findColumnWithPropertyName('savedAt');
    if (!column) throw new Error('attempt_answers.saved_at is not mapped');
    this.savedAtColumn = column;
  }

  /** True when the row now holds this save. */
  async write(save: AnswerWrite): Promise<boolean> {
    const hasAnswer = save.answer !== undefined;
    const hasFlag = save.flagged !== undefined;
    const answer = hasAnswer ? JSON.stringify(save.answer) : null;
    const flagged = save.flagged ? 1 : 0;
    // MySQL counts 1 inserted, 2 updated, 0 unchanged; SQLite 1 or 0. Zero = an older seq or a closed attempt.
    if (this.mysql) return (await this.execute(MYSQL_UPSERT(hasAnswer, hasFlag), [save.attemptId, save.position, answer, flagged, save.seq, utcDatetime(save.savedAt), save.attemptId])) > 0;
    const savedAt = this.dataSource.driver.preparePersistentValue(save.savedAt, this.savedAtColumn);
    const runner = this.dataSource.createQueryRunner();
    try {
      const result = await runner.query(SQLITE_UPSERT(hasAnswer, hasFlag), [save.attemptId, save.position, answer, flagged, save.seq, savedAt, save.attemptId], true);
      return (result.affected ?? 0) > 0;
    } finally {
      await runner.release();
    }
  }

  /**
   * A prepared statement on the driver's own pool: the hottest write of an exam skips the query
   * runner, and MySQL parses the statement once per connection instead of once per save.
   */
  private execute(sql: string, params: unknown[]): Promise<number> {
    const pool = (this.dataSource.driver as unknown as { pool: MysqlPool }).pool;
    return new Promise((resolve, reject) => {
      pool.execute(sql, params, (error, result) => (error ? reject(new QueryFailedError(sql, params, error)) : resolve(result.affectedRows)));
    });
  }

  async storedSeq(attemptId: string, position: number): Promise<number> {
    const row = await this.dataSource.getRepository(AttemptAnswer).findOne({ where: { attemptId, position }, select: { seq: true } });
    return row?.seq ?? 0;
  }
}

/** The four statements (answer, flag, both, neither), built once: autosave is the hottest path. */
function byChange(build: (hasAnswer: boolean, hasFlag: boolean) => string): (hasAnswer: boolean, hasFlag: boolean) => string {
  const built = [false, true].map((hasAnswer) => [false, true].map((hasFlag) => build(hasAnswer, hasFlag)));
  return (hasAnswer, hasFlag) => built[Number(hasAnswer)][Number(hasFlag)];
}

const MYSQL_UPSERT = byChange(upsertSql);
const SQLITE_UPSERT = byChange(sqliteUpsertSql);

function upsertSql(hasAnswer: boolean, hasFlag: boolean): string {
  return `INSERT INTO attempt_answers (attempt_id, position, answer, flagged, seq, saved_at)
    SELECT ?, ?, ?, ?, ?, ? FROM attempts WHERE id = ? AND status = 'in_progress'
    ON DUPLICATE KEY UPDATE
      answer = IF(VALUES(seq) > seq AND ${hasAnswer ? 1 : 0}, VALUES(answer), answer),
      flagged = IF(VALUES(seq) > seq AND ${hasFlag ? 1 : 0}, VALUES(flagged), flagged),
      saved_at = IF(VALUES(seq) > seq, VALUES(saved_at), saved_at),
      seq = GREATEST(seq, VALUES(seq))`;
}

function sqliteUpsertSql(hasAnswer: boolean, hasFlag: boolean): string {
  return `INSERT INTO attempt_answers (attempt_id, position, answer, flagged, seq, saved_at)
    SELECT ?, ?, ?, ?, ?, ? FROM attempts WHERE id = ? AND status = 'in_progress'
    ON CONFLICT (attempt_id, position) DO UPDATE SET
      answer = CASE WHEN ${hasAnswer ? 1 : 0} THEN excluded.answer ELSE attempt_answers.answer END,
      flagged = CASE WHEN ${hasFlag ? 1 : 0} THEN excluded.flagged ELSE attempt_answers.flagged END,
      seq = excluded.seq,
      saved_at = excluded.saved_at
    WHERE excluded.seq > attempt_answers.seq`;
}

/** DATETIME as the connection stores it (timezone 'Z'): "2026-11-22 21:05:09". */
function utcDatetime(date: Date): string {
  return date.toISOString().slice(0, 19).replace('T', ' ');
}
