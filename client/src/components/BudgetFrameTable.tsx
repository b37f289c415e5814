// Budget frames as a table: year, chapter/item (with the frame's note) and amount in kroner; with
// `showTotal` a sum row; it scrolls sideways in its own region on a narrow screen. The letter page and the centre page show frames the same way.
import { Table } from '@digdir/designsystemet-react';
import { formatMoney } from '../../../common/money.js';
import { useI18n } from '../i18n.js';
import { ScrollRegion } from './ScrollRegion.js';
import type { BudgetFrame } from '../types.js';

export function BudgetFrameTable({
  frames,
  showTotal = false,
  testId,
}: {
  frames: BudgetFrame[];
  showTotal?: boolean;
  testId?: string;
}) {
  const { t } = useI18n();
  const total = frames.reduce((sum, frame) => sum + frame.amountOre, 0);
  return (
    <ScrollRegion label={t.budget}>
      <Table zebra border data-testid={testId}>
        <caption className="visually-hidden">{t.budget}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.year}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.budgetLine}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t.amount}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {frames.map((frame) => (
            <Table.Row key={frame.id}>
              <Table.Cell>{frame.year}</Table.Cell>
              <Table.Cell>
                {t.chapterItem(frame.budgetLine.chapter, frame.budgetLine.item)}
                {frame.note && <div className="muted">{frame.note}</div>}
              </Table.Cell>
              <Table.Cell className="numeric">{formatMoney(frame.amountOre)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
        {showTotal && (
          <Table.Foot>
            <Table.Row>
              <Table.HeaderCell scope="row" colSpan={2}>
                {t.total}
              </Table.HeaderCell>
              <Table.Cell className="numeric">{formatMoney(total)}</Table.Cell>
            </Table.Row>
          </Table.Foot>
        )}
      </Table>
    </ScrollRegion>
  );
}
