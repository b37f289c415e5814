// Accounts review (regnskapsrapport): the year's accounts per centre and budget line, with spent,
// unspent and the variance against frame and payments; finance approves or returns each with a
// comment, from each record's abilities.
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { query } from '../api.js';
import { Async, Empty } from '../components/States.js';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { ListPager } from '../components/Pager.js';
import { ResultMessage, useResultMessage } from '../components/ResultMessage.js';
import { FinanceFilters, useFinanceFilters } from '../components/finance/FinanceFilters.js';
import { AccountsReviewForm } from '../components/finance/AccountsReviewForm.js';
import { AccountsFigureCells, AccountsFigureHeaders } from '../components/finance/AccountsFigures.js';
import { currentYear } from '../format.js';
import { useI18n } from '../i18n.js';
import { usePageTitle } from '../useApi.js';
import { usePagedApi } from '../usePagedApi.js';
import type { AccountsReport } from '../types.js';

export function AccountsReviewPage() {
  const { t } = useI18n();
  // A task in Mine oppgaver links here with the centre and year to review (?year=&centre=).
  const filters = useFinanceFilters(currentYear() - 1);
  const { year, centre } = filters;
  const outcome = useResultMessage();
  usePageTitle(t.accountsReviewTitle(year));
  const reports = usePagedApi<AccountsReport>(`/api/accounts-reports${query({ year, centre })}`);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.accountsReviewTitle(year)}
      </Heading>
      <Paragraph>{t.accountsReviewIntro}</Paragraph>
      <FinanceFilters filters={filters} />
      <ResultMessage state={outcome} />
      <Async loaded={reports}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t.noAccounts(year)}</Empty>
          ) : (
            <>
              <ScrollRegion label={t.accountsReviewTitle(year)}>
                <Table zebra border data-testid="accounts">
                  <caption>{t.accountsReviewTitle(year)}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t.centre}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.budgetLine}</Table.HeaderCell>
                      <AccountsFigureHeaders />
                      <Table.HeaderCell scope="col">{t.ledgerEntryStatus}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {page.items.map((report) => (
                      <Table.Row key={report.id}>
                        <Table.HeaderCell scope="row">{report.centre.code}</Table.HeaderCell>
                        <Table.Cell>{t.chapterItem(report.budgetLine.chapter, report.budgetLine.item)}</Table.Cell>
                        <AccountsFigureCells accounts={report} />
                        <Table.Cell>
                          {t.accountsStatusNames[report.status]}
                          {report.reviewNote && <span className="review-note"> – {report.reviewNote}</span>}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollRegion>
              <ListPager paged={reports} />
              {page.items
                .filter((report) => report.abilities.review)
                .map((report) => (
                  <AccountsReviewForm
                    key={`${report.id}-${report.status}-${report.reviewedAt ?? ''}`}
                    report={report}
                    onReviewed={(text) => {
                      outcome.show(text);
                      reports.reload();
                    }}
                  />
                ))}
            </>
          )
        }
      </Async>
    </>
  );
}
