// The results portfolio for the directorate: over a span of years, each centre's special
// assignments by goal achievement (chart with its table) and by reported status, joint assignments
// rolled up over their centres, and the activity figures per channel and year; as Excel too.
import { Heading, Link, Paragraph, Table } from '@digdir/designsystemet-react';
import { query } from '../api.js';
import { GroupedBarChart } from '../components/GroupedBarChart.js';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { Async, Empty } from '../components/States.js';
import { YearSelect } from '../components/YearSelect.js';
import { formatNumber } from '../format.js';
import { useI18n } from '../i18n.js';
import type { Dictionary } from '../i18n.js';
import { achievements, activityChannels, reportAssignmentStatuses } from '../types.js';
import type { ResultsPortfolio } from '../types.js';
import { useApi, usePageTitle } from '../useApi.js';
import { useSearchParams } from 'react-router';
import { useUrlParamsUpdate } from '../useUrlParams.js';

const MAX_SPAN = 20;
const achievementKeys = [...achievements, 'unassessed'] as const;
const statusKeys = [...reportAssignmentStatuses, 'none'] as const;
const channelKeys = activityChannels;

export function ResultsPage() {
  const { t } = useI18n();
  usePageTitle(t.resultsTitle);
  const thisYear = new Date().getFullYear();
  const [params] = useSearchParams();
  const update = useUrlParamsUpdate();
  const fromYear = Number(params.get('fra')) || thisYear - 2;
  // The server takes at most MAX_SPAN years at a time, from the first year on.
  const toYear = Math.min(Math.max(fromYear, Number(params.get('til')) || thisYear), fromYear + MAX_SPAN - 1);
  const years = [...new Set([...Array.from({ length: 16 }, (_, i) => thisYear + 1 - i), fromYear, toYear])].sort(
    (a, b) => b - a,
  );
  const span = query({ fromYear, toYear });
  const results = useApi<ResultsPortfolio>(`/api/results${span}`);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.resultsTitle}
      </Heading>
      <Paragraph>{t.resultsIntro}</Paragraph>
      <div className="filter-row">
        <YearSelect
          label={t.resultsFrom}
          value={fromYear}
          years={years}
          onChange={(year) =>
            update((next) => {
              next.set('fra', String(year));
              next.set('til', String(Math.min(Math.max(year, toYear), year + MAX_SPAN - 1)));
            })
          }
        />
        <YearSelect
          label={t.resultsTo}
          value={toYear}
          years={years.filter((year) => year >= fromYear && year < fromYear + MAX_SPAN)}
          onChange={(year) => update((next) => next.set('til', String(year)))}
        />
        <Link href={`/api/results/export.xlsx${span}`} download>
          {t.resultsExcel}
        </Link>
      </div>
      <Async loaded={results}>
        {(data) =>
          data.centres.length === 0 ? (
            <Empty>{t.resultsEmpty(fromYear, toYear)}</Empty>
          ) : (
            <>
              <AchievementChart data={data} t={t} />
              <StatusTable data={data} t={t} />
              <JointTable data={data} t={t} />
              <ActivitiesChart data={data} t={t} />
            </>
          )
        }
      </Async>
    </>
  );
}

type Part = { data: ResultsPortfolio; t: Dictionary };
const rowLabel = (row: ResultsPortfolio['centres'][number]) => `${row.centre.code} ${row.year}`;

function AchievementChart({ data, t }: Part) {
  const { language } = useI18n();
  const assignments = data.centres.reduce((sum, row) => sum + row.assignments, 0);
  const assessed = data.centres.reduce((sum, row) => sum + row.assignments - row.byAchievement.unassessed, 0);
  return (
    <GroupedBarChart
      testId="results-achievement"
      title={t.resultsAchievementTitle}
      summary={t.resultsAchievementSummary(data.centres.length, assessed, assignments)}
      series={achievementKeys.map((key) => ({ key, label: t.resultsAchievement[key] }))}
      groups={data.centres.map((row) => ({
        key: `${row.centre.code}-${row.year}`,
        label: rowLabel(row),
        longLabel: `${row.centre.code} – ${row.centre.name}, ${row.year}`,
        values: achievementKeys.map((key) => row.byAchievement[key]),
      }))}
      format={(value) => formatNumber(value, language)}
      labelHeader={t.resultsCentreYear}
    />
  );
}

