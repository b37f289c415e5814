// Accounts review (regnskapsrapport): the year's accounts per centre and budget line, with spent,
// unspent and the variance against frame and payments; finance approves or returns each with a
// comment, from each record's abilities.
import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { query } from '../api.js';
import { Async, Empty } from '../components/States.js';
import { YearSelect, yearRange } from '../components/YearSelect.js';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { Pager } from '../components/Pager.js';
import { CentreFilter } from '../components/finance/CentreFilter.js';
import { AccountsReviewForm } from '../components/finance/AccountsReviewForm.js';
import { formatMoney } from '../../../common/money.js';
import { currentYear } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { AccountsReport, Page } from '../types.js';

const PAGE_SIZE = 50;

export function AccountsReviewPage() {
  const { t } = useI18n();
  // A task in Mine oppgaver links here with the centre and year to review (?year=&centre=).
  const [params] = useSearchParams();
  const [year, setYear] = useState(() => Number(params.get('year')) || currentYear() - 1);
  const [centre, setCentre] = useState(() => params.get('centre') ?? '');
  const [pageNumber, setPageNumber] = useState(1);
  const [message, setMessage] = useState('');
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message) result.current?.focus();
  }, [message]);
  usePageTitle(t.accountsReviewTitle(year));
  const reports = useApi<Page<AccountsReport>>(
    `/api/accounts-reports${query({ year, centre, page: pageNumber, pageSize: PAGE_SIZE })}`,
  );
  const choose = (change: () => void) => {
    change();
    setPageNumber(1);
    setMessage('');
  };
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.accountsReviewTitle(year)}
      </Heading>
      <Paragraph>{t.accountsReviewIntro}</Paragraph>
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
                      <Table.HeaderCell scope="col" className="numeric">
                        {t.frame}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t.accountsPaid}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t.accountsSpent}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t.accountsUnspent}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t.accountsUnaccounted}
                      </Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.ledgerEntryStatus}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {page.items.map((report) => (
                      <Table.Row key={report.id}>
                        <Table.HeaderCell scope="row">{report.centre.code}</Table.HeaderCell>
                        <Table.Cell>{t.chapterItem(report.budgetLine.chapter, report.budgetLine.item)}</Table.Cell>
                        <Table.Cell className="numeric">{formatMoney(report.variance.frameOre)}</Table.Cell>
                        <Table.Cell className="numeric">{formatMoney(report.variance.paidOre)}</Table.Cell>
                        <Table.Cell className="numeric">{formatMoney(report.spentOre)}</Table.Cell>
                        <Table.Cell className="numeric">{formatMoney(report.unspentOre)}</Table.Cell>
                        <Table.Cell className="numeric">{formatMoney(report.variance.unaccountedOre)}</Table.Cell>
                        <Table.Cell>
                          {t.accountsStatusNames[report.status]}
                          {report.reviewNote && <span className="review-note"> – {report.reviewNote}</span>}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollRegion>
              <Pager page={page.page} pageSize={page.pageSize} total={page.total} onPage={setPageNumber} />
              {page.items
                .filter((report) => report.abilities.review)
                .map((report) => (
                  <AccountsReviewForm
                    key={`${report.id}-${report.status}-${report.reviewedAt ?? ''}`}
                    report={report}
                    onReviewed={(text) => {
                      setMessage(text);
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
