// The outbox (admin): every e-mail the app has meant to send, with its status and last error.
// Without SMTP_URL the messages themselves land in the embedded catcher (caught_emails).
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { OutboxEmail } from '../../../models/index.js';
import { outboxStatuses } from '../../../models/OutboxEmail.js';
import { Forbidden } from '../../../errors.js';
import { page, pageOptions, pageSchema, paginationQuery } from '../common.js';

const outboxQuery = paginationQuery.extend({
  status: z.enum(outboxStatuses).optional(),
  kind: z.string().max(60).optional(),
});

const outboxEmailSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    to: z.string(),
    subject: z.string(),
    status: z.enum(outboxStatuses),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .openapi('OutboxEmail');

export function registerOutboxRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/outbox',
    tag: 'mail',
    summary: 'E-mails the app has queued, sent, cancelled or failed to send, newest first (admin)',
    query: outboxQuery,
    response: pageSchema(outboxEmailSchema),
    handler: async ({ actor, query }) => {
      if (!actor.hasRole('admin')) throw Forbidden('Only an administrator reads the outbox.');
      const where = { ...(query.status ? { status: query.status } : {}), ...(query.kind ? { kind: query.kind } : {}) };
      const { rows, count } = await OutboxEmail.findAndCountAll({
        where,
        order: [['id', 'DESC']],
        ...pageOptions(query),
      });
      return page(
        rows.map((e) => ({
          id: e.id,
          kind: e.kind,
          to: e.toAddress,
          subject: e.subject,
          status: e.status,
          attempts: e.attempts,
          lastError: e.lastError,
          createdAt: e.createdAt.toISOString(),
          sentAt: e.sentAt?.toISOString() ?? null,
        })),
        count,
        query,
      );
    },
  });
}
