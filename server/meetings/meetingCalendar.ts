// Steering meetings and deadlines as iCalendar (RFC 5545), through ical-generator. A meeting keeps
// one UID for life; its SEQUENCE is the meeting's invitationSequence, raised on every change, so
// calendar programs replace the old version (or remove it on CANCEL) instead of adding a copy.
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { ICalCalendar, ICalEventData } from 'ical-generator';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { env } from '../env.js';
import { OSLO } from '../calendar.js';
import type { Deadline, MeetingParticipant, SteeringMeeting } from '../models/index.js';
import { meetingEnd, meetingStart } from './meetingTime.js';

const uidDomain = 'styringsdialog';
const meetingUid = (meetingId: number) => `steering-meeting-${meetingId}@${uidDomain}`;
const deadlineUid = (deadlineId: number) => `deadline-${deadlineId}@${uidDomain}`;

/** The app's sender address as the organizer: replies and RSVPs go to the directorate's mailbox. */
function organizer() {
  const match = /^(.*?)\s*<([^>]+)>$/.exec(env.MAIL_FROM);
  return match
    ? { name: match[1] || 'Styringsdialog', email: match[2]! }
    : { name: 'Styringsdialog', email: env.MAIL_FROM };
}

function newCalendar(name: string, method?: ICalCalendarMethod): ICalCalendar {
  const calendar = ical({
    name,
    prodId: { company: 'Styringsdialog', product: 'Styringsdialog', language: 'NB' },
    ...(method ? { method } : {}),
  });
  // A VTIMEZONE block for each event's zone, so DTSTART;TZID=Europe/Oslo means the same to every
  // calendar program. No calendar-wide zone: that would write DTSTAMP in local time, not UTC.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  return calendar;
}

export const meetingSummary = (meeting: SteeringMeeting) =>
  `Styringsmøte ${meeting.sequence} ${meeting.year}: ${meeting.centre?.code ?? ''} og Helsedirektoratet`;

function meetingEvent(
  meeting: SteeringMeeting,
  participants: MeetingParticipant[],
  cancelled = meeting.status === 'cancelled',
): ICalEventData | null {
  const start = meetingStart(meeting);
  if (!meeting.meetingDate) return null;
  const url = `${env.APP_URL}/meetings/${meeting.id}`;
  const description = [
    meeting.videoLink ? `Videolenke: ${meeting.videoLink}` : null,
    `Dagsorden, møtepakke og referat: ${url}`,
  ]
    .filter(Boolean)
    .join('\n');
  return {
    id: meetingUid(meeting.id),
    sequence: meeting.invitationSequence,
    stamp: meeting.updatedAt,
    ...(start
      ? { start, end: meetingEnd(meeting)!, timezone: OSLO }
      : { start: new Date(`${meeting.meetingDate}T12:00:00Z`), allDay: true }),
    summary: meetingSummary(meeting),
    description,
    location: meeting.location ?? meeting.videoLink ?? null,
    url,
    organizer: organizer(),
    attendees: participants.map((p) => ({
      name: p.name,
      email: p.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: true,
    })),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

/**
 * The invitation as sent: REQUEST while the meeting stands, CANCEL once it is cancelled — or, with
 * `cancelled` set, for participants taken off the list (the CANCEL then names only them).
 */
export function invitationIcs(
  meeting: SteeringMeeting,
  participants: MeetingParticipant[],
  cancelled = meeting.status === 'cancelled',
): string {
  const calendar = newCalendar(
    meetingSummary(meeting),
    cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  );
  const event = meetingEvent(meeting, participants, cancelled);
  if (event) calendar.createEvent(event);
  return calendar.toString();
}

/** A person's subscribed calendar: their meetings (timed) and deadlines (all-day). */
export function feedIcs(name: string, meetings: SteeringMeeting[], deadlines: Deadline[]): string {
  const calendar = newCalendar(name);
  for (const meeting of meetings) {
    const event = meetingEvent(meeting, []);
    if (event) calendar.createEvent({ ...event, organizer: null });
  }
  for (const deadline of deadlines) {
    calendar.createEvent({
      id: deadlineUid(deadline.id),
      stamp: deadline.updatedAt,
      start: new Date(`${deadline.dueDate}T12:00:00Z`),
      allDay: true,
      summary: `Frist: ${deadline.title}${deadline.centre ? ` (${deadline.centre.code})` : ''}`,
      url: `${env.APP_URL}/deadlines/${deadline.id}`,
    });
  }
  return calendar.toString();
}
