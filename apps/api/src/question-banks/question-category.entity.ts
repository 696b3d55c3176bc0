import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A node of a bank's category tree; `parentId` null = top level. */
@Entity('question_categories')
@Index('ix_question_categories_bank_parent', ['bankId', 'parentId'])
export class QuestionCategory {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 36 })
  bankId!: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  parentId!: string | null;

  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'int', default: 0 })
  sortOrder!: number;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
