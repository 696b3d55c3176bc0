import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { AuditLogEntry, Page } from '@pathwise/contracts';
import { EntityManager, In, Repository } from 'typeorm';
import { AuthUser } from '../auth/auth-user';
import { User } from '../users/user.entity';
import { AuditLog } from './audit-log.entity';

export interface AuditEvent {
  action: string;
  entityType: string;
  entityId: string | null;
  details?: Record<string, unknown>;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditLog) private readonly log: Repository<AuditLog>) {}

  /** Pass the transaction's manager so the entry commits (or rolls back) with the change it describes. */
  async record(actor: AuthUser | null, event: AuditEvent, manager?: EntityManager): Promise<void> {
    const repo = manager?.getRepository(AuditLog) ?? this.log;
    await repo.insert({
      // simple-json columns are serialised by TypeORM; its insert typing does not model that.
      details: (event.details ?? null) as never,
      actorId: actor?.id ?? null,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      requestId: actor?.requestId ?? null,
      ip: actor?.ip ?? null,
    });
  }

  async list(query: { page: number; pageSize: number; action?: string; entityId?: string }): Promise<Page<AuditLogEntry>> {
    const qb = this.log.createQueryBuilder('entry').orderBy('entry.id', 'DESC');
    if (query.action) qb.andWhere('entry.action LIKE :action', { action: `${query.action}%` });
    if (query.entityId) qb.andWhere('entry.entity_id = :entityId', { entityId: query.entityId });
    const [rows, total] = await qb.skip((query.page - 1) * query.pageSize).take(query.pageSize).getManyAndCount();
    const actorIds = [...new Set(rows.map((row) => row.actorId).filter((id): id is string => Boolean(id)))];
    const actors = actorIds.length ? await this.log.manager.find(User, { where: { id: In(actorIds) }, select: { id: true, displayName: true } }) : [];
    const names = new Map(actors.map((actor) => [actor.id, actor.displayName]));
    return {
      items: rows.map((row) => ({
        id: row.id,
        actor: row.actorId ? { id: row.actorId, displayName: names.get(row.actorId) ?? '(deleted user)' } : null,
        action: row.action,
        entityType: row.entityType,
        entityId: row.entityId,
        details: row.details,
        requestId: row.requestId,
        createdAt: row.createdAt.toISOString(),
      })),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
