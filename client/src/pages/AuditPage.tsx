// Admin and auditor: the audit trail, newest first, filtered by record type, actor and dates.
import { Button, Details, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { query } from '../api.js';
import { Async, Empty } from '../components/States.js';
import { Pager } from '../components/Pager.js';
import { formatTimestamp } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { AuditEvent, Page } from '../types.js';
import { ScrollRegion } from '../components/ScrollRegion.js';

const PAGE_SIZE = 25;
const emptyFilter = { entityType: '', actor: '', from: '', to: '' };

export function AuditPage() {
  const { t, language } = useI18n();
  usePageTitle(t.auditTitle);
  const [draft, setDraft] = useState(emptyFilter);
  const [filter, setFilter] = useState(emptyFilter);
  const [page, setPage] = useState(1);
  const events = useApi<Page<AuditEvent>>(`/api/audit${query({ ...filter, page, pageSize: PAGE_SIZE })}`);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilter(draft);
    setPage(1);
  };
  const field = (key: keyof typeof emptyFilter) => ({
    value: draft[key],
    onChange: (event: { target: { value: string } }) => setDraft({ ...draft, [key]: event.target.value }),
  });
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.auditTitle}
      </Heading>
      <Paragraph>{t.auditIntro}</Paragraph>
      <form className="filter-row" onSubmit={submit}>
        <Textfield label={t.filterEntity} placeholder="GrantLetter" {...field('entityType')} />
        <Textfield label={t.filterActor} type="email" {...field('actor')} />
        <Textfield label={t.filterFrom} type="date" {...field('from')} />
        <Textfield label={t.filterTo} type="date" {...field('to')} />
        <Button type="submit" variant="secondary">
          {t.filter}
        </Button>
      </form>
      <Async loaded={events}>
        {(result) => {
          if (result.items.length === 0) return <Empty>{t.noAuditEvents}</Empty>;
          return (
            <>
              <ScrollRegion label={t.auditTitle}>
                <Table zebra border data-testid="audit-table">
                  <caption className="visually-hidden">{t.auditTitle}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t.auditWhen}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.auditWho}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.auditAction}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.auditEntity}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.auditDetails}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {result.items.map((event) => (
                      <Table.Row key={event.id}>
                        <Table.Cell>{formatTimestamp(event.createdAt, language)}</Table.Cell>
                        <Table.Cell>{event.actor.email ?? t.none}</Table.Cell>
                        <Table.Cell>{event.action}</Table.Cell>
                        <Table.Cell>
                          {event.entityType} {event.entityId}
                        </Table.Cell>
                        <Table.Cell>
                          {event.before !== null || event.after !== null ? (
                            <Details>
                              <Details.Summary>{t.auditDetails}</Details.Summary>
                              <Details.Content>
                                <pre className="json">
                                  {JSON.stringify({ before: event.before, after: event.after }, null, 2)}
                                </pre>
                              </Details.Content>
                            </Details>
                          ) : (
                            t.none
                          )}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollRegion>
              <Pager page={page} pageSize={PAGE_SIZE} total={result.total} onPage={setPage} />
            </>
          );
        }}
      </Async>
    </>
  );
}
