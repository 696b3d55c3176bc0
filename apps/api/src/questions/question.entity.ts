import type { QuestionType } from '@pathwise/assessment';
import type { BloomLevel, Difficulty, QuestionStatus } from '@pathwise/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * The question's head: where it lives and how it is classified. Its content lives in immutable
 * `QuestionVersion` rows; `currentVersion` names the one editors and new exams use.
 */
@Entity('questions')
@Index('ix_questions_bank_category', ['bankId', 'categoryId'])
@Index('ix_questions_bank_updated', ['bankId', 'updatedAt'])
export class Question {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  bankId!: string;

  @Column({ type: 'varchar', length: 36 })
  categoryId!: string;

  @Column({ type: 'int' })
  currentVersion!: number;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: QuestionType;

  @Column({ type: 'varchar', length: 16 })
  status!: QuestionStatus;

  @Column({ type: 'int', nullable: true })
  difficulty!: Difficulty | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  bloom!: BloomLevel | null;

  @Column({ type: 'double' })
  defaultPoints!: number;

  @Column({ type: 'varchar', length: 100, nullable: true })
  idNumber!: string | null;

  /** Lower-cased name and plain text of the content, for search. */
  @Column({ type: 'text', select: false })
  searchText!: string;

  @Column({ type: 'varchar', length: 255 })
  excerpt!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  authorId!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  updatedById!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
