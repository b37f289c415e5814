// The outbox e-mails that should be on their way now: pending and due, or claimed by a sender whose
// lease ran out (it died, or lost the database). The outbox is the truth; the queue only carries
// work. Whatever Redis lost or a dead worker held, the next look here finds it again.
import { QueryTypes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';

export interface DueEmail {
  id: number;
  attempts: number;
}

export async function dueOutboxEmails(limit = 10_000): Promise<DueEmail[]> {
  return sequelize.query<DueEmail>(
    `SELECT id, attempts FROM outbox_emails
      WHERE (status = 'pending' AND (next_attempt_at IS NULL OR next_attempt_at <= NOW(3)))
         OR (status = 'sending' AND lease_until < NOW(3))
      ORDER BY id LIMIT :limit`,
    { replacements: { limit }, type: QueryTypes.SELECT },
  );
}
