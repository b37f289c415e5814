// The audit row of a bulk letter job (render or issue a whole year), written in a transaction of its
// own before the job is queued: the row names the job, and the job does the letters' work.
import type { Request } from 'express';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';

export async function recordBulkLetterJob(
  req: Request,
  kind: 'render' | 'issue',
  input: { year: number; jobId: string },
): Promise<void> {
  await withTransaction((transaction) =>
    recordAudit(transaction, {
      req,
      action: `bulk_${kind}`,
      entityType: 'GrantLetter',
      entityId: null,
      after: input,
    }),
  );
}
