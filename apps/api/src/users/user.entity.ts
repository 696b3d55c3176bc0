import type { Locale } from '@pathwise/contracts';
import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { UserRole } from './user-role.entity';

@Entity('users')
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored normalised (trimmed, NFKC, lower case) so uniqueness holds across spellings. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  displayName!: string;

  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 8, default: 'en' })
  locale!: Locale;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @Column({ type: 'boolean', default: false })
  mustChangePassword!: boolean;

  @Index('uq_users_employee_no', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  employeeNo!: string | null;

  /** The agent's current certification level; levels arrive with the certification feature. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  certificationLevelId!: string | null;

  @Column({ type: 'date', nullable: true })
  hiredOn!: string | null;

  @Column({ type: 'datetime', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ type: 'datetime' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'datetime' })
  updatedAt!: Date;

  @OneToMany(() => UserRole, (role) => role.user)
  roles!: UserRole[];
}
