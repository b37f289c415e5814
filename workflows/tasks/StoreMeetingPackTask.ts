// After the agenda is final: render the meeting pack to PDF, store it with its SHA-256, and e-mail
// it to the participants. A retry finds the pack stored and the e-mails written; a reopened agenda
// makes the job store and send nothing.
import { z } from 'zod';
import { BaseTask } from './BaseTask.js';
import { queueOutboxEmails } from './SendEmailTask.js';
import { ensureMeetingPack } from '../../server/meetings/meetingPackDocument.js';
import { writeMeetingPackEmails } from '../../server/meetings/meetingPackEmails.js';

const schema = z.object({ meetingId: z.number().int().positive() });

export class StoreMeetingPackTask extends BaseTask<typeof schema> {
  readonly name = 'store-meeting-pack';
  readonly schema = schema;
  readonly queue = 'documents' as const;

  static jobId = (meetingId: number, finalisedAt: Date) => `store-meeting-pack-${meetingId}-${finalisedAt.getTime()}`;

  async perform({ meetingId }: z.output<typeof schema>) {
    const pack = await ensureMeetingPack(meetingId);
    const emails = pack.stored ? await writeMeetingPackEmails(meetingId) : [];
    await queueOutboxEmails(emails);
    return { meetingId, ...pack, emails: emails.length };
  }
}
