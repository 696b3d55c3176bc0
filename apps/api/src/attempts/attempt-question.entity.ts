import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The exact question version at each position of an attempt, fixed when it starts. */
@Entity('attempt_questions')
@Index('ix_attempt_questions_version', ['questionVersionId'])
export class AttemptQuestion {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  attemptId!: string;

  @PrimaryColumn({ type: 'int' })
  position!: number;

  @Column({ type: 'int' })
  section!: number;

  @Column({ type: 'varchar', length: 36 })
  questionId!: string;

  @Column({ type: 'varchar', length: 36 })
  questionVersionId!: string;

  @Column({ type: 'double' })
  points!: number;
}
