import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('question_tags')
export class QuestionTag {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  questionId!: string;

  /** As the trainer first wrote it. */
  @Column({ type: 'varchar', length: 64 })
  tag!: string;

  /** The folded form tags are compared by (tagKey in question-content.ts); unique per question. */
  @Index('ix_question_tags_key')
  @PrimaryColumn({ type: 'varchar', length: 64 })
  tagKey!: string;
}
