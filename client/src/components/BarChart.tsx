// A horizontal bar chart in plain SVG, with its data table as the alternative (see ChartFrame).
// The SVG is one labelled image (title + summary); the table carries every figure.
import { useI18n } from '../i18n.js';
import { ChartFrame } from './ChartFrame.js';
import { ChartTable } from './ChartTable.js';
import type { ChartFrameProps } from './ChartFrame.js';

export interface Bar {
  key: string;
  /** Short label in the chart (a centre code) */
  label: string;
  /** Full label in the table (a centre name); the short one when absent */
  longLabel?: string;
  value: number | null;
}

interface BarChartProps extends ChartFrameProps {
  bars: Bar[];
  /** The largest value on the axis (100 for percentages). */
  max: number;
  unit?: string;
  labelHeader: string;
  valueHeader: string;
}

const ROW = 30;
const LABEL_WIDTH = 190;
const CHART_WIDTH = 640;
const VALUE_GAP = 6;

export function BarChart({ bars, max, unit = '', labelHeader, valueHeader, ...frame }: BarChartProps) {
  const { language } = useI18n();
  const format = (value: number | null) =>
    value === null ? '–' : `${new Intl.NumberFormat(language === 'nb' ? 'nb-NO' : 'en-GB').format(value)}${unit}`;
  const plotWidth = CHART_WIDTH - LABEL_WIDTH - 60;
  const height = bars.length * ROW + 10;
  return (
    <ChartFrame
      {...frame}
      table={
        <ChartTable
          title={frame.title}
          labelHeader={labelHeader}
          series={[{ key: 'value', label: valueHeader }]}
          groups={bars.map((bar) => ({ ...bar, values: [bar.value] }))}
          format={format}
        />
      }
      chart={(labelledBy) => (
        <svg
          className="chart-svg"
          viewBox={`0 0 ${CHART_WIDTH} ${height}`}
          role="img"
          aria-labelledby={labelledBy}
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
    />
  );
}
