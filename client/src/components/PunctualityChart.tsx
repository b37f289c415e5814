// Deadlines met on time, late and still open per centre in one year, from
// GET /api/deadlines/punctuality, as a grouped bar chart with its table as the alternative.
import { query } from '../api.js';
import { formatNumber } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi } from '../useApi.js';
import type { Punctuality } from '../types.js';
import { GroupedBarChart } from './GroupedBarChart.js';
import { Async, Empty } from './States.js';

const counts = ['due', 'onTime', 'late', 'open'] as const;

export function PunctualityChart({ year, headingLevel = 2 }: { year: number; headingLevel?: 2 | 3 }) {
  const { t, language } = useI18n();
  const punctuality = useApi<Punctuality>(`/api/deadlines/punctuality${query({ year })}`);
  return (
    <Async loaded={punctuality}>
      {({ items }) => {
        if (items.length === 0) return <Empty>{t.noPunctuality(year)}</Empty>;
        const total = (key: (typeof counts)[number] | 'overdue') => items.reduce((sum, item) => sum + item[key], 0);
        return (
          <GroupedBarChart
            testId="punctuality-chart"
            headingLevel={headingLevel}
            title={t.punctualityChartTitle(year)}
            summary={t.punctualityChartSummary(
              total('due'),
              total('onTime'),
              total('late'),
              total('open'),
              total('overdue'),
            )}
            series={counts.map((key) => ({ key, label: t.punctualityCount[key], tableOnly: key === 'due' }))}
            groups={items.map((item) => ({
              key: item.centre.code,
              label: item.centre.code,
              longLabel: `${item.centre.code} – ${item.centre.name}`,
              values: counts.map((key) => item[key]),
            }))}
            footer={{ key: 'total', label: t.total, values: counts.map(total) }}
            format={(value) => formatNumber(value, language)}
            labelHeader={t.centre}
          />
        );
      }}
    </Async>
  );
}
