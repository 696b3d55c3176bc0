import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A skill axis (产品知识, 沟通技巧 …). Questions, lessons and courses are tagged with one or more. */
@Entity('capability_dimensions')
export class CapabilityDimension {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_capability_dimensions_code', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  code!: string;

  @Column({ type: 'varchar', length: 120 })
  nameEn!: string;

  @Column({ type: 'varchar', length: 120 })
  nameZh!: string;

  @Column({ type: 'int', default: 0 })
  sortOrder!: number;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;
}
