// The payment ledger (utbetalinger) of a year, for all centres or one: every payment and reversal,
// newest first, paged; finance records a payment and reverses one with a reason. Buttons follow
// each record's abilities from the server.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { query } from '../api.js';
import { Async, Empty } from '../components/States.js';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { ListPager } from '../components/Pager.js';
import { ResultMessage, useResultMessage } from '../components/ResultMessage.js';
import { DisbursementForm } from '../components/DisbursementForm.js';
import { FinanceFilters, useFinanceFilters } from '../components/finance/FinanceFilters.js';
import { ReversePayment } from '../components/finance/ReversePayment.js';
import { formatMoney } from '../../../common/money.js';
import { currentYear, formatDate } from '../format.js';
import { useI18n } from '../i18n.js';
import { usePageTitle } from '../useApi.js';
import { useAllPages, usePagedApi } from '../usePagedApi.js';
import type { FrameListItem, LedgerEntry } from '../types.js';

export function PaymentLedgerPage() {
  const { t, language } = useI18n();
  const filters = useFinanceFilters(currentYear());
  const { year, centre } = filters;
  const outcome = useResultMessage();
  usePageTitle(t.ledgerTitle(year));
  const ledger = usePagedApi<LedgerEntry>(`/api/disbursements${query({ year, centre })}`);
  // The frames a payment may go on: every one of the year's (and centre's).
  const frames = useAllPages<FrameListItem>(`/api/budget-frames${query({ year, centre })}`);
  const payable = (frames.data?.items ?? []).filter((frame) => frame.abilities.createDisbursement);
  const changed = (text: string) => {
    outcome.show(text);
    ledger.reload();
  };
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.ledgerTitle(year)}
      </Heading>
      <Paragraph>{t.ledgerIntro}</Paragraph>
      <FinanceFilters filters={filters} />
      <ResultMessage state={outcome} />
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
              <ListPager paged={ledger} />
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
            outcome.clear();
            ledger.reload();
            frames.reload();
          }}
        />
      )}
    </>
  );
}
