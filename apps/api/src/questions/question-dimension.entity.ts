import { Entity, Index, PrimaryColumn } from 'typeorm';

@Entity('question_dimensions')
export class QuestionDimension {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  questionId!: string;

  @Index('ix_question_dimensions_dimension')
  @PrimaryColumn({ type: 'varchar', length: 36 })
  dimensionId!: string;
}
