// The case officer's year view as a table: one row per centre (one page of them) with its main
// letter's status, next deadline and next steering meeting, as the server picked them; a centre
// without a letter gets a "new letter" link when the reader may start one.
import { Link, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink } from 'react-router';
import { query } from '../api.js';
import { LetterStatusTag } from './Tags.js';
import { MeetingWhen } from './Meeting.js';
import { ScrollRegion } from './ScrollRegion.js';
import { formatDate } from '../format.js';
import { useI18n } from '../i18n.js';
import type { CentreOverviewRow } from '../types.js';

export function CentreOverviewTable({ rows, year }: { rows: CentreOverviewRow[]; year: number }) {
  const { t, language } = useI18n();
  return (
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
          {rows.map(({ centre, letter, nextDeadline: deadline, nextMeeting: meeting, abilities }) => (
            <Table.Row key={centre.code}>
              <Table.HeaderCell scope="row">
                <Link asChild>
                  <RouterLink to={`/centres/${encodeURIComponent(centre.code)}`}>{centre.code}</RouterLink>
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
                    {abilities.createLetter && (
                      <div>
                        <Link asChild>
                          <RouterLink to={`/letters/new${query({ centre: centre.code, year })}`}>
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
                    <Link asChild>
                      <RouterLink to={`/deadlines/${deadline.id}`}>{formatDate(deadline.dueDate, language)}</RouterLink>
                    </Link>
                    <div className="muted">{deadline.title}</div>
                  </>
                ) : (
                  t.none
                )}
              </Table.Cell>
              <Table.Cell>
                {meeting ? (
                  <Link asChild>
                    <RouterLink to={`/meetings/${meeting.id}`}>
                      <MeetingWhen meeting={meeting} />
                    </RouterLink>
                  </Link>
                ) : (
                  t.noMeeting
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
