// Case officer (and approver, auditor): every centre for a year with its letter status, next
// deadline and next steering meeting, the upcoming deadlines across centres, and the year's money
// and punctuality as charts. A case officer starts new letters and gives joint assignments here.
import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { query } from '../api.js';
import { hasRole, useUser } from '../auth.js';
import { BulkIssue } from '../components/BulkIssue.js';
import { JointAssignmentDialog } from '../components/JointAssignmentDialog.js';
import { PortfolioChart } from '../components/PortfolioChart.js';
import { PunctualityChart } from '../components/PunctualityChart.js';
import { Async, Empty } from '../components/States.js';
import { DeadlineStatusTag, LetterStatusTag } from '../components/Tags.js';
import { MeetingWhen, nextMeeting } from '../components/Meeting.js';
import { YearSelect, yearRange } from '../components/YearSelect.js';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { currentYear, formatDate, todayInOslo } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { Centre, Deadline, LetterSummary, Page, SteeringMeeting } from '../types.js';

const openStatuses = new Set(['upcoming', 'due_soon', 'overdue', 'returned']);
/** Statuses a centre may still hand in against (the server's openDeadlineStatuses). */
export const handInStatuses = new Set(['upcoming', 'due_soon', 'overdue', 'returned']);

export function CaseOfficerHome() {
  const { t, language } = useI18n();
  const user = useUser();
  const drafts = hasRole(user, 'case_officer');
  const [year, setYear] = useState(currentYear());
  usePageTitle(t.caseOfficerHomeTitle(year));
  const centres = useApi<Page<Centre>>('/api/centres?pageSize=200&active=true');
  const letters = useApi<Page<LetterSummary>>(`/api/letters${query({ year, kind: 'main', pageSize: 200 })}`);
  const deadlines = useApi<Page<Deadline>>(`/api/deadlines${query({ year, pageSize: 200 })}`);
  const meetings = useApi<Page<SteeringMeeting>>(`/api/steering-meetings${query({ year, pageSize: 200 })}`);
  // The next meeting after this year's last one is early next year.
  const nextYearMeetings = useApi<Page<SteeringMeeting>>(
    `/api/steering-meetings${query({ year: year + 1, pageSize: 200 })}`,
  );
  const today = todayInOslo();

  return (
    <>
      <Heading level={1} data-size="lg">
        {t.caseOfficerHomeTitle(year)}
      </Heading>
      <Paragraph>{t.caseOfficerHomeIntro}</Paragraph>
      <YearSelect value={year} years={yearRange(currentYear())} onChange={setYear} />
      {drafts && <BulkIssue key={year} year={year} onFinished={letters.reload} />}
      <Async loaded={centres}>
        {(centrePage) => (
          <Async loaded={letters}>
            {(letterPage) => (
              <Async loaded={deadlines}>
                {(deadlinePage) => (
                  <Async loaded={meetings}>
                    {(meetingPage) => {
                      const open = deadlinePage.items.filter((d) => openStatuses.has(d.status) && d.dueDate >= today);
                      const toReview = deadlinePage.items.filter((d) => d.status === 'submitted');
                      return (
                        <>
                          {drafts && (
                            <div className="item-buttons">
                              <Button asChild variant="secondary">
                                <RouterLink to={`/letters/new${query({ year })}`}>{t.newLetter}</RouterLink>
                              </Button>
                              <JointAssignmentDialog
                                key={year}
                                year={year}
                                centres={centrePage.items}
                                letters={letterPage.items}
                                onGiven={letters.reload}
                              />
                            </div>
                          )}
                          <ScrollRegion label={t.centres}>
                            <Table zebra border className="wide-table" data-testid="centre-overview">
                              <caption>{t.centres}</caption>
                              <Table.Head>
                                <Table.Row>
                                  <Table.HeaderCell scope="col">{t.centre}</Table.HeaderCell>
                                  <Table.HeaderCell scope="col">{t.letter}</Table.HeaderCell>
                                  <Table.HeaderCell scope="col">{t.nextDeadline}</Table.HeaderCell>
                                  <Table.HeaderCell scope="col">{t.nextMeeting}</Table.HeaderCell>
                                </Table.Row>
                              </Table.Head>
                              <Table.Body>
                                {centrePage.items.map((centre) => {
                                  const letter = letterPage.items.find((l) => l.centre.code === centre.code);
                                  const deadline = open.find((d) => d.centre.code === centre.code);
                                  const meeting = nextMeeting(
                                    [...meetingPage.items, ...(nextYearMeetings.data?.items ?? [])].filter(
                                      (m) => m.centre.code === centre.code,
                                    ),
                                  );
                                  return (
                                    <Table.Row key={centre.code}>
                                      <Table.HeaderCell scope="row">
                                        <Link asChild>
                                          <RouterLink to={`/centres/${encodeURIComponent(centre.code)}`}>
                                            {centre.code}
                                          </RouterLink>
                                        </Link>
                                        <div className="muted">{centre.name}</div>
                                      </Table.HeaderCell>
                                      <Table.Cell>
                                        {letter ? (
                                          <Link asChild>
                                            <RouterLink to={`/letters/${letter.id}`}>
                                              <LetterStatusTag status={letter.status} />
                                              <span className="visually-hidden"> – {letter.title}</span>
                                            </RouterLink>
                                          </Link>
                                        ) : (
                                          <>
                                            <LetterStatusTag status={null} />
                                            {drafts && (
                                              <div>
                                                <Link asChild>
                                                  <RouterLink
                                                    to={`/letters/new${query({ centre: centre.code, year })}`}
                                                  >
                                                    {t.newLetter}
                                                    <span className="visually-hidden"> – {centre.code}</span>
                                                  </RouterLink>
                                                </Link>
                                              </div>
                                            )}
                                          </>
                                        )}
                                      </Table.Cell>
                                      <Table.Cell>
                                        {deadline ? (
                                          <>
                                            {formatDate(deadline.dueDate, language)}
                                            <div className="muted">{deadline.title}</div>
                                          </>
                                        ) : (
                                          t.none
                                        )}
                                      </Table.Cell>
                                      <Table.Cell>
                                        {meeting ? <MeetingWhen meeting={meeting} /> : t.noMeeting}
                                      </Table.Cell>
                                    </Table.Row>
                                  );
                                })}
                              </Table.Body>
                            </Table>
                          </ScrollRegion>
                          <Heading level={2} data-size="sm">
                            {t.nextDeadlines}
                          </Heading>
                          {open.length === 0 ? (
                            <Empty>{t.noUpcomingDeadlines}</Empty>
                          ) : (
                            <DeadlineTable deadlines={open.slice(0, 15)} showCentre />
                          )}
                          <Heading level={2} data-size="sm">
                            {t.toReview}
                          </Heading>
                          {toReview.length === 0 ? (
                            <Empty>{t.nothingToReview}</Empty>
                          ) : (
                            <DeadlineTable deadlines={toReview} showCentre />
                          )}
                        </>
                      );
                    }}
                  </Async>
                )}
              </Async>
            )}
          </Async>
        )}
      </Async>
      <section aria-labelledby="year-figures" className="year-figures">
        <Heading level={2} data-size="sm" id="year-figures">
          {t.yearFigures(year)}
        </Heading>
        <PortfolioChart key={`portfolio-${year}`} year={year} headingLevel={3} />
        <PunctualityChart key={`punctuality-${year}`} year={year} headingLevel={3} />
      </section>
    </>
  );
}

