import type { Answer } from '@pathwise/assessment';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The latest saved answer per position; `seq` orders saves from the client so a late retry never overwrites a newer answer. */
@Entity('attempt_answers')
export class AttemptAnswer {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  attemptId!: string;

  @PrimaryColumn({ type: 'int' })
  position!: number;

  @Column({ type: 'simple-json', nullable: true })
  answer!: Answer | null;

  @Column({ type: 'boolean', default: false })
  flagged!: boolean;

  @Column({ type: 'int' })
  seq!: number;

  @Column({ type: 'datetime' })
  savedAt!: Date;
}
