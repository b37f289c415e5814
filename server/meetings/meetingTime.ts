// When a steering meeting starts and ends. Meetings are agreed as an Oslo calendar date and an
// Oslo wall-clock time ("10:00"); the instants follow from those, summer time or winter time.
import { addMinutes } from 'date-fns';
import { TZDate } from '@date-fns/tz';
import { OSLO } from '../calendar.js';
import type { SteeringMeeting } from '../models/index.js';
import { formatDateLong } from '../../templates/formats.js';
import type { Language } from '../../templates/formats.js';

/** The start as an Oslo-zoned date, which ical-generator writes as Oslo wall-clock time. */
export function meetingStart(meeting: SteeringMeeting): TZDate | null {
  if (!meeting.meetingDate || !meeting.startTime) return null;
  const [year, month, day] = meeting.meetingDate.split('-').map(Number);
  const [hours, minutes] = meeting.startTime.split(':').map(Number);
  return new TZDate(year!, month! - 1, day!, hours!, minutes!, OSLO);
}

export function meetingEnd(meeting: SteeringMeeting): TZDate | null {
  const start = meetingStart(meeting);
  return start && new TZDate(addMinutes(start, meeting.durationMinutes).getTime(), OSLO);
}

/** "14. april 2027 kl. 10:00" (or only the date while no time is agreed); null without a date. */
export function describeMeetingTime(meeting: SteeringMeeting, language: Language = 'nb'): string | null {
  if (!meeting.meetingDate) return null;
  const date = formatDateLong(meeting.meetingDate, language);
  return meeting.startTime ? `${date} ${language === 'nb' ? 'kl.' : 'at'} ${meeting.startTime}` : date;
}
