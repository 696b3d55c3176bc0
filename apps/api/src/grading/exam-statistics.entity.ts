import type { ExamStatistics } from '@pathwise/assessment';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export interface StoredExamStatistics extends ExamStatistics {
  /** Per question id: how often each option was chosen (choice and true/false questions). */
  options: Record<string, Record<string, number>>;
}

/** Item statistics of an exam, recomputed in the background as attempts are graded. */
@Entity('exam_statistics')
export class ExamStatisticsRow {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  examId!: string;

  @Column({ type: 'simple-json' })
  payload!: StoredExamStatistics;

  @Column({ type: 'datetime' })
  computedAt!: Date;
}
