import type { DimensionResult } from '@pathwise/assessment';
import type { AttemptStatus } from '@pathwise/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('attempts')
@Index('ix_attempts_exam_user', ['examId', 'userId'])
@Index('ix_attempts_status_deadline', ['status', 'deadlineAt'])
@Index('ix_attempts_status_submitted', ['status', 'submittedAt'])
export class Attempt {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  examId!: string;

  @Column({ type: 'varchar', length: 36 })
  userId!: string;

  /** 1 for the agent's first attempt at the exam. */
  @Column({ type: 'int' })
  number!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: AttemptStatus;

  /** `examId:userId` while in progress, null after: a unique index allows one open attempt per agent and exam. */
  @Index('uq_attempts_open_key', { unique: true })
  @Column({ type: 'varchar', length: 80, nullable: true })
  openKey!: string | null;

  @Column({ type: 'varchar', length: 64 })
  seed!: string;

  @Column({ type: 'datetime' })
  startedAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  deadlineAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  submittedAt!: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  submittedBy!: 'agent' | 'timeout' | null;

  @Column({ type: 'datetime', nullable: true })
  gradedAt!: Date | null;

  @Column({ type: 'int' })
  questionCount!: number;

  @Column({ type: 'double', nullable: true })
  points!: number | null;

  @Column({ type: 'double', nullable: true })
  maxPoints!: number | null;

  @Column({ type: 'double', nullable: true })
  percent!: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed!: boolean | null;

  @Column({ type: 'simple-json', nullable: true })
  dimensionResults!: DimensionResult[] | null;
}
