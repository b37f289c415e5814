// What the SMTP server accepted, remembered in Redis apart from the outbox row. Recording 'sent'
// in the database can fail after SMTP has said 250 (the database is away); whoever takes the row
// over later reads this mark and records the e-mail as sent instead of sending it a second time.
import type { Redis } from 'ioredis';
import { createRedis, redisKey } from '../redis.js';
import { logger } from '../logger.js';

export interface DeliveryMark {
  messageId: string | null;
  acceptedAt: string;
}

// Longer than any e-mail stays undelivered (MAIL_GIVE_UP_HOURS is at most 14 days).
const MARK_TTL_SECONDS = 15 * 24 * 3600;

let client: Redis | null = null;

// A connection of its own that gives up on a command quickly: a mark is an extra safety, and
// delivery must not wait on a Redis that is away.
function marks(): Redis {
  if (!client) {
    client = createRedis({ maxRetriesPerRequest: 1, connectTimeout: 2000 });
    client.on('error', (error: unknown) => logger.debug({ err: error }, 'delivery marks: Redis unreachable'));
  }
  return client;
}

const markKey = (emailId: number) => redisKey('outbox', 'accepted', String(emailId));

/** Best effort: a failure is logged, never thrown — the e-mail has gone, whatever Redis says. */
export async function rememberAccepted(emailId: number, mark: DeliveryMark): Promise<boolean> {
  try {
    await marks().set(markKey(emailId), JSON.stringify(mark), 'EX', MARK_TTL_SECONDS);
    return true;
  } catch (error) {
    logger.warn({ err: error, emailId }, 'could not keep the delivery mark');
    return false;
  }
}

/** For each e-mail, the mark of an earlier attempt if SMTP accepted it. Throws when Redis cannot answer. */
export async function acceptedEarlier(emailIds: number[]): Promise<(DeliveryMark | null)[]> {
  if (!emailIds.length) return [];
  const values = await marks().mget(emailIds.map(markKey));
  return values.map((value) => (value ? (JSON.parse(value) as DeliveryMark) : null));
}

export async function closeDeliveryMarks(): Promise<void> {
  const current = client;
  client = null;
  await current?.quit().catch(() => current.disconnect());
}
