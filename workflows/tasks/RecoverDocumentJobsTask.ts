// Every MAIL_RECOVERY_EVERY_MS: issued letters without their stored PDF, and final agendas without
// their stored pack, get their job again if the queue lost it (Redis restarted empty, or Redis was
// away when the request that issued or finalised committed). The job ids are the ones the routes
// use, so a job still queued, running or failed (kept for the queue board) is not added twice.
// Only work of the last two days: older records without documents are history (the seeded letters)
// whose centres must not be e-mailed now; a document for them is still made on first view.
import { Op } from 'sequelize';
import { z } from 'zod';
import { BaseTask } from './BaseTask.js';
import { IssueLetterTask } from './IssueLetterTask.js';
import { StoreMeetingPackTask } from './StoreMeetingPackTask.js';
import { enqueue } from '../queues.js';
import { GrantLetter, LetterDocument, SteeringMeeting } from '../../server/models/index.js';

const RECENT_MS = 2 * 24 * 3600_000;
const schema = z.object({});
const issueLetter = new IssueLetterTask();
const storeMeetingPack = new StoreMeetingPackTask();

export class RecoverDocumentJobsTask extends BaseTask<typeof schema> {
  readonly name = 'recover-document-jobs';
  readonly schema = schema;
  readonly queue = 'documents' as const;

  async perform() {
    const since = new Date(Date.now() - RECENT_MS);
    const letters = await GrantLetter.findAll({
      where: { status: 'issued', issuedAt: { [Op.gte]: since }, '$document.id$': null },
      include: [{ model: LetterDocument, as: 'document', attributes: [], required: false }],
      attributes: ['id'],
      limit: 1000,
    });
    for (const { id } of letters) await enqueue(issueLetter, { letterId: id }, IssueLetterTask.jobId(id));
    const meetings = await SteeringMeeting.findAll({
      where: { agendaStatus: 'final', packSha256: null, agendaFinalisedAt: { [Op.gte]: since } },
      attributes: ['id', 'agendaFinalisedAt'],
      limit: 1000,
    });
    for (const meeting of meetings)
      await enqueue(
        storeMeetingPack,
        { meetingId: meeting.id },
        StoreMeetingPackTask.jobId(meeting.id, meeting.agendaFinalisedAt!),
      );
    return { letters: letters.length, meetings: meetings.length };
  }
}
