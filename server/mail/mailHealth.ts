// How delivery is going, for the administrator: what is failed for good, what is being retried
// (and since when), and the last error — so a mail server that is down is noticed in the app,
// since it cannot be noticed by e-mail.
import { QueryTypes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';

export interface MailHealth {
  failed: number;
  retrying: number;
  waiting: number;
  oldestRetryingSince: string | null;
  lastError: string | null;
}

export async function mailHealth(): Promise<MailHealth> {
  const [counts] = await sequelize.query<{
    failed: number | string | null;
    retrying: number | string | null;
    waiting: number | string | null;
    oldest: Date | null;
  }>(
    `SELECT SUM(status = 'failed') AS failed,
            SUM(status IN ('pending', 'sending') AND attempts > 0) AS retrying,
            SUM(status IN ('pending', 'sending')) AS waiting,
            MIN(CASE WHEN status IN ('pending', 'sending') AND attempts > 0 THEN first_attempt_at END) AS oldest
       FROM outbox_emails WHERE status IN ('pending', 'sending', 'failed')`,
    { type: QueryTypes.SELECT },
  );
  const [last] = await sequelize.query<{ last_error: string }>(
    `SELECT last_error FROM outbox_emails WHERE status IN ('pending', 'sending', 'failed') AND last_error IS NOT NULL
      ORDER BY updated_at DESC, id DESC LIMIT 1`,
    { type: QueryTypes.SELECT },
  );
  return {
    failed: Number(counts?.failed ?? 0),
    retrying: Number(counts?.retrying ?? 0),
    waiting: Number(counts?.waiting ?? 0),
    oldestRetryingSince: counts?.oldest ? new Date(counts.oldest).toISOString() : null,
    lastError: last?.last_error ?? null,
  };
}
