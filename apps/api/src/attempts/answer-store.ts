import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Answer } from '@pathwise/assessment';
import { DataSource, EntityMetadata } from 'typeorm';

type ColumnMetadata = NonNullable<ReturnType<EntityMetadata['findColumnWithPropertyName']>>;
import { AttemptAnswer } from './attempt-answer.entity';

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
    const savedAt = this.dataSource.driver.preparePersistentValue(save.savedAt, this.savedAtColumn);
    const hasAnswer = save.answer !== undefined;
    const hasFlag = save.flagged !== undefined;
    const params = [save.attemptId, save.position, hasAnswer ? JSON.stringify(save.answer) : null, save.flagged ? 1 : 0, save.seq, savedAt, save.attemptId];
    const sql = this.mysql
      ? `INSERT INTO attempt_answers (attempt_id, position, answer, flagged, seq, saved_at)
         SELECT ?, ?, ?, ?, ?, ? FROM attempts WHERE id = ? AND status = 'in_progress'
         ON DUPLICATE KEY UPDATE
           answer = IF(VALUES(seq) > seq AND ${hasAnswer ? 1 : 0}, VALUES(answer), answer),
           flagged = IF(VALUES(seq) > seq AND ${hasFlag ? 1 : 0}, VALUES(flagged), flagged),
           saved_at = IF(VALUES(seq) > seq, VALUES(saved_at), saved_at),
           seq = GREATEST(seq, VALUES(seq))`
      : `INSERT INTO attempt_answers (attempt_id, position, answer, flagged, seq, saved_at)
         SELECT ?, ?, ?, ?, ?, ? FROM attempts WHERE id = ? AND status = 'in_progress'
         ON CONFLICT (attempt_id, position) DO UPDATE SET
           answer = CASE WHEN ${hasAnswer ? 1 : 0} THEN excluded.answer ELSE attempt_answers.answer END,
           flagged = CASE WHEN ${hasFlag ? 1 : 0} THEN excluded.flagged ELSE attempt_answers.flagged END,
           seq = excluded.seq,
           saved_at = excluded.saved_at
         WHERE excluded.seq > attempt_answers.seq`;
    const runner = this.dataSource.createQueryRunner();
    try {
      // MySQL counts 1 inserted, 2 updated, 0 unchanged; SQLite 1 or 0. Zero = an older seq or a closed attempt.
      const result = await runner.query(sql, params, true);
      return (result.affected ?? 0) > 0;
    } finally {
      await runner.release();
    }
  }

  async storedSeq(attemptId: string, position: number): Promise<number> {
    const row = await this.dataSource.getRepository(AttemptAnswer).findOne({ where: { attemptId, position }, select: { seq: true } });
    return row?.seq ?? 0;
  }
}
