// The outbox (admin): every e-mail the app has meant to send, with its status and last error; how
// delivery is going; and sending failed e-mails again. Without SMTP_URL the messages themselves
// land in the embedded catcher (caught_emails).
import type { Router } from 'express';
import { z } from 'zod';
import { defineRoute } from '../../defineRoute.js';
import { OutboxEmail } from '../../../models/index.js';
import type { User } from '../../../models/index.js';
import { outboxStatuses } from '../../../models/OutboxEmail.js';
import { Conflict, NotFound } from '../../../errors.js';
import { outboxStatusName } from '../../../i18n/statusNames.js';
import { authorize, system } from '../../../policies/index.js';
import { idParams, page, pageOptions, pageSchema, paginationQuery } from '../common.js';
import { mailHealthSchema, outboxEmailSchema, presentOutboxEmail } from '../../../presenters/outboxEmail.js';
import { mailHealth } from '../../../mail/mailHealth.js';
import { resendFailedEmails } from '../../../commands/resendEmails.js';
import { queueOutboxEmails } from '../../../../workflows/tasks/SendEmailTask.js';
import { enqueueAfterCommit } from '../../../../workflows/queues.js';
import { say } from '../../../i18n/language.js';

const outboxQuery = paginationQuery.extend({
  status: z.enum(outboxStatuses).optional(),
  kind: z.string().max(60).optional(),
});

function requireOutbox(actor: User) {
  authorize(
    actor,
    'manageOutbox',
    system,
    'outbox',
    say(
      'Bare en administrator kan lese og sende utboksen på nytt.',
      'Only an administrator reads and resends the outbox.',
    ),
  );
}

/** After commit: with Redis away they stay due in the outbox, and the outbox recovery queues them. */
const queueAfterCommit = (emails: OutboxEmail[]) =>
  enqueueAfterCommit('resent e-mails', () => queueOutboxEmails(emails));

export function registerOutboxRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/outbox',
    tag: 'mail',
    summary: 'E-mails the app has queued, sent, cancelled or failed to send, newest first (admin)',
    query: outboxQuery,
    response: pageSchema(outboxEmailSchema),
    handler: async ({ actor, query }) => {
      requireOutbox(actor);
      const where = { ...(query.status ? { status: query.status } : {}), ...(query.kind ? { kind: query.kind } : {}) };
      const { rows, count } = await OutboxEmail.findAndCountAll({
        where,
        order: [['id', 'DESC']],
        ...pageOptions(query),
      });
      return page(rows.map(presentOutboxEmail), count, query);
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/outbox/health',
    tag: 'mail',
    summary: 'How delivery is going: e-mails failed for good, being retried (since when), the last error (admin)',
    response: mailHealthSchema,
    handler: async ({ actor }) => {
      requireOutbox(actor);
      return mailHealth();
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/outbox/resend-failed',
    tag: 'mail',
    summary: 'Send every failed e-mail again, with a fresh round of attempts (admin)',
    response: z.object({ resent: z.number().int() }),
    handler: async ({ req, actor }) => {
      requireOutbox(actor);
      const emails = await resendFailedEmails(req, 'all-failed');
      await queueAfterCommit(emails);
      return { resent: emails.length };
    },
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/outbox/:id/resend',
    tag: 'mail',
    summary: 'Send one failed e-mail again, with a fresh round of attempts (admin); 409 unless it failed',
    params: idParams,
    response: outboxEmailSchema,
    handler: async ({ req, actor, params }) => {
      requireOutbox(actor);
      const email = await OutboxEmail.findByPk(params.id);
      if (!email) throw NotFound('e-mail');
      const [resent] = await resendFailedEmails(req, [params.id]);
      if (!resent)
        throw Conflict(
          say(
            `Bare en e-post som har feilet kan sendes på nytt; denne er ${outboxStatusName(email.status).nb}.`,
            `Only a failed e-mail can be sent again; this one is ${email.status}.`,
          ),
        );
      await queueAfterCommit([resent]);
      return presentOutboxEmail(resent);
    },
  });
}
