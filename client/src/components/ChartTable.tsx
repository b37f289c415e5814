// The data table behind a chart: one row per group (a centre), one column per series, and an
// optional last row such as the totals. Every figure of the chart is here, as text.
import { Table } from '@digdir/designsystemet-react';
import { ScrollRegion } from './ScrollRegion.js';

export interface TableSeries {
  key: string;
  label: string;
}

export interface TableGroup {
  key: string;
  label: string;
  /** Full label in the table; the short one when absent */
  longLabel?: string;
  /** One value per series, in the order of the series; null when there is no figure */
  values: (number | null)[];
}

export function ChartTable({
  title,
  labelHeader,
  series,
  groups,
  footer,
  format,
}: {
  title: string;
  labelHeader: string;
  series: TableSeries[];
  groups: TableGroup[];
  footer?: TableGroup;
  format: (value: number | null) => string;
}) {
  const row = (group: TableGroup, isFooter = false) => {
    const Cell = isFooter ? Table.HeaderCell : Table.Cell;
    return (
      <Table.Row key={group.key}>
        <Table.HeaderCell scope="row">{group.longLabel ?? group.label}</Table.HeaderCell>
        {group.values.map((value, index) => (
          <Cell key={series[index]!.key} className="numeric">
            {format(value)}
          </Cell>
        ))}
      </Table.Row>
    );
  };
  return (
    <ScrollRegion label={title}>
      <Table zebra border data-size="sm">
        <caption className="visually-hidden">{title}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{labelHeader}</Table.HeaderCell>
            {series.map((s) => (
              <Table.HeaderCell scope="col" key={s.key} className="numeric">
                {s.label}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>{groups.map((group) => row(group))}</Table.Body>
        {footer && <Table.Foot>{row(footer, true)}</Table.Foot>}
      </Table>
    </ScrollRegion>
  );
}
