// The payment ledger (utbetalinger) of a year, for all centres or one: every payment and reversal,
// newest first, paged; finance records a payment and reverses one with a reason. Buttons follow
// each record's abilities from the server.
import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { query } from '../api.js';
import { Async, Empty } from '../components/States.js';
import { YearSelect, yearRange } from '../components/YearSelect.js';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { Pager } from '../components/Pager.js';
import { DisbursementForm } from '../components/DisbursementForm.js';
import { CentreFilter } from '../components/finance/CentreFilter.js';
import { ReversePayment } from '../components/finance/ReversePayment.js';
import { formatMoney } from '../../../common/money.js';
import { currentYear, formatDate } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { FrameListItem, LedgerEntry, Page } from '../types.js';

const PAGE_SIZE = 50;

export function PaymentLedgerPage() {
  const { t, language } = useI18n();
  const [year, setYear] = useState(currentYear());
  const [centre, setCentre] = useState('');
  const [pageNumber, setPageNumber] = useState(1);
  const [message, setMessage] = useState('');
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) result.current?.focus();
  }, [message]);
  usePageTitle(t.ledgerTitle(year));
  const ledger = useApi<Page<LedgerEntry>>(
    `/api/disbursements${query({ year, centre, page: pageNumber, pageSize: PAGE_SIZE })}`,
  );
  // The frames a payment may go on: the year's (and centre's), at most the server's page of 200.
  const frames = useApi<Page<FrameListItem>>(`/api/budget-frames${query({ year, centre, pageSize: 200 })}`);
  const payable = (frames.data?.items ?? []).filter((frame) => frame.abilities.createDisbursement);
  const choose = (change: () => void) => {
    change();
    setPageNumber(1);
    setMessage('');
  };
  const changed = (text: string) => {
    setMessage(text);
    ledger.reload();
  };
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.ledgerTitle(year)}
      </Heading>
      <Paragraph>{t.ledgerIntro}</Paragraph>
      <div className="filters">
        <YearSelect value={year} years={yearRange(currentYear())} onChange={(y) => choose(() => setYear(y))} />
        <CentreFilter value={centre} onChange={(code) => choose(() => setCentre(code))} />
      </div>
      <div ref={result} tabIndex={-1} className="result-region">
        {message && (
          <Alert data-color="success" role="status">
            {message}
          </Alert>
        )}
      </div>
      <Async loaded={ledger}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t.noPayments(year)}</Empty>
          ) : (
            <>
              <ScrollRegion label={t.ledgerTitle(year)}>
                <Table zebra border data-testid="ledger">
                  <caption>{t.ledgerTitle(year)}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t.paidOn}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.centre}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.budgetLine}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.voucherReference}</Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t.amount}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.ledgerEntryStatus}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">
                        <span className="visually-hidden">{t.actions}</span>
                      </Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {page.items.map((entry) => (
                      <Table.Row key={entry.id}>
                        <Table.Cell>{formatDate(entry.paidOn, language)}</Table.Cell>
                        <Table.Cell>{entry.centre.code}</Table.Cell>
                        <Table.Cell>{t.chapterItem(entry.budgetLine.chapter, entry.budgetLine.item)}</Table.Cell>
                        <Table.Cell>{entry.voucherReference}</Table.Cell>
                        <Table.Cell className="numeric">{formatMoney(entry.amountOre)}</Table.Cell>
                        <Table.Cell>
                          {entry.reversesId !== null
                            ? t.reversalOf(entry.reversalReason ?? '')
                            : entry.reversedById !== null
                              ? t.paymentIsReversed
                              : t.paymentIsPaid}
                        </Table.Cell>
                        <Table.Cell>
                          {entry.abilities.reverse && <ReversePayment payment={entry} onReversed={changed} />}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollRegion>
              <Pager page={page.page} pageSize={page.pageSize} total={page.total} onPage={setPageNumber} />
            </>
          )
        }
      </Async>
      {payable.length > 0 && (
        <DisbursementForm
          key={`${year}-${centre}`}
          frames={payable}
          onSaved={() => {
            // The form says what was recorded in its own status line.
            setMessage('');
            ledger.reload();
            frames.reload();
          }}
        />
      )}
    </>
  );
}
