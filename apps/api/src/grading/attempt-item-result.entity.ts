import type { ScoreResult, ScoreStatus } from '@pathwise/assessment';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The grade of one question of an attempt; manual rows (essays) survive automatic regrading. */
@Entity('attempt_item_results')
export class AttemptItemResult {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  attemptId!: string;

  @PrimaryColumn({ type: 'int' })
  position!: number;

  @Column({ type: 'double' })
  points!: number;

  @Column({ type: 'double' })
  maxPoints!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: ScoreStatus;

  @Column({ type: 'simple-json' })
  detail!: ScoreResult;

  @Column({ type: 'boolean', default: false })
  manual!: boolean;

  @Column({ type: 'varchar', length: 36, nullable: true })
  gradedById!: string | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'datetime' })
  gradedAt!: Date;
}
