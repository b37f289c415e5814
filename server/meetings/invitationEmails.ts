// The invitation e-mails of one version of a meeting: one outbox e-mail per participant with the
// .ics attached. Keyed on (meeting, SEQUENCE, address), so sending the same version twice writes
// nothing new, and a participant added later gets the current version once.
import { createHash } from 'node:crypto';
import type { Transaction } from 'sequelize';
import { OutboxEmail } from '../models/index.js';
import type { MeetingParticipant, SteeringMeeting } from '../models/index.js';
import { storage } from '../storage/index.js';
import { meetingInvitationEmail } from '../mail/emails/meetingInvitationEmail.js';
import type { InvitationChange } from '../mail/emails/meetingInvitationEmail.js';
import { invitationIcs, meetingSummary } from './meetingCalendar.js';
import { describeMeetingTime } from './meetingTime.js';

const invitationDedupeKey = (meetingId: number, sequence: number, email: string) =>
  `meeting-invitation:${meetingId}:${sequence}:${email.toLowerCase()}`.slice(0, 191);

/** Expects the meeting with its centre; writes inside the caller's transaction. */
export async function writeInvitationEmails(
  meeting: SteeringMeeting,
  participants: MeetingParticipant[],
  change: InvitationChange,
  transaction: Transaction,
): Promise<OutboxEmail[]> {
  if (participants.length === 0) return [];
  const cancels = change === 'cancel' || change === 'withdrawn';
  const ics = Buffer.from(invitationIcs(meeting, participants, cancels), 'utf8');
  // Content-addressed: a rolled-back transaction leaves at most an unused copy of the same bytes.
  const storageKey = `meetings/${meeting.id}/invitation-${createHash('sha256').update(ics).digest('hex')}.ics`;
  await storage.put(storageKey, ics);
  const method = cancels ? 'CANCEL' : 'REQUEST';
  const emails: OutboxEmail[] = [];
  for (const participant of participants) {
    const dedupeKey = invitationDedupeKey(meeting.id, meeting.invitationSequence, participant.email);
    const content = meetingInvitationEmail({
      language: 'nb',
      change,
      recipientName: participant.name,
      meetingTitle: meetingSummary(meeting),
      when: describeMeetingTime(meeting) ?? '',
      place: meeting.location ?? meeting.videoLink ?? '',
      meetingId: meeting.id,
    });
    const [email] = await OutboxEmail.findOrCreate({
      where: { dedupeKey },
      defaults: {
        dedupeKey,
        kind: 'meeting_invitation',
        toAddress: participant.email,
        toUserId: participant.userId,
        subject: content.subject,
        textBody: content.text,
        htmlBody: content.html,
        attachments: [
          {
            filename: cancels ? 'avlysning.ics' : 'invitasjon.ics',
            contentType: `text/calendar; charset=utf-8; method=${method}`,
            storageKey,
          },
        ],
      },
      transaction,
    });
    emails.push(email);
  }
  return emails;
}
