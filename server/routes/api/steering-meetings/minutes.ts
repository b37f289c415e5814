// Minutes: the case officer writes them; one person from each side approves; then they are locked
// and their action items become deadlines.
import type { Router } from 'express';
import { minutesBody } from './schema.js';
import { writeMinutes } from '../../../commands/writeMinutes.js';
import { approveMinutes } from '../../../commands/approveMinutes.js';
import { presentMeetingDetail } from '../../../meetings/meetingRecord.js';
import { defineMeetingChange } from './meetingChangeRoute.js';
import { MeetingMinutes } from '../../../models/index.js';
import { minutesNotice } from '../../../notifications/stepNotices.js';

export function registerMinutesRoutes(router: Router) {
  defineMeetingChange(router, {
    method: 'put',
    path: '/minutes',
    summary: 'Write the minutes: summary, decisions, action items (case officer); withdraws approvals given',
    description: '409 minutes-locked once both sides have approved.',
    body: minutesBody,
    action: 'writeMinutes',
    auditAction: 'write_minutes',
    change: async ({ actor, meeting, body, transaction }) => {
      const before = (await presentMeetingDetail(actor, meeting.id, transaction)).minutes;
      await writeMinutes(meeting, body, transaction);
      return { audit: { before, after: body } };
    },
  });

  defineMeetingChange(router, {
    method: 'post',
    path: '/minutes/approve',
    summary:
      "Approve the minutes for your side; with both sides' approval they are locked and action items become deadlines",
    action: 'approveMinutes',
    auditAction: 'approve_minutes',
    change: async ({ actor, meeting, transaction }) => {
      const { locked } = await approveMinutes(actor, meeting, transaction);
      // The other side is told its approval is now waited for.
      const minutes = await MeetingMinutes.findOne({ where: { steeringMeetingId: meeting.id }, transaction });
      const emails = minutes ? await minutesNotice(meeting, minutes, actor, transaction) : [];
      return { emails, audit: { after: { side: actor.isCentreUser ? 'centre' : 'directorate', locked } } };
    },
  });
}
