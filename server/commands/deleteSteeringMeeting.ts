// Deletes a steering meeting planned by mistake, in one transaction with its audit row. One whose
// invitations are out is cancelled instead (calendars must hear of it), and one with minutes stays.
import type { Request } from 'express';
import { MeetingMinutes } from '../models/index.js';
import type { User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { Conflict } from '../errors.js';
import { meetingFor, presentMeetingDetail } from '../meetings/meetingRecord.js';
import { say } from '../i18n/language.js';

export function deleteSteeringMeeting(actor: User, meetingId: number, req: Request): Promise<void> {
  return withTransaction(async (transaction) => {
    const meeting = await meetingFor(actor, 'delete', meetingId, transaction);
    if (meeting.invitedAt)
      throw Conflict(
        say(
          'Invitasjonene er sendt; avlys møtet i stedet, så det fjernes fra kalenderne.',
          'Invitations have gone out; cancel the meeting instead, so calendars remove it.',
        ),
      );
    // Minutes (and the deadlines their action items became) would go with it.
    if (await MeetingMinutes.count({ where: { steeringMeetingId: meeting.id }, transaction }))
      throw Conflict(say('Møtet har referat; det kan ikke slettes.', 'The meeting has minutes; it cannot be deleted.'));
    const before = await presentMeetingDetail(actor, meeting.id, transaction);
    await meeting.destroy({ transaction });
    await recordAudit(transaction, {
      req,
      action: 'delete',
      entityType: 'SteeringMeeting',
      entityId: meeting.id,
      centreId: meeting.centreId,
      before,
    });
  });
}
