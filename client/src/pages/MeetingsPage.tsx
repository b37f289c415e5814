// The directorate's list of every steering meeting of a year, with how far each one's preparation
// has come: agenda deadline, items proposed, agenda final, pack stored, minutes.
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { query } from '../api.js';
import { Async, Empty } from '../components/States.js';
import { MeetingStatusTag } from '../components/Tags.js';
import { MeetingWhen } from '../components/Meeting.js';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { YearSelect, yearRange } from '../components/YearSelect.js';
import { currentYear, formatDate } from '../format.js';
import { useI18n } from '../i18n.js';
import { usePageTitle } from '../useApi.js';
import { useFirstPages, usePagedApi } from '../usePagedApi.js';
import { ListPager } from '../components/Pager.js';
import type { SteeringMeeting } from '../types.js';

export function MeetingsPage() {
  const { t, language } = useI18n();
  const [year, setYear] = useState(currentYear());
  usePageTitle(t.meetingsOfYear(year));
  const meetings = usePagedApi<SteeringMeeting>(`/api/steering-meetings${query({ year })}`, { pageSize: 50 });
  const firstPage = useFirstPages(['page']);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.meetingsOfYear(year)}
      </Heading>
      <Paragraph>{t.meetingsIntro}</Paragraph>
      <YearSelect
        value={year}
        years={yearRange(currentYear())}
        onChange={(next) => {
          setYear(next);
          firstPage();
        }}
      />
      <Async loaded={meetings}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t.noMeetings}</Empty>
          ) : (
            <>
              <ScrollRegion label={t.meetingsOfYear(year)}>
                <Table data-testid="meetings-table">
                  <caption className="visually-hidden">{t.meetingsOfYear(year)}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t.centre}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.meetings}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.agendaDeadline}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.agendaItemsCount}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.agenda}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.meetingPack}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.minutes}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {page.items.map((m) => (
                      <Table.Row key={m.id}>
                        <Table.Cell>{m.centre.name}</Table.Cell>
                        <Table.Cell>
                          <Link asChild>
                            <RouterLink to={`/meetings/${m.id}`}>
                              {t.meetingNumber(m.sequence)}: <MeetingWhen meeting={m} />
                            </RouterLink>
                          </Link>{' '}
                          <MeetingStatusTag status={m.status} />
                        </Table.Cell>
                        <Table.Cell>
                          {m.preparation.agendaDeadline
                            ? formatDate(m.preparation.agendaDeadline.dueDate, language)
                            : t.none}
                        </Table.Cell>
                        <Table.Cell className="numeric">{m.preparation.agendaItems}</Table.Cell>
                        <Table.Cell>{m.agendaStatus === 'final' ? t.agendaFinal : t.agendaOpen}</Table.Cell>
                        <Table.Cell>{m.preparation.packStored ? '✓' : t.none}</Table.Cell>
                        <Table.Cell>{t.minutesState[m.preparation.minutes]}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollRegion>
              <ListPager paged={meetings} />
            </>
          )
        }
      </Async>
    </>
  );
}