function StatusTable({ data, t }: Part) {
  return (
    <section aria-labelledby="results-status">
      <Heading level={2} data-size="xs" id="results-status">
        {t.resultsStatusTitle}
      </Heading>
      <ScrollRegion label={t.resultsStatusTitle}>
        <Table zebra border data-testid="results-status">
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t.resultsCentreYear}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.resultsReport}</Table.HeaderCell>
              {statusKeys.map((key) => (
                <Table.HeaderCell key={key} scope="col">
                  {t.resultsStatus[key]}
                </Table.HeaderCell>
              ))}
              <Table.HeaderCell scope="col">{t.resultsOverall}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.centres.map((row) => (
              <Table.Row key={`${row.centre.code}-${row.year}`}>
                <Table.HeaderCell scope="row">{rowLabel(row)}</Table.HeaderCell>
                <Table.Cell>{t.resultsReportStatus[row.reportStatus]}</Table.Cell>
                {statusKeys.map((key) => (
                  <Table.Cell key={key}>{row.byStatus[key]}</Table.Cell>
                ))}
                <Table.Cell>
                  {row.overall ? t.resultsAchievement[row.overall] : t.resultsAchievement.unassessed}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </ScrollRegion>
    </section>
  );
}

function JointTable({ data, t }: Part) {
  return (
    <section aria-labelledby="results-joint">
      <Heading level={2} data-size="xs" id="results-joint">
        {t.resultsJointTitle}
      </Heading>
      {data.joint.length === 0 ? (
        <Empty>{t.resultsJointEmpty}</Empty>
      ) : (
        <ScrollRegion label={t.resultsJointTitle}>
          <Table zebra border data-testid="results-joint">
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.resultsJointTitle}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.resultsJointCentres}</Table.HeaderCell>
                {achievementKeys.map((key) => (
                  <Table.HeaderCell key={key} scope="col">
                    {t.resultsAchievement[key]}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.joint.map((row) => (
                <Table.Row key={row.id}>
                  <Table.HeaderCell scope="row">
                    {row.title} ({row.year})
                  </Table.HeaderCell>
                  <Table.Cell>{row.centres.join(', ')}</Table.Cell>
                  {achievementKeys.map((key) => (
                    <Table.Cell key={key}>{row.byAchievement[key]}</Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </ScrollRegion>
      )}
    </section>
  );
}

function ActivitiesChart({ data, t }: Part) {
  const { language } = useI18n();
  const years = [...new Set(data.activities.map((row) => row.year))].sort();
  if (years.length === 0) return <Empty>{t.resultsActivitiesEmpty}</Empty>;
  const countOf = (channel: string, year: number) =>
    data.activities.find((row) => row.channel === channel && row.year === year)?.count ?? 0;
  const channels = channelKeys.filter((channel) => years.some((year) => countOf(channel, year) > 0));
  const total = data.activities.reduce((sum, row) => sum + row.count, 0);
  return (
    <GroupedBarChart
      testId="results-activities"
      title={t.resultsActivitiesTitle}
      summary={t.resultsActivitiesSummary(total)}
      series={years.map((year) => ({ key: String(year), label: String(year) }))}
      groups={channels.map((channel) => ({
        key: channel,
        label: t.resultsChannels[channel],
        values: years.map((year) => countOf(channel, year)),
      }))}
      format={(value) => formatNumber(value, language)}
      labelHeader={t.resultsChannel}
    />
  );
}
