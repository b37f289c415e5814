// Minutes: the case officer writes them; one person from each side approves; then they are locked
// and their action items become deadlines.
import type { Router } from 'express';
import { defineRoute } from '../../defineRoute.js';
import { minutesBody } from './schema.js';
import { idParams } from '../common.js';
import { steeringMeetingDetailSchema } from '../../../presenters/steeringMeeting.js';
import { withTransaction } from '../../../db/transaction.js';
import { recordAudit } from '../../../audit.js';
import { writeMinutes } from '../../../commands/writeMinutes.js';
import { approveMinutes } from '../../../commands/approveMinutes.js';
import { meetingFor, presentMeetingDetail } from './meetingRecord.js';

const tag = 'steering meetings';

export function registerMinutesRoutes(router: Router) {
  defineRoute(router, {
    method: 'put',
    path: '/api/steering-meetings/:id/minutes',
    tag,
    summary: 'Write the minutes: summary, decisions, action items (case officer); withdraws approvals given',
    description: '409 minutes-locked once both sides have approved.',
    params: idParams,
    body: minutesBody,
    response: steeringMeetingDetailSchema,
    handler: ({ req, actor, params, body }) =>
      withTransaction(async (transaction) => {
        const meeting = await meetingFor(actor, 'writeMinutes', params.id, transaction);
        const before = (await presentMeetingDetail(actor, meeting.id, transaction)).minutes;
        await writeMinutes(meeting, body, transaction);
        const after = await presentMeetingDetail(actor, meeting.id, transaction);
        await recordAudit(transaction, {
          req,
          action: 'write_minutes',
          entityType: 'SteeringMeeting',
          entityId: meeting.id,
          centreId: meeting.centreId,
          before,
          after: after.minutes,
        });
        return after;
      }),
  });

  defineRoute(router, {
    method: 'post',
    path: '/api/steering-meetings/:id/minutes/approve',
    tag,
    summary:
      "Approve the minutes for your side; with both sides' approval they are locked and action items become deadlines",
    params: idParams,
    response: steeringMeetingDetailSchema,
    handler: ({ req, actor, params }) =>
      withTransaction(async (transaction) => {
        const meeting = await meetingFor(actor, 'approveMinutes', params.id, transaction);
        const { locked } = await approveMinutes(actor, meeting, transaction);
        await recordAudit(transaction, {
          req,
          action: locked ? 'approve_and_lock_minutes' : 'approve_minutes',
          entityType: 'SteeringMeeting',
          entityId: meeting.id,
          centreId: meeting.centreId,
          after: { side: actor.isCentreUser ? 'centre' : 'directorate' },
        });
        return presentMeetingDetail(actor, meeting.id, transaction);
      }),
  });
}
