// The accounts of the year reported on, per budget line: spent and unspent against frame and
// payments, and the variance. The table stands with the report; the short list beside the
// directorate's control of the funds.
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import { Link as RouterLink } from 'react-router';
import { formatMoney } from '../../../../common/money.js';
import { useI18n } from '../../i18n.js';
import type { AnnualReport } from '../../types.js';
import { Empty } from '../States.js';
import { ScrollRegion } from '../ScrollRegion.js';
import { AccountsFigureCells, AccountsFigureHeaders } from '../finance/AccountsFigures.js';

export function ReportAccounts({ report }: { report: AnnualReport }) {
  const { t } = useI18n();
  const year = report.year;
  const title = t.reportAccounts(year);
  return (
    <section aria-labelledby="report-accounts">
      <Heading level={2} data-size="sm" id="report-accounts">
        {title}
      </Heading>
      {report.accounts.length === 0 ? (
        <Empty>{t.reportNoAccounts}</Empty>
      ) : (
        <ScrollRegion label={title}>
          <Table zebra border data-testid="report-accounts">
            <caption className="visually-hidden">{title}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.budgetLine}</Table.HeaderCell>
                <AccountsFigureHeaders spentVsFrame />
                <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {report.accounts.map((accounts) => (
                <Table.Row key={accounts.id}>
                  <Table.HeaderCell scope="row">
                    {t.chapterItem(accounts.budgetLine.chapter, accounts.budgetLine.item)}
                  </Table.HeaderCell>
                  <AccountsFigureCells accounts={accounts} spentVsFrame />
                  <Table.Cell>{t.accountsStatusNames[accounts.status]}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
      <Paragraph>
        <Link asChild>
          <RouterLink to={`/finance/accounts?year=${year}&centre=${encodeURIComponent(report.centre.code)}`}>
            {t.reportAccountsLink(year)}
          </RouterLink>
        </Link>
      </Paragraph>
    </section>
  );
}

/** Each budget line's variance in a sentence, for beside the control of the funds. */
export function AccountsVariance({ report, id }: { report: AnnualReport; id: string }) {
  const { t } = useI18n();
  if (report.accounts.length === 0)
    return (
      <Paragraph id={id} data-size="sm" className="muted">
        {t.reportNoAccounts}
      </Paragraph>
    );
  return (
    <dl id={id} className="report-variance" data-testid="report-variance">
      {report.accounts.map((accounts) => (
        <Fragment key={accounts.id}>
          <dt>{t.reportVarianceOf(t.chapterItem(accounts.budgetLine.chapter, accounts.budgetLine.item))}</dt>
          <dd>
            {t.reportVarianceLine(
              formatMoney(accounts.variance.spentVsFrameOre),
              formatMoney(accounts.variance.unaccountedOre),
            )}
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
