// Frame vs paid vs accounted per centre for one year, from GET /api/portfolio/summary, as a grouped bar
// chart with its table (and the totals) as the alternative.
import { query } from '../api.js';
import { formatMoney } from '../../../common/money.js';
import { useI18n } from '../i18n.js';
import { useApi } from '../useApi.js';
import type { PortfolioSummary, PortfolioFigures } from '../types.js';
import { GroupedBarChart } from './GroupedBarChart.js';
import { Async, Empty } from './States.js';

const drawnFigures = ['frameOre', 'paidOre', 'spentOre'] as const satisfies readonly (keyof PortfolioFigures)[];
const valuesOf = (figures: PortfolioFigures) => drawnFigures.map((key) => figures[key]);

export function PortfolioChart({ year, headingLevel = 2 }: { year: number; headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const portfolio = useApi<PortfolioSummary>(`/api/portfolio/summary${query({ year })}`);
  return (
    <Async loaded={portfolio}>
      {({ byCentre, totals }) =>
        byCentre.length === 0 ? (
          <Empty>{t.noPortfolio(year)}</Empty>
        ) : (
          <GroupedBarChart
            testId="portfolio-chart"
            headingLevel={headingLevel}
            title={t.portfolioChartTitle(year)}
            summary={t.portfolioChartSummary(
              formatMoney(totals.frameOre),
              formatMoney(totals.paidOre),
              formatMoney(totals.spentOre),
            )}
            series={drawnFigures.map((key) => ({ key, label: t.portfolioFigure[key] }))}
            groups={byCentre.map(({ centre, ...figures }) => ({
              key: centre.code,
              label: centre.code,
              longLabel: `${centre.code} – ${centre.name}`,
              values: valuesOf(figures),
            }))}
            footer={{ key: 'total', label: t.total, values: valuesOf(totals) }}
            format={formatMoney}
            labelHeader={t.centre}
          />
        )
      }
    </Async>
  );
}
