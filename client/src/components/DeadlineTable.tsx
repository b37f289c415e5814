// Deadlines as a table: due date, (centre,) title with its kind, status, and with `handIn` a link
// to hand in (or propose agenda items) for each one still open. The year views, the centre page and
// the letter page show deadlines the same way.
import { Link, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { DeadlineStatusTag } from './Tags.js';
import { ScrollRegion } from './ScrollRegion.js';
import { formatDate } from '../format.js';
import { useI18n } from '../i18n.js';
import type { Deadline } from '../types.js';

/** Statuses a centre may still hand in against (the server's openDeadlineStatuses). */
export const handInStatuses = new Set(['upcoming', 'due_soon', 'overdue', 'returned']);

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
                  ) : handInStatuses.has(deadline.status) && deadline.kind === 'report' ? (
                    // A report is written on its own page (or handed in as files from the deadline).
                    <Link asChild>
                      <RouterLink
                        to={`/deadlines/${deadline.id}/rapport`}
                        aria-label={t.writeReportFor(deadline.title)}
                      >
                        {t.writeReport}
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
