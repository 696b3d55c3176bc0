import type { GradingMethod, ReviewPolicy } from '@pathwise/assessment';
import type { ExamPurpose, ExamSection, ExamStatus } from '@pathwise/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** An exam: settings and sections (fixed questions and blueprint draws). Attempts freeze the exact question versions they were given. */
@Entity('exams')
export class Exam {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ type: 'varchar', length: 20 })
  purpose!: ExamPurpose;

  @Column({ type: 'varchar', length: 16 })
  status!: ExamStatus;

  @Column({ type: 'int', nullable: true })
  timeLimitMinutes!: number | null;

  @Column({ type: 'datetime', nullable: true })
  opensAt!: Date | null;

  @Column({ type: 'datetime', nullable: true })
  closesAt!: Date | null;

  @Column({ type: 'int', nullable: true })
  maxAttempts!: number | null;

  @Column({ type: 'int', default: 0 })
  cooldownMinutes!: number;

  @Column({ type: 'double', nullable: true })
  passPercent!: number | null;

  @Column({ type: 'simple-json' })
  dimensionPassPercent!: Record<string, number>;

  @Column({ type: 'varchar', length: 16 })
  gradingMethod!: GradingMethod;

  @Column({ type: 'boolean' })
  shuffleQuestions!: boolean;

  @Column({ type: 'boolean' })
  shuffleOptions!: boolean;

  @Column({ type: 'varchar', length: 20 })
  layout!: 'one_per_page' | 'all_on_one_page';

  @Column({ type: 'varchar', length: 16 })
  navigation!: 'free' | 'sequential';

  @Column({ type: 'simple-json' })
  review!: ReviewPolicy;

  @Column({ type: 'simple-json' })
  sections!: ExamSection[];

  @Column({ type: 'boolean' })
  audienceEveryone!: boolean;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById!: string | null;

  @Column({ type: 'datetime', nullable: true })
  publishedAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;
}
