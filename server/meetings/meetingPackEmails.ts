// Once the pack is stored, each participant gets it by e-mail. Keyed on (meeting, the pack's
// SHA-256, address): a retried job writes nothing new, and a pack stored again after the agenda
// was reopened and finalised goes out again, as it should.
import { Centre, MeetingParticipant, OutboxEmail, SteeringMeeting } from '../models/index.js';
import { meetingPackEmail } from '../mail/emails/meetingPackEmail.js';
import { meetingPackFilename } from './meetingPackDocument.js';
import { meetingSummary } from './meetingCalendar.js';
import { describeMeetingTime } from './meetingTime.js';

export async function writeMeetingPackEmails(meetingId: number): Promise<OutboxEmail[]> {
  const meeting = await SteeringMeeting.findByPk(meetingId, { include: [{ model: Centre, as: 'centre' }] });
  if (!meeting?.packSha256 || !meeting.packStorageKey || meeting.agendaStatus !== 'final') return [];
  const participants = await MeetingParticipant.findAll({ where: { steeringMeetingId: meetingId } });
  const emails: OutboxEmail[] = [];
  for (const participant of participants) {
    const dedupeKey = `meeting-pack:${meetingId}:${meeting.packSha256}:${participant.email}`.slice(0, 191);
    const content = meetingPackEmail({
      language: 'nb',
      recipientName: participant.name,
      meetingTitle: meetingSummary(meeting),
      when: describeMeetingTime(meeting) ?? String(meeting.year),
      meetingId,
    });
    const [email] = await OutboxEmail.findOrCreate({
      where: { dedupeKey },
      defaults: {
        dedupeKey,
        kind: 'meeting_pack',
        toAddress: participant.email,
        toUserId: participant.userId,
        subject: content.subject,
        textBody: content.text,
        htmlBody: content.html,
        attachments: [
          {
            filename: meetingPackFilename(meeting.centre!.code, meeting.year, meeting.sequence),
            contentType: 'application/pdf',
            storageKey: meeting.packStorageKey,
          },
        ],
      },
    });
    emails.push(email);
  }
  return emails;
}
