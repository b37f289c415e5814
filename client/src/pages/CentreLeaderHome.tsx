// Centre leader and staff: my letter for the year, my special assignments by rank with status, my
// deadlines and my next steering meeting. The server confines every list to the user's centre.
import { Card, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { query } from '../api.js';
import { useUser } from '../auth.js';
import { Async, Empty } from '../components/States.js';
import { AssignmentStatusTag, LetterStatusTag, MeetingStatusTag } from '../components/Tags.js';
import { MeetingWhen, nextMeeting } from '../components/Meeting.js';
import { YearSelect, yearRange } from '../components/YearSelect.js';
import { currentYear, formatDate } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { Assignment, Centre, Deadline, LetterSummary, Page, SteeringMeeting } from '../types.js';
import { DeadlineTable } from './CaseOfficerHome.js';
import { ScrollRegion } from '../components/ScrollRegion.js';

export function CentreLeaderHome() {
  const { t, language } = useI18n();
  const user = useUser();
  const [year, setYear] = useState(currentYear());
  const code = user.centre ?? '';
  usePageTitle(code);
  const centre = useApi<Centre>(`/api/centres/${encodeURIComponent(code)}`);
  const letters = useApi<Page<LetterSummary>>(`/api/letters${query({ year, pageSize: 50 })}`);
  const assignments = useApi<Page<Assignment>>(`/api/assignments${query({ year, pageSize: 200 })}`);
  const deadlines = useApi<Page<Deadline>>(`/api/deadlines${query({ year, pageSize: 200 })}`);
  const meetings = useApi<Page<SteeringMeeting>>(`/api/steering-meetings${query({ year, pageSize: 50 })}`);
  const nextYearMeetings = useApi<Page<SteeringMeeting>>(
    `/api/steering-meetings${query({ year: year + 1, pageSize: 50 })}`,
  );

  return (
    <>
      <Heading level={1} data-size="lg" data-testid="centre-heading">
        {centre.data ? `${centre.data.code} – ${centre.data.name}` : code}
      </Heading>
      <YearSelect value={year} years={yearRange(currentYear()).slice(1)} onChange={setYear} />
      <div className="grid-2">
        <section aria-labelledby="my-letter">
          <Heading level={2} data-size="sm" id="my-letter">
            {t.myLetter}
          </Heading>
          <Async loaded={letters}>
            {(page) =>
              page.items.length === 0 ? (
                <Empty>{t.noIssuedLetter(year)}</Empty>
              ) : (
                <ul className="plain-list">
                  {page.items.map((letter) => (
                    <li key={letter.id}>
                      <Link asChild>
                        <RouterLink to={`/letters/${letter.id}`}>{letter.title}</RouterLink>
                      </Link>{' '}
                      <LetterStatusTag status={letter.status} />
                      <div className="muted">
                        {t.letterKind[letter.kind]}
                        {letter.referenceNumber ? ` · ${t.referenceNumber} ${letter.referenceNumber}` : ''}
                        {letter.letterDate ? ` · ${formatDate(letter.letterDate, language)}` : ''}
                      </div>
                    </li>
                  ))}
                </ul>
              )
            }
          </Async>
        </section>
        <section aria-labelledby="my-meeting">
          <Heading level={2} data-size="sm" id="my-meeting">
            {t.nextMeeting}
          </Heading>
          <Async loaded={meetings}>
            {(page) => {
              const meeting = nextMeeting([...page.items, ...(nextYearMeetings.data?.items ?? [])]);
              return meeting ? (
                <Card data-color="neutral">
                  <Paragraph>
                    <Link asChild>
                      <RouterLink to={`/meetings/${meeting.id}`}>
                        <strong>{t.meetingNumber(meeting.sequence)}</strong>: <MeetingWhen meeting={meeting} />
                      </RouterLink>
                    </Link>{' '}
                    <MeetingStatusTag status={meeting.status} />
                  </Paragraph>
                  {meeting.location && (
                    <Paragraph data-size="sm">
                      {t.location}: {meeting.location}
                    </Paragraph>
                  )}
                  {meeting.preparation.agendaDeadline && (
                    <Paragraph data-size="sm">
                      {t.agendaDeadline}: {formatDate(meeting.preparation.agendaDeadline.dueDate, language)}
                    </Paragraph>
                  )}
                </Card>
              ) : (
                <Empty>{t.noMeeting}</Empty>
              );
            }}
          </Async>
          {user.centre && (
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/centres/${encodeURIComponent(user.centre)}/calendar`}>{t.centreCalendar}</RouterLink>
              </Link>
            </Paragraph>
          )}
        </section>
      </div>
      <section aria-labelledby="my-assignments">
        <Heading level={2} data-size="sm" id="my-assignments">
          {t.myAssignments}
        </Heading>
        <Async loaded={assignments}>
          {(page) =>
            page.items.length === 0 ? (
              <Empty>{t.noAssignments}</Empty>
            ) : (
              <ScrollRegion label={t.myAssignments}>
                <Table zebra border data-testid="my-assignments">
                  <caption className="visually-hidden">{t.myAssignments}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t.rank}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.title}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.assignmentDeadline}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {[...page.items]
                      .sort((a, b) => a.rank - b.rank || a.id - b.id)
                      .map((assignment) => (
                        <Table.Row key={assignment.id}>
                          <Table.Cell>{assignment.rank}</Table.Cell>
                          <Table.Cell>{assignment.title}</Table.Cell>
                          <Table.Cell>
                            {assignment.deadlineDate
                              ? formatDate(assignment.deadlineDate, language)
                              : assignment.deadlineToBeAgreed
                                ? t.toBeAgreed
                                : t.none}
                          </Table.Cell>
                          <Table.Cell>
                            <AssignmentStatusTag status={assignment.status} />
                          </Table.Cell>
                        </Table.Row>
                      ))}
                  </Table.Body>
                </Table>
              </ScrollRegion>
            )
          }
        </Async>
      </section>
      <section aria-labelledby="my-deadlines">
        <Heading level={2} data-size="sm" id="my-deadlines">
          {t.myDeadlines}
        </Heading>
        <Async loaded={deadlines}>
          {(page) =>
            page.items.length === 0 ? <Empty>{t.noDeadlines}</Empty> : <DeadlineTable deadlines={page.items} handIn />
          }
        </Async>
      </section>
    </>
  );
}
