import type { QuestionImportFormat } from '@pathwise/contracts';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An uploaded question file awaiting (or past) commit. The file itself is kept on disk and parsed
 * again on commit, so a preview costs no database space and commit sees exactly what was shown.
 */
@Entity('question_imports')
@Index('ix_question_imports_bank', ['bankId', 'createdAt'])
export class QuestionImport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  bankId!: string;

  @Column({ type: 'varchar', length: 16 })
  format!: QuestionImportFormat;

  @Column({ type: 'varchar', length: 255 })
  fileName!: string;

  @Column({ type: 'varchar', length: 64 })
  sha256!: string;

  @Column({ type: 'int' })
  size!: number;

  @Column({ type: 'varchar', length: 16 })
  status!: 'preview' | 'committed';

  @Column({ type: 'int' })
  acceptedCount!: number;

  @Column({ type: 'int' })
  rejectedCount!: number;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @Column({ type: 'datetime', nullable: true })
  committedAt!: Date | null;
}
