// Writes an AuditEvent inside the caller's transaction, so the record of a write and the write
// itself commit or roll back together.
import type { Request } from 'express';
import type { Transaction } from 'sequelize';
import { AuditEvent } from './models/index.js';
import type { User } from './models/index.js';

export interface AuditInput {
  /** The request the write came from: gives the actor (req.user) and the request id. */
  req?: Request;
  /** Who acted, when not the request's user (login, jobs). */
  actor?: User | null;
  action: string;
  entityType: string;
  entityId: number | string | null;
  centreId?: number | null;
  before?: unknown;
  after?: unknown;
}

export async function recordAudit(transaction: Transaction, input: AuditInput): Promise<AuditEvent> {
  const actor = input.actor !== undefined ? input.actor : (input.req?.user ?? null);
  return AuditEvent.create(
    {
      actorId: actor?.id ?? null,
      actorEmail: actor?.email ?? null,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId === null ? null : String(input.entityId),
      centreId: input.centreId ?? null,
      beforeData: input.before ?? null,
      afterData: input.after ?? null,
      requestId: input.req ? String(input.req.id as string | number) : null,
    },
    { transaction },
  );
}
