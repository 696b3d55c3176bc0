import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A background regrade after a question's key was fixed: attempts that used older versions move to the current one. */
@Entity('regrade_runs')
@Index('ix_regrade_runs_question', ['questionId', 'createdAt'])
export class RegradeRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  questionId!: string;

  /** The version every affected attempt is moved to. */
  @Column({ type: 'varchar', length: 36 })
  toVersionId!: string;

  @Column({ type: 'int' })
  toVersion!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: 'queued' | 'running' | 'done' | 'failed';

  @Column({ type: 'int' })
  total!: number;

  @Column({ type: 'int', default: 0 })
  done!: number;

  @Column({ type: 'int', default: 0 })
  changed!: number;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  finishedAt!: Date | null;
}
