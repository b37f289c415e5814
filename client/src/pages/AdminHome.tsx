// Admin: where the administration lives (users, audit trail, the job queues) and the outbox —
// every e-mail the app has queued, sent, cancelled or failed to send — with a warning when mail is
// failing (it cannot be told by e-mail) and a way to send failed e-mails again.
import { Alert, Button, Field, Heading, Label, Link, Paragraph, Select, Table } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { api, asApiError, query } from '../api.js';
import type { ApiError } from '../api.js';
import { Pager } from '../components/Pager.js';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { Async, Empty, errorMessage } from '../components/States.js';
import { formatTimestamp } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import { outboxStatuses } from '../types.js';
import type { MailHealth, OutboxEmail, OutboxStatus, Page } from '../types.js';

const PAGE_SIZE = 25;

export function AdminHome() {
  const { t } = useI18n();
  usePageTitle(t.adminTitle);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.adminTitle}
      </Heading>
      <Paragraph>{t.adminIntro}</Paragraph>
      <ul className="admin-links">
        <li>
          <Link asChild>
            <RouterLink to="/users">{t.usersTitle}</RouterLink>
          </Link>
          <span className="muted"> – {t.usersIntro}</span>
        </li>
        <li>
          <Link asChild>
            <RouterLink to="/audit">{t.auditTitle}</RouterLink>
          </Link>
          <span className="muted"> – {t.auditIntro}</span>
        </li>
        <li>
          {/* Served by the API (Bull Board), outside the web app's routes. */}
          <Link href="/admin/queues">{t.queues}</Link>
          <span className="muted"> – {t.queuesIntro}</span>
        </li>
      </ul>
      <Outbox />
    </>
  );
}

/** Failed e-mails, and e-mails waiting for the mail server to come back, stated up front. */
function MailHealthAlert({
  health,
  onResendAll,
  busy,
}: {
  health: MailHealth;
  onResendAll: () => void;
  busy: boolean;
}) {
  const { t, language } = useI18n();
  if (!health.failed && !health.retrying) return null;
  return (
    <Alert data-color={health.failed ? 'danger' : 'warning'} data-testid="mail-health">
      <Heading level={3} data-size="xs">
        {health.failed ? t.mailFailedTitle(health.failed) : t.mailRetryingTitle(health.retrying)}
      </Heading>
      <Paragraph data-size="sm">
        {health.failed
          ? t.mailFailedBody
          : t.mailRetryingSince(formatTimestamp(health.oldestRetryingSince ?? '', language))}
      </Paragraph>
      {health.lastError && (
        <Paragraph data-size="sm">
          {t.mailLastError}: {health.lastError}
        </Paragraph>
      )}
      {health.failed > 0 && (
        <Button data-size="sm" onClick={onResendAll} aria-disabled={busy || undefined}>
          {t.resendAllFailed}
        </Button>
      )}
    </Alert>
  );
}

function Outbox() {
  const { t, language } = useI18n();
  const [status, setStatus] = useState<OutboxStatus | ''>('');
  const [page, setPage] = useState(1);
  const outbox = useApi<Page<OutboxEmail>>(`/api/outbox${query({ status, page, pageSize: PAGE_SIZE })}`);
  const health = useApi<MailHealth>('/api/outbox/health');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ message: string } | { error: ApiError } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  /** One resend at a time; the result is shown and focused, the lists reloaded. */
  const resend = (path: string, count: (answer: unknown) => number) => {
    if (busy) return;
    setBusy(true);
    api<unknown>(path, { method: 'POST' })
      .then((answer) => setResult({ message: t.resentCount(count(answer)) }))
      .catch((error: unknown) => setResult({ error: asApiError(error) }))
      .finally(() => {
        setBusy(false);
        outbox.reload();
        health.reload();
        requestAnimationFrame(() => resultRef.current?.focus());
      });
  };

  return (
    <section aria-labelledby="outbox">
      <Heading level={2} data-size="sm" id="outbox">
        {t.outbox}
      </Heading>
      <Paragraph data-size="sm">{t.outboxIntro}</Paragraph>
      {health.data && (
        <MailHealthAlert
          health={health.data}
          busy={busy}
          onResendAll={() => resend('/api/outbox/resend-failed', (answer) => (answer as { resent: number }).resent)}
        />
      )}
      <div ref={resultRef} tabIndex={-1} role="status" data-testid="resend-result">
        {result && 'message' in result && <Alert data-color="success">{result.message}</Alert>}
        {result && 'error' in result && <Alert data-color="danger">{errorMessage(result.error, t)}</Alert>}
      </div>
      <Field className="year-select">
        <Label htmlFor="outbox-status">{t.status}</Label>
        <Select
          id="outbox-status"
          width="auto"
          value={status}
          onChange={(event) => {
            setStatus(event.target.value as OutboxStatus | '');
            setPage(1);
          }}
        >
          <Select.Option value="">{t.allStatuses}</Select.Option>
          {outboxStatuses.map((s) => (
            <Select.Option key={s} value={s}>
              {t.outboxStatus[s]}
            </Select.Option>
          ))}
        </Select>
      </Field>
      <Async loaded={outbox}>
        {(result) =>
          result.items.length === 0 ? (
            <Empty>{t.noOutbox}</Empty>
          ) : (
            <>
              <ScrollRegion label={t.outbox}>
                <Table zebra border data-testid="outbox-table">
                  <caption className="visually-hidden">{t.outbox}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t.auditWhen}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.recipient}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.subject}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t.attempts}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col">
                        <span className="visually-hidden">{t.resend}</span>
                      </Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {result.items.map((email) => (
                      <Table.Row key={email.id}>
                        <Table.Cell>{formatTimestamp(email.createdAt, language)}</Table.Cell>
                        <Table.Cell>{email.to}</Table.Cell>
                        <Table.Cell>
                          {email.subject}
                          <div className="muted">{t.outboxKind[email.kind] ?? t.otherEmail}</div>
                        </Table.Cell>
                        <Table.Cell>
                          {t.outboxStatus[email.status]}
                          {email.sentAt && <div className="muted">{formatTimestamp(email.sentAt, language)}</div>}
                          {email.nextAttemptAt && (
                            <div className="muted">{t.nextAttempt(formatTimestamp(email.nextAttemptAt, language))}</div>
                          )}
                          {email.lastError && <div className="muted">{email.lastError}</div>}
                        </Table.Cell>
                        <Table.Cell className="numeric">{email.attempts}</Table.Cell>
                        <Table.Cell>
                          {email.status === 'failed' && (
                            <Button
                              variant="secondary"
                              data-size="sm"
                              aria-label={t.resendLabel(email.subject, email.to)}
                              aria-disabled={busy || undefined}
                              onClick={() => resend(`/api/outbox/${email.id}/resend`, () => 1)}
                            >
                              {t.resend}
                            </Button>
                          )}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollRegion>
              <Pager page={page} pageSize={PAGE_SIZE} total={result.total} onPage={setPage} />
            </>
          )
        }
      </Async>
    </section>
  );
}
