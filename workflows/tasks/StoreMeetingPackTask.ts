// After the agenda is final: render the meeting pack to PDF and store it with its SHA-256. A retry
// finds it stored; a reopened agenda makes the job store nothing.
import { z } from 'zod';
import { BaseTask } from './BaseTask.js';
import { ensureMeetingPack } from '../../server/meetings/meetingPackDocument.js';

const schema = z.object({ meetingId: z.number().int().positive() });

export class StoreMeetingPackTask extends BaseTask<typeof schema> {
  readonly name = 'store-meeting-pack';
  readonly schema = schema;

  static jobId = (meetingId: number, finalisedAt: Date) => `store-meeting-pack-${meetingId}-${finalisedAt.getTime()}`;

  async perform({ meetingId }: z.output<typeof schema>) {
    return { meetingId, ...(await ensureMeetingPack(meetingId)) };
  }
}
