// A centre's year month by month: its steering meetings and every deadline (plan, accounts,
// report, assignments, agenda deadlines, action items), each linking to its page. A list per month
// reads well with a screen reader and on a phone, where a grid of days would not.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { query } from '../api.js';
import { Async, Empty } from '../components/States.js';
import { DeadlineStatusTag, MeetingStatusTag } from '../components/Tags.js';
import { YearSelect, yearRange } from '../components/YearSelect.js';
import { currentYear, formatDate, monthName } from '../format.js';
import { useI18n } from '../i18n.js';
import { usePageTitle } from '../useApi.js';
import { useAllPages } from '../usePagedApi.js';
import type { Deadline, SteeringMeeting } from '../types.js';

interface Entry {
  key: string;
  date: string;
  content: ReactNode;
}

export function CentreCalendarPage() {
  const { t, language } = useI18n();
  const code = useParams().code ?? '';
  const [year, setYear] = useState(currentYear());
  usePageTitle(t.centreCalendarTitle(code, year));
  // The whole year, merged by date: every meeting and every deadline, however many.
  const meetings = useAllPages<SteeringMeeting>(`/api/steering-meetings${query({ centre: code, year })}`);
  const deadlines = useAllPages<Deadline>(`/api/deadlines${query({ centre: code, year })}`);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.centreCalendarTitle(code, year)}
      </Heading>
      <Paragraph>{t.centreCalendarIntro}</Paragraph>
      <YearSelect value={year} years={yearRange(currentYear())} onChange={setYear} />
      <Async loaded={meetings}>
        {(meetingPage) => (
          <Async loaded={deadlines}>
            {(deadlinePage) => {
              const entries: Entry[] = [
                ...meetingPage.items.map((m) => ({
                  key: `m${m.id}`,
                  // A meeting with only a planned month sits at the start of that month.
                  date: m.meetingDate ?? `${m.year}-${String(m.plannedMonth ?? 12).padStart(2, '0')}-00`,
                  content: (
                    <>
                      <Link asChild>
                        <RouterLink to={`/meetings/${m.id}`}>
                          {t.meetingNumber(m.sequence)}
                          {m.startTime ? ` ${t.atTime(m.startTime)}` : ''}
                        </RouterLink>
                      </Link>{' '}
                      <MeetingStatusTag status={m.status} />
                    </>
                  ),
                })),
                ...deadlinePage.items.map((d) => ({
                  key: `d${d.id}`,
                  date: d.dueDate,
                  content: (
                    <>
                      <Link asChild>
                        <RouterLink to={`/deadlines/${d.id}`}>{d.title}</RouterLink>
                      </Link>{' '}
                      <DeadlineStatusTag status={d.status} />
                    </>
                  ),
                })),
              ].sort((a, b) => a.date.localeCompare(b.date));
              if (entries.length === 0) return <Empty>{t.centreCalendarEmpty}</Empty>;
              const months = [...new Set(entries.map((e) => Number(e.date.slice(5, 7))))];
              return months.map((month) => (
                <section key={month} aria-labelledby={`month-${month}`} className="calendar-month">
                  <Heading level={2} data-size="xs" id={`month-${month}`}>
                    {monthName(month, language)} {year}
                  </Heading>
                  <ul className="plain-list">
                    {entries
                      .filter((e) => Number(e.date.slice(5, 7)) === month)
                      .map((e) => (
                        <li key={e.key}>
                          <span className="calendar-date">
                            {e.date.endsWith('-00')
                              ? t.plannedIn(monthName(month, language))
                              : formatDate(e.date, language)}
                          </span>{' '}
                          {e.content}
                        </li>
                      ))}
                  </ul>
                </section>
              ));
            }}
          </Async>
        )}
      </Async>
    </>
  );
}
