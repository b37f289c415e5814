// The audit trail, newest first (admin and auditor).
import type { Router } from 'express';
import { Op } from 'sequelize';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { AuditEvent } from '../../../models/index.js';
import { auditEventSchema, presentAuditEvent } from '../../../presenters/auditEvent.js';
import { centreByCode, isoDate, page, pageOptions, pageSchema, paginationQuery } from '../common.js';
import { authorize, system } from '../../../policies/index.js';
import { say } from '../../../i18n/language.js';

const listAuditQuery = paginationQuery.extend({
  entityType: z.string().max(60).optional(),
  entityId: z.string().max(60).optional(),
  actor: z.string().max(255).optional().openapi({ description: 'Actor e-mail' }),
  action: z.string().max(40).optional(),
  centre: z.string().max(40).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});

export function registerAuditRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/audit',
    tag: 'audit',
    summary:
      'Audit events, newest first; filters entityType, entityId, actor, action, centre, from, to (admin, auditor)',
    query: listAuditQuery,
    response: pageSchema(auditEventSchema),
    handler: async ({ actor, query }) => {
      authorize(
        actor,
        'readAuditTrail',
        system,
        'audit trail',
        say(
          'Bare administratorer og revisorer kan lese revisjonssporet.',
          'Only admins and auditors read the audit trail.',
        ),
      );
      const centre = query.centre ? await centreByCode(query.centre.toUpperCase(), 'query.centre') : undefined;
      const created = {
        ...(query.from ? { [Op.gte]: new Date(`${query.from}T00:00:00Z`) } : {}),
        ...(query.to ? { [Op.lt]: new Date(new Date(`${query.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
      };
      const { rows, count } = await AuditEvent.findAndCountAll({
        where: {
          ...(query.entityType ? { entityType: query.entityType } : {}),
          ...(query.entityId ? { entityId: query.entityId } : {}),
          ...(query.actor ? { actorEmail: query.actor.toLowerCase() } : {}),
          ...(query.action ? { action: query.action } : {}),
          ...(centre ? { centreId: centre.id } : {}),
          ...(query.from || query.to ? { createdAt: created } : {}),
        },
        order: [['id', 'DESC']],
        ...pageOptions(query),
      });
      return page(rows.map(presentAuditEvent), count, query);
    },
  });
}
