// An outbox e-mail as the administrator sees it: to whom, what, its delivery status and last error.
import { z } from 'zod';
import type { OutboxEmail } from '../models/index.js';
import { outboxStatuses } from '../models/OutboxEmail.js';

export const outboxEmailSchema = z
  .object({
    id: z.number().int(),
    kind: z.string(),
    to: z.string(),
    subject: z.string(),
    status: z.enum(outboxStatuses),
    attempts: z.number().int(),
    lastError: z.string().nullable(),
    nextAttemptAt: z.string().nullable(),
    createdAt: z.string(),
    sentAt: z.string().nullable(),
  })
  .openapi('OutboxEmail');

export const presentOutboxEmail = (e: OutboxEmail): z.infer<typeof outboxEmailSchema> => ({
  id: e.id,
  kind: e.kind,
  to: e.toAddress,
  subject: e.subject,
  status: e.status,
  attempts: e.attempts,
  lastError: e.lastError,
  nextAttemptAt: e.status === 'pending' ? (e.nextAttemptAt?.toISOString() ?? null) : null,
  createdAt: e.createdAt.toISOString(),
  sentAt: e.sentAt?.toISOString() ?? null,
});

export const mailHealthSchema = z
  .object({
    failed: z.number().int(),
    retrying: z.number().int(),
    waiting: z.number().int(),
    oldestRetryingSince: z.string().nullable(),
    lastError: z.string().nullable(),
  })
  .openapi('MailHealth');
