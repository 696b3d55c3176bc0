import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A collection of questions with its own category tree (e.g. one per product line). */
@Entity('question_banks')
export class QuestionBank {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_question_banks_name', { unique: true })
  @Column({ type: 'varchar', length: 120 })
  name!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
