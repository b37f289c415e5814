// After a letter is issued: render and store its PDF, then e-mail the centre leaders with it.
// Every step finds what an earlier attempt made, so a worker dying half-way loses nothing and
// repeats nothing.
import { z } from 'zod';
import { BaseTask } from './BaseTask.js';
import { queueOutboxEmails } from './SendEmailTask.js';
import { ensureLetterDocument } from '../../server/letters/letterDocument.js';
import { createLetterIssuedEmails } from '../../server/letters/letterIssuedEmails.js';

/** The stored PDF and the e-mails of an issued letter; also run inline by the bulk issue. */
export async function completeIssuedLetter(letterId: number) {
  const document = await ensureLetterDocument(letterId);
  const emails = await createLetterIssuedEmails(letterId, document);
  await queueOutboxEmails(emails);
  return { letterId, sha256: document.sha256, emails: emails.length };
}

const schema = z.object({ letterId: z.number().int().positive() });

export class IssueLetterTask extends BaseTask<typeof schema> {
  readonly name = 'issue-letter';
  readonly schema = schema;
  readonly queue = 'documents' as const;

  static jobId = (letterId: number) => `issue-letter-${letterId}`;

  perform({ letterId }: z.output<typeof schema>) {
    return completeIssuedLetter(letterId);
  }
}
