// Horizontal bars in groups (one group per centre, one bar per series such as frame, paid and
// accounted) in plain SVG with a legend, and the data table as the alternative (see ChartFrame).
import { ChartFrame } from './ChartFrame.js';
import { ChartTable } from './ChartTable.js';
import type { ChartFrameProps } from './ChartFrame.js';

export interface Series {
  key: string;
  label: string;
  /** Shown as a table column only, such as a total the drawn series add up to. */
  tableOnly?: boolean;
}

export interface Group {
  key: string;
  /** Short label in the chart (a centre code) */
  label: string;
  /** Full label in the table; the short one when absent */
  longLabel?: string;
  /** One value per series, in the order of the series */
  values: number[];
}

interface GroupedBarChartProps extends ChartFrameProps {
  series: Series[];
  groups: Group[];
  /** A last table row, such as the totals (not drawn: it would dwarf the bars). */
  footer?: Group;
  format: (value: number) => string;
  labelHeader: string;
}

const BAR = 12;
const BAR_GAP = 2;
const GROUP_GAP = 14;
const LABEL_WIDTH = 110;
const VALUE_ROOM = 140;
const CHART_WIDTH = 640;

export function GroupedBarChart({ series, groups, footer, format, labelHeader, ...frame }: GroupedBarChartProps) {
  const drawn = series.flatMap((s, index) => (s.tableOnly ? [] : [{ ...s, index }]));
  const max = Math.max(1, ...groups.flatMap((group) => drawn.map((s) => group.values[s.index] ?? 0)));
  const plotWidth = CHART_WIDTH - LABEL_WIDTH - VALUE_ROOM;
  const groupHeight = drawn.length * (BAR + BAR_GAP) + GROUP_GAP;
  const height = groups.length * groupHeight + GROUP_GAP / 2;
  return (
    <ChartFrame
      {...frame}
      table={
        <ChartTable
          title={frame.title}
          labelHeader={labelHeader}
          series={series}
          groups={groups}
          footer={footer}
          format={(value) => (value === null ? '–' : format(value))}
        />
      }
      chart={(labelledBy) => (
        <>
          <ul className="chart-legend">
            {drawn.map((s, colour) => (
              <li key={s.key}>
                <span className={`chart-swatch chart-series-${colour}`} aria-hidden="true" />
                {s.label}
              </li>
            ))}
          </ul>
          <svg
            className="chart-svg"
            viewBox={`0 0 ${CHART_WIDTH} ${height}`}
            role="img"
            aria-labelledby={labelledBy}
            preserveAspectRatio="xMinYMin meet"
          >
            {groups.map((group, groupIndex) => {
              const top = groupIndex * groupHeight + GROUP_GAP / 2;
              return (
                <g key={group.key}>
                  <text
                    x={LABEL_WIDTH - 8}
                    y={top + (groupHeight - GROUP_GAP) / 2}
                    textAnchor="end"
                    dominantBaseline="middle"
                    className="chart-label"
                  >
                    {group.label}
                  </text>
                  {drawn.map((s, colour) => {
                    const value = group.values[s.index] ?? 0;
                    const y = top + colour * (BAR + BAR_GAP);
                    const width = value <= 0 ? 0 : Math.max(1, (value / max) * plotWidth);
                    return (
                      <g key={s.key}>
                        <title>{`${group.longLabel ?? group.label}, ${s.label}: ${format(value)}`}</title>
                        <rect
                          x={LABEL_WIDTH}
                          y={y}
                          width={width}
                          height={BAR}
                          rx={2}
                          className={`chart-series-${colour}`}
                        />
                        <text
                          x={LABEL_WIDTH + width + 6}
                          y={y + BAR / 2}
                          dominantBaseline="middle"
                          className="chart-value chart-value-small"
                        >
                          {format(value)}
                        </text>
                      </g>
                    );
                  })}
                </g>
              );
            })}
          </svg>
        </>
      )}
    />
  );
}
