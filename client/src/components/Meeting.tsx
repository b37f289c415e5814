import { Link } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { useI18n } from '../i18n.js';
import { MeetingStatusTag } from './Tags.js';
import { formatDate, monthName, todayInOslo } from '../format.js';
import type { SteeringMeeting } from '../types.js';

/** "14. april 2026" or "planlagt april" for a meeting without a date yet. */
export function MeetingWhen({ meeting }: { meeting: Pick<SteeringMeeting, 'meetingDate' | 'plannedMonth' | 'year'> }) {
  const { t, language } = useI18n();
  if (meeting.meetingDate) return <>{formatDate(meeting.meetingDate, language)}</>;
  if (meeting.plannedMonth) return <>{t.plannedIn(`${monthName(meeting.plannedMonth, language)} ${meeting.year}`)}</>;
  return <>{t.none}</>;
}

/** The first meeting not held or cancelled, and not in the past. */
export function nextMeeting(meetings: SteeringMeeting[]): SteeringMeeting | undefined {
  const today = todayInOslo();
  const thisMonth = today.slice(0, 7);
  return meetings
    .filter((m) => m.status === 'planned' || m.status === 'scheduled')
    .filter((m) =>
      m.meetingDate
        ? m.meetingDate >= today
        : `${m.year}-${String(m.plannedMonth ?? 12).padStart(2, '0')}` >= thisMonth,
    )
    .sort((a, b) => sortKey(a).localeCompare(sortKey(b)))[0];
}

const sortKey = (m: SteeringMeeting) =>
  m.meetingDate ?? `${m.year}-${String(m.plannedMonth ?? 12).padStart(2, '0')}-99`;

/** Meetings as a list, each linking to its page, with its status; `showYear` where years are mixed. */
export function MeetingList({ meetings, showYear = false }: { meetings: SteeringMeeting[]; showYear?: boolean }) {
  const { t } = useI18n();
  return (
    <ul className="plain-list">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <Link asChild>
            <RouterLink to={`/meetings/${meeting.id}`}>
              {showYear && `${meeting.year}, `}
              {t.meetingNumber(meeting.sequence)}: <MeetingWhen meeting={meeting} />
            </RouterLink>
          </Link>{' '}
          <MeetingStatusTag status={meeting.status} />
        </li>
      ))}
    </ul>
  );
}
