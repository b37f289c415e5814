// Finance officer: the budget frames of a year per centre and budget line, with totals, and frame
// vs paid vs accounted per centre as a chart.
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { query } from '../api.js';
import { useAbilities } from '../auth.js';
import { Async, Empty } from '../components/States.js';
import { YearSelect, yearRange } from '../components/YearSelect.js';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { DisbursementForm } from '../components/DisbursementForm.js';
import { PortfolioChart } from '../components/PortfolioChart.js';
import { FrameAmountField } from '../components/finance/FrameAmountField.js';
import { formatMoney } from '../../../common/money.js';
import { currentYear } from '../format.js';
import { useI18n } from '../i18n.js';
import { usePageTitle } from '../useApi.js';
import { useAllPages } from '../usePagedApi.js';
import type { BudgetFrame } from '../types.js';

export function FinanceHome() {
  const { t } = useI18n();
  const canEdit = useAbilities().manageBudgetFrames;
  const [year, setYear] = useState(currentYear());
  const [announcement, setAnnouncement] = useState('');
  // Counts saved changes, so the chart loads the portfolio again after each.
  const [changes, setChanges] = useState(0);
  usePageTitle(t.financeHomeTitle(year));
  // Every frame of the year: the table sums them per centre and budget line.
  const frames = useAllPages<BudgetFrame>(`/api/budget-frames${query({ year })}`);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.financeHomeTitle(year)}
      </Heading>
      <Paragraph>{t.financeHomeIntro}</Paragraph>
      <nav aria-label={t.financeWork} className="finance-links">
        <ul>
          <li>
            <Link asChild>
              <RouterLink to="/finance/year">{t.financeYearTitle(currentYear() + 1)}</RouterLink>
            </Link>
          </li>
          <li>
            <Link asChild>
              <RouterLink to="/finance/payments">{t.ledgerTitle(currentYear())}</RouterLink>
            </Link>
          </li>
          <li>
            <Link asChild>
              <RouterLink to="/finance/accounts">{t.accountsReviewTitle(currentYear() - 1)}</RouterLink>
            </Link>
          </li>
        </ul>
      </nav>
      <YearSelect value={year} years={yearRange(currentYear())} onChange={setYear} />
      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      <Async loaded={frames}>
        {(page) => {
          if (page.items.length === 0) return <Empty>{t.noFrames(year)}</Empty>;
          const lines = [
            ...new Map(page.items.map((f) => [`${f.budgetLine.chapter}/${f.budgetLine.item}`, f.budgetLine])).values(),
          ].sort((a, b) => a.chapter - b.chapter || a.item - b.item);
          const centres = [...new Map(page.items.map((f) => [f.centre.code, f.centre])).values()].sort((a, b) =>
            a.code.localeCompare(b.code),
          );
          // One pass over the frames: each cell, row and column looks its frames up rather than
          // filtering every frame again (at 300 centres: 850 frames scanned for each of ~1,200 cells).
          const lineKey = (line: { chapter: number; item: number }) => `${line.chapter}/${line.item}`;
          const cells = new Map<string, BudgetFrame[]>();
          const byCentre = new Map<string, number>();
          const byLine = new Map<string, number>();
          for (const frame of page.items) {
            const cell = `${frame.centre.code}|${lineKey(frame.budgetLine)}`;
            cells.set(cell, [...(cells.get(cell) ?? []), frame]);
            byCentre.set(frame.centre.code, (byCentre.get(frame.centre.code) ?? 0) + frame.amountOre);
            byLine.set(lineKey(frame.budgetLine), (byLine.get(lineKey(frame.budgetLine)) ?? 0) + frame.amountOre);
          }
          const total = page.items.reduce((sum, f) => sum + f.amountOre, 0);
          return (
            <ScrollRegion label={t.financeHomeTitle(year)}>
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
                      {lines.map((line) => {
                        const cell = cells.get(`${centre.code}|${lineKey(line)}`) ?? [];
                        return (
                          <Table.Cell key={line.id} className="numeric">
                            {canEdit && cell.length === 1 ? (
                              <FrameAmountField
                                frame={cell[0]!}
                                canEdit
                                onSaved={(what, amountOre) => {
                                  setAnnouncement(t.frameSaved(what, formatMoney(amountOre)));
                                  frames.reload();
                                  setChanges((n) => n + 1);
                                }}
                              />
                            ) : cell.length === 0 ? (
                              t.none
                            ) : (
                              formatMoney(cell.reduce((sum, f) => sum + f.amountOre, 0))
                            )}
                          </Table.Cell>
                        );
                      })}
                      <Table.Cell className="numeric">{formatMoney(byCentre.get(centre.code) ?? 0)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
                <Table.Foot>
                  <Table.Row>
                    <Table.HeaderCell scope="row">{t.total}</Table.HeaderCell>
                    {lines.map((line) => (
                      <Table.Cell key={line.id} className="numeric">
                        {formatMoney(byLine.get(lineKey(line)) ?? 0)}
                      </Table.Cell>
                    ))}
                    <Table.Cell className="numeric">{formatMoney(total)}</Table.Cell>
                  </Table.Row>
                </Table.Foot>
              </Table>
            </ScrollRegion>
          );
        }}
      </Async>
      <PortfolioChart key={`${year}-${changes}`} year={year} />
      {canEdit && frames.data && frames.data.items.length > 0 && (
        <DisbursementForm
          key={year}
          frames={frames.data.items}
          onSaved={() => {
            frames.reload();
            setChanges((n) => n + 1);
          }}
        />
      )}
    </>
  );
}
