// One centre: what it is and who hosts it, its letters by year, this year's deadlines, its meetings,
// budget frames and survey figures.
import { Button, Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link as RouterLink, useParams } from 'react-router';
import { query } from '../api.js';
import { Async, Empty } from '../components/States.js';
import { LetterStatusTag } from '../components/Tags.js';
import { BudgetFrameTable } from '../components/BudgetFrameTable.js';
import { MeetingList } from '../components/Meeting.js';
import { currentYear } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type {
  BudgetFrame,
  CentreDetail,
  Deadline,
  LetterSummary,
  Page,
  SteeringMeeting,
  SurveyIndicator,
} from '../types.js';
import { DeadlineTable } from './CaseOfficerHome.js';
import { ScrollRegion } from '../components/ScrollRegion.js';

export function CentrePage() {
  const { t } = useI18n();
  const code = useParams().code ?? '';
  const year = currentYear();
  usePageTitle(code);
  const centre = useApi<CentreDetail>(`/api/centres/${encodeURIComponent(code)}`);
  const letters = useApi<Page<LetterSummary>>(`/api/letters${query({ centre: code, pageSize: 100 })}`);
  const deadlines = useApi<Page<Deadline>>(`/api/deadlines${query({ centre: code, year, pageSize: 100 })}`);
  const meetings = useApi<Page<SteeringMeeting>>(`/api/steering-meetings${query({ centre: code, pageSize: 20 })}`);
  const frames = useApi<Page<BudgetFrame>>(`/api/budget-frames${query({ centre: code, pageSize: 100 })}`);
  const survey = useApi<Page<SurveyIndicator>>(`/api/indicators${query({ centre: code, pageSize: 50 })}`);
  return (
    <Async loaded={centre}>
      {(c) => (
        <>
          <Heading level={1} data-size="lg">
            {c.code} – {c.name}
          </Heading>
          <section aria-labelledby="centre-details">
            <Heading level={2} data-size="sm" id="centre-details">
              {t.centreDetails}
            </Heading>
            <dl className="facts">
              <dt>{t.host}</dt>
              <dd>{c.hostOrganisation?.name ?? t.none}</dd>
              <dt>{t.city}</dt>
              <dd>{c.city ?? c.address ?? c.hostOrganisation?.address ?? t.none}</dd>
              <dt>{t.centre}</dt>
              <dd>
                {t.scope[c.scope]}
                {c.group ? ` (${c.group})` : ''}
              </dd>
              <dt>{t.established}</dt>
              <dd>{c.established ?? t.none}</dd>
              <dt>{t.staff}</dt>
              <dd>{c.staffApprox ?? t.none}</dd>
              {c.teams.length > 0 && (
                <>
                  <dt>{t.teams}</dt>
                  <dd>
                    <ul className="plain-list">
                      {c.teams.map((team) => (
                        <li key={team.name}>
                          {team.name}: {team.regions.join(', ')}
                        </li>
                      ))}
                    </ul>
                  </dd>
                </>
              )}
            </dl>
            {c.note && <Paragraph>{c.note}</Paragraph>}
          </section>
          <section aria-labelledby="centre-letters">
            <Heading level={2} data-size="sm" id="centre-letters">
              {t.letters}
            </Heading>
            {c.abilities.createLetter && (
              <Button asChild variant="secondary" data-size="sm">
                <RouterLink to={`/letters/new${query({ centre: c.code })}`}>{t.newLetter}</RouterLink>
              </Button>
            )}
            <Async loaded={letters}>
              {(page) =>
                page.items.length === 0 ? (
                  <Empty>{t.noLetters}</Empty>
                ) : (
                  <ScrollRegion label={t.letters}>
                    <Table zebra border>
                      <caption className="visually-hidden">{t.letters}</caption>
                      <Table.Head>
                        <Table.Row>
                          <Table.HeaderCell scope="col">{t.year}</Table.HeaderCell>
                          <Table.HeaderCell scope="col">{t.title}</Table.HeaderCell>
                          <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
                        </Table.Row>
                      </Table.Head>
                      <Table.Body>
                        {page.items.map((letter) => (
                          <Table.Row key={letter.id}>
                            <Table.Cell>{letter.year}</Table.Cell>
                            <Table.Cell>
                              <Link asChild>
                                <RouterLink to={`/letters/${letter.id}`}>{letter.title}</RouterLink>
                              </Link>
                              <div className="muted">{t.letterKind[letter.kind]}</div>
                            </Table.Cell>
                            <Table.Cell>
                              <LetterStatusTag status={letter.status} />
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
          <section aria-labelledby="centre-deadlines">
            <Heading level={2} data-size="sm" id="centre-deadlines">
              {t.deadlines} {year}
            </Heading>
            <Async loaded={deadlines}>
              {(page) =>
                page.items.length === 0 ? <Empty>{t.noDeadlines}</Empty> : <DeadlineTable deadlines={page.items} />
              }
            </Async>
          </section>
          <section aria-labelledby="centre-meetings">
            <Heading level={2} data-size="sm" id="centre-meetings">
              {t.meetings}
            </Heading>
            <Async loaded={meetings}>
              {(page) =>
                page.items.length === 0 ? <Empty>{t.noMeetings}</Empty> : <MeetingList meetings={page.items} showYear />
              }
            </Async>
            <Paragraph>
              <Link asChild>
                <RouterLink to={`/centres/${encodeURIComponent(c.code)}/calendar`}>{t.centreCalendar}</RouterLink>
              </Link>
            </Paragraph>
          </section>
          <section aria-labelledby="centre-budget">
            <Heading level={2} data-size="sm" id="centre-budget">
              {t.budget}
            </Heading>
            <Async loaded={frames}>
              {(page) =>
                page.items.length === 0 ? (
                  <Empty>{t.none}</Empty>
                ) : (
                  <BudgetFrameTable frames={page.items} testId="centre-frames" />
                )
              }
            </Async>
          </section>
          <section aria-labelledby="centre-survey">
            <Heading level={2} data-size="sm" id="centre-survey">
              {t.indicatorsTitle}
            </Heading>
            <Async loaded={survey}>
              {(page) =>
                page.items.length === 0 ? (
                  <Empty>{t.noIndicatorsCentre}</Empty>
                ) : (
                  <ScrollRegion label={t.indicatorsTitle}>
                    <Table zebra border>
                      <caption className="visually-hidden">{t.indicatorsTitle}</caption>
                      <Table.Head>
                        <Table.Row>
                          <Table.HeaderCell scope="col">{t.surveyYear}</Table.HeaderCell>
                          <Table.HeaderCell scope="col" className="numeric">
                            {t.respondents}
                          </Table.HeaderCell>
                          <Table.HeaderCell scope="col" className="numeric">
                            {t.contactedShare}
                          </Table.HeaderCell>
                        </Table.Row>
                      </Table.Head>
                      <Table.Body>
                        {page.items.map((row) => (
                          <Table.Row key={row.id}>
                            <Table.Cell>{row.year}</Table.Cell>
                            <Table.Cell className="numeric">{row.respondents ?? t.none}</Table.Cell>
                            <Table.Cell className="numeric">
                              {row.contactedPct === null ? t.none : `${row.contactedPct} %`}
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
        </>
      )}
    </Async>
  );
}
