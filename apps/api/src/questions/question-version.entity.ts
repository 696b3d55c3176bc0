import type { Question as QuestionDefinition, QuestionType } from '@pathwise/assessment';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One immutable version of a question's content. Attempts reference a version, never the head. */
@Entity('question_versions')
@Index('uq_question_versions_question_version', ['questionId', 'version'], { unique: true })
export class QuestionVersion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  questionId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Column({ type: 'varchar', length: 16 })
  type!: QuestionType;

  /** The validated, sanitised engine definition; stored files are referenced as `@@FILE@@/<id>`. */
  @Column({ type: 'simple-json' })
  definition!: QuestionDefinition;

  @Column({ type: 'double' })
  defaultPoints!: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  changeNote!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
