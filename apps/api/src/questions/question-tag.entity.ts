import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('question_tags')
export class QuestionTag {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  questionId!: string;

  /** As the trainer wrote it; matched case-insensitively. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tag!: string;

  @Index('ix_question_tags_key')
  @Column({ type: 'varchar', length: 64 })
  tagKey!: string;
}