export function DeadlineTable({
  deadlines,
  showCentre,
  handIn,
}: {
  deadlines: Deadline[];
  showCentre?: boolean;
  /** Adds a "Lever" (hand in) link to each deadline still open for hand-in. */
  handIn?: boolean;
}) {
  const { t, language } = useI18n();
  return (
    <ScrollRegion label={t.deadlines}>
      <Table zebra border>
        <caption className="visually-hidden">{t.deadlines}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.date}</Table.HeaderCell>
            {showCentre && <Table.HeaderCell scope="col">{t.centre}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{t.title}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
            {handIn && <Table.HeaderCell scope="col">{t.actions}</Table.HeaderCell>}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {deadlines.map((deadline) => (
            <Table.Row key={deadline.id}>
              <Table.Cell>{formatDate(deadline.dueDate, language)}</Table.Cell>
              {showCentre && <Table.Cell>{deadline.centre.code}</Table.Cell>}
              <Table.Cell>
                <Link asChild>
                  <RouterLink to={`/deadlines/${deadline.id}`}>{deadline.title}</RouterLink>
                </Link>{' '}
                <span className="muted">({t.deadlineKind[deadline.kind]})</span>
              </Table.Cell>
              <Table.Cell>
                <DeadlineStatusTag status={deadline.status} />
              </Table.Cell>
              {handIn && (
                <Table.Cell>
                  {/* An agenda deadline is met by proposing items on the meeting page. */}
                  {handInStatuses.has(deadline.status) && deadline.kind === 'meeting' && deadline.steeringMeetingId ? (
                    <Link asChild>
                      <RouterLink
                        to={`/meetings/${deadline.steeringMeetingId}`}
                        aria-label={t.proposeItemFor(deadline.title)}
                      >
                        {t.proposeItemShort}
                      </RouterLink>
                    </Link>
                  ) : (
                    handInStatuses.has(deadline.status) && (
                      <Link asChild>
                        <RouterLink to={`/deadlines/${deadline.id}`} aria-label={t.handInFor(deadline.title)}>
                          {t.handIn}
                        </RouterLink>
                      </Link>
                    )
                  )}
                </Table.Cell>
              )}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
