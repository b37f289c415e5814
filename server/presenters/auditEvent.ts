import { z } from 'zod';
import type { AuditEvent } from '../models/index.js';

export const auditEventSchema = z
  .object({
    id: z.number().int(),
    actor: z.object({ id: z.number().int().nullable(), email: z.string().nullable() }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    centreId: z.number().int().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    requestId: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('AuditEvent');

export function presentAuditEvent(event: AuditEvent): z.infer<typeof auditEventSchema> {
  return {
    id: Number(event.id),
    actor: { id: event.actorId, email: event.actorEmail },
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    centreId: event.centreId,
    before: event.beforeData,
    after: event.afterData,
    requestId: event.requestId,
    createdAt: event.createdAt.toISOString(),
  };
}
