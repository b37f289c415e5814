// Finance officer: the budget frames of a year per centre and budget line, with totals.
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { query } from '../api.js';
import { Async, Empty } from '../components/States.js';
import { YearSelect, yearRange } from '../components/YearSelect.js';
import { currentYear, formatMoney } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { BudgetFrame, Page } from '../types.js';

export function FinanceHome() {
  const { t } = useI18n();
  const [year, setYear] = useState(currentYear());
  usePageTitle(t.financeHomeTitle(year));
  const frames = useApi<Page<BudgetFrame>>(`/api/budget-frames${query({ year, pageSize: 200 })}`);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.financeHomeTitle(year)}
      </Heading>
      <Paragraph>{t.financeHomeIntro}</Paragraph>
      <YearSelect value={year} years={yearRange(currentYear())} onChange={setYear} />
      <Async loaded={frames}>
        {(page) => {
          if (page.items.length === 0) return <Empty>{t.noFrames(year)}</Empty>;
          const lines = [
            ...new Map(page.items.map((f) => [`${f.budgetLine.chapter}/${f.budgetLine.item}`, f.budgetLine])).values(),
          ].sort((a, b) => a.chapter - b.chapter || a.item - b.item);
          const centres = [...new Map(page.items.map((f) => [f.centre.code, f.centre])).values()].sort((a, b) =>
            a.code.localeCompare(b.code),
          );
          const amount = (code: string, chapter: number, item: number) =>
            page.items
              .filter((f) => f.centre.code === code && f.budgetLine.chapter === chapter && f.budgetLine.item === item)
              .reduce((sum, f) => sum + f.amountOre, 0);
          const total = page.items.reduce((sum, f) => sum + f.amountOre, 0);
          return (
            <Table zebra border data-testid="frames-table">
              <caption>{t.financeHomeTitle(year)}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.centre}</Table.HeaderCell>
                  {lines.map((line) => (
                    <Table.HeaderCell scope="col" key={line.id} className="numeric">
                      {t.chapterItem(line.chapter, line.item)}
                    </Table.HeaderCell>
                  ))}
                  <Table.HeaderCell scope="col" className="numeric">
                    {t.total}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {centres.map((centre) => (
                  <Table.Row key={centre.code}>
                    <Table.HeaderCell scope="row">
                      <Link asChild>
                        <RouterLink to={`/centres/${encodeURIComponent(centre.code)}`}>{centre.code}</RouterLink>
                      </Link>
                    </Table.HeaderCell>
                    {lines.map((line) => (
                      <Table.Cell key={line.id} className="numeric">
                        {formatMoney(amount(centre.code, line.chapter, line.item))}
                      </Table.Cell>
                    ))}
                    <Table.Cell className="numeric">
                      {formatMoney(
                        page.items.filter((f) => f.centre.code === centre.code).reduce((s, f) => s + f.amountOre, 0),
                      )}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
              <Table.Foot>
                <Table.Row>
                  <Table.HeaderCell scope="row">{t.total}</Table.HeaderCell>
                  {lines.map((line) => (
                    <Table.Cell key={line.id} className="numeric">
                      {formatMoney(
                        page.items
                          .filter((f) => f.budgetLine.chapter === line.chapter && f.budgetLine.item === line.item)
                          .reduce((s, f) => s + f.amountOre, 0),
                      )}
                    </Table.Cell>
                  ))}
                  <Table.Cell className="numeric">{formatMoney(total)}</Table.Cell>
                </Table.Row>
              </Table.Foot>
            </Table>
          );
        }}
      </Async>
    </>
  );
}
