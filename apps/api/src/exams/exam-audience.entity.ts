import { Entity, Index, PrimaryColumn } from 'typeorm';

/** Who may sit an exam besides "everyone": named users and teams (levels and learning paths will add kinds). */
@Entity('exam_audience')
@Index('ix_exam_audience_target', ['kind', 'targetId'])
export class ExamAudienceEntry {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  examId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  kind!: 'user' | 'team';

  @PrimaryColumn({ type: 'varchar', length: 36 })
  targetId!: string;
}
