// A horizontal bar chart in plain SVG, with its data table as the alternative: one button switches
// between them. The SVG is one labelled image (title + summary); the table carries every figure.
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { useI18n } from '../i18n.js';

export interface Bar {
  key: string;
  /** Short label in the chart (a centre code) */
  label: string;
  /** Full label in the table (a centre name); the short one when absent */
  longLabel?: string;
  value: number | null;
}

interface BarChartProps {
  title: string;
  summary: string;
  bars: Bar[];
  /** The largest value on the axis (100 for percentages). */
  max: number;
  unit?: string;
  labelHeader: string;
  valueHeader: string;
  headingLevel?: 2 | 3;
}

const ROW = 30;
const LABEL_WIDTH = 190;
const CHART_WIDTH = 640;
const VALUE_GAP = 6;

export function BarChart({
  title,
  summary,
  bars,
  max,
  unit = '',
  labelHeader,
  valueHeader,
  headingLevel = 2,
}: BarChartProps) {
  const { t, language } = useI18n();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  const format = (value: number | null) =>
    value === null ? '–' : `${new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'en-GB').format(value)}${unit}`;
  const plotWidth = CHART_WIDTH - LABEL_WIDTH - 60;
  const height = bars.length * ROW + 10;
  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <div className="chart-header">
        <Heading level={headingLevel} data-size="xs" id={`${id}-title`}>
          {title}
        </Heading>
        <Button variant="secondary" data-size="sm" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {asTable ? t.showChart : t.showTable}
        </Button>
      </div>
      <Paragraph data-size="sm" id={`${id}-summary`}>
        {summary}
      </Paragraph>
      {asTable ? (
        <Table zebra border data-size="sm">
          <caption className="visually-hidden">{title}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{labelHeader}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {valueHeader}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {bars.map((bar) => (
              <Table.Row key={bar.key}>
                <Table.HeaderCell scope="row">{bar.longLabel ?? bar.label}</Table.HeaderCell>
                <Table.Cell className="numeric">{format(bar.value)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      ) : (
        <svg
          className="chart-svg"
          viewBox={`0 0 ${CHART_WIDTH} ${height}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-summary`}
          preserveAspectRatio="xMinYMin meet"
        >
          {bars.map((bar, index) => {
            const y = index * ROW + 5;
            const width = bar.value === null ? 0 : Math.max(1, (bar.value / max) * plotWidth);
            return (
              <g key={bar.key}>
                <title>{`${bar.longLabel ?? bar.label}: ${format(bar.value)}`}</title>
                <text
                  x={LABEL_WIDTH - 8}
                  y={y + ROW / 2}
                  textAnchor="end"
                  dominantBaseline="middle"
                  className="chart-label"
                >
                  {bar.label}
                </text>
                <rect x={LABEL_WIDTH} y={y + 4} width={width} height={ROW - 10} rx={3} className="chart-bar" />
                <text
                  x={LABEL_WIDTH + width + VALUE_GAP}
                  y={y + ROW / 2}
                  dominantBaseline="middle"
                  className="chart-value"
                >
                  {format(bar.value)}
                </text>
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
