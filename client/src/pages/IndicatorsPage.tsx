// The municipal survey per centre: share in contact (all centres), contact channels (one centre),
// the share over time — each chart with its table — and CSV import of a new year.
import {
  Alert,
  Button,
  Field,
  Heading,
  Label,
  Paragraph,
  Select,
  Table,
  Textfield,
} from '@digdir/designsystemet-react';
import { useEffect, useId, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { api, ApiError, query } from '../api.js';
import { useAbilities, useUser } from '../auth.js';
import { BarChart } from '../components/BarChart.js';
import { Async, Empty, ErrorState } from '../components/States.js';
import { YearSelect } from '../components/YearSelect.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import { surveyChannels } from '../types.js';
import type { Page, SurveyIndicator } from '../types.js';
import { ScrollRegion } from '../components/ScrollRegion.js';

export function IndicatorsPage() {
  const { t } = useI18n();
  const user = useUser();
  usePageTitle(t.indicatorsTitle);
  const years = useApi<{ years: number[] }>('/api/indicators/years');
  const [year, setYear] = useState<number | null>(null);
  const shownYear = year ?? years.data?.years[0] ?? null;
  const canImport = useAbilities().importIndicators;

  return (
    <>
      <Heading level={1} data-size="lg">
        {t.indicatorsTitle}
      </Heading>
      <Paragraph>{t.indicatorsIntro}</Paragraph>
      <Async loaded={years}>
        {({ years: list }) =>
          list.length === 0 || shownYear === null ? (
            <Empty>{user.centre ? t.noIndicatorsCentre : t.noIndicators}</Empty>
          ) : (
            <>
              <YearSelect value={shownYear} years={list} onChange={setYear} label={t.surveyYear} />
              <YearFigures year={shownYear} />
              <History />
            </>
          )
        }
      </Async>
      {canImport && (
        <ImportForm
          onImported={(imported) => {
            years.reload();
            setYear(imported);
          }}
        />
      )}
    </>
  );
}

const label = (indicator: SurveyIndicator, groupLabel: (code: string) => string) =>
  indicator.kind === 'group' ? groupLabel(indicator.code) : `${indicator.code} – ${indicator.name}`;

function YearFigures({ year }: { year: number }) {
  const { t } = useI18n();
  const figures = useApi<Page<SurveyIndicator>>(`/api/indicators${query({ year, pageSize: 200 })}`);
  const [selected, setSelected] = useState<string | null>(null);
  const selectId = useId();
  return (
    <Async loaded={figures}>
      {(page) => {
        const rows = [...page.items].sort((a, b) => (b.contactedPct ?? -1) - (a.contactedPct ?? -1));
        if (rows.length === 0) return <Empty>{t.noIndicators}</Empty>;
        const withShare = rows.filter((row) => row.contactedPct !== null);
        const top = withShare[0];
        const bottom = withShare[withShare.length - 1];
        const withChannels = rows.filter((row) => row.channels);
        const chosen = withChannels.find((row) => row.code === selected) ?? withChannels[0];
        return (
          <>
            <BarChart
              title={t.contactedChartTitle(year)}
              summary={
                top && bottom
                  ? t.contactedChartSummary(top.code, top.contactedPct!, bottom.code, bottom.contactedPct!)
                  : ''
              }
              bars={rows.map((row) => ({
                key: row.code,
                label: row.code,
                longLabel: label(row, t.groupLabel),
                value: row.contactedPct,
              }))}
              max={100}
              unit=" %"
              labelHeader={t.centre}
              valueHeader={t.contactedShare}
            />
            <ScrollRegion label={t.respondents}>
              <Table zebra border data-size="sm" className="respondents">
                <caption>{t.respondents}</caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t.centre}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t.respondents}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {t.contactedShare}
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {rows.map((row) => (
                    <Table.Row key={row.code}>
                      <Table.HeaderCell scope="row">{label(row, t.groupLabel)}</Table.HeaderCell>
                      <Table.Cell className="numeric">{row.respondents ?? t.none}</Table.Cell>
                      <Table.Cell className="numeric">
                        {row.contactedPct === null ? t.none : `${row.contactedPct} %`}
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </ScrollRegion>
            {chosen?.channels ? (
              <>
                <Field className="year-select">
                  <Label htmlFor={selectId}>{t.channelFor}</Label>
                  <Select
                    id={selectId}
                    width="auto"
                    value={chosen.code}
                    onChange={(event) => setSelected(event.target.value)}
                  >
                    {withChannels.map((row) => (
                      <Select.Option key={row.code} value={row.code}>
                        {label(row, t.groupLabel)}
                      </Select.Option>
                    ))}
                  </Select>
                </Field>
                <BarChart
                  title={t.channelsChartTitle(chosen.code, year)}
                  summary={t.channelsChartSummary(chosen.respondents ?? 0)}
                  bars={surveyChannels.map((channel) => ({
                    key: channel,
                    label: t.channels[channel],
                    value: chosen.channels![channel],
                  }))}
                  max={Math.max(1, chosen.respondents ?? 0, ...surveyChannels.map((c) => chosen.channels![c] ?? 0))}
                  labelHeader={t.channel}
                  valueHeader={t.municipalities}
                />
              </>
            ) : (
              <Empty>{t.noChannels}</Empty>
            )}
          </>
        );
      }}
    </Async>
  );
}

/** Share in contact over the years, one row per centre: a table (few points per centre). */
function History() {
  const { t } = useI18n();
  const all = useApi<Page<SurveyIndicator>>('/api/indicators?pageSize=200');
  return (
    <Async loaded={all}>
      {(page) => {
        const years = [...new Set(page.items.map((row) => row.year))].sort();
        if (years.length < 2) return null;
        const codes = [...new Set(page.items.map((row) => row.code))].sort();
        return (
          <ScrollRegion label={`${t.history}: ${t.contactedShare}`}>
            <Table zebra border data-size="sm">
              <caption>
                {t.history}: {t.contactedShare}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.centre}</Table.HeaderCell>
                  {years.map((year) => (
                    <Table.HeaderCell scope="col" key={year} className="numeric">
                      {year}
                    </Table.HeaderCell>
                  ))}
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {codes.map((code) => (
                  <Table.Row key={code}>
                    <Table.HeaderCell scope="row">{code}</Table.HeaderCell>
                    {years.map((year) => {
                      const row = page.items.find((r) => r.code === code && r.year === year);
                      return (
                        <Table.Cell key={year} className="numeric">
                          {row?.contactedPct == null ? t.none : `${row.contactedPct} %`}
                        </Table.Cell>
                      );
                    })}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        );
      }}
    </Async>
  );
}

function ImportForm({ onImported }: { onImported: (year: number) => void }) {
  const { t } = useI18n();
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [csv, setCsv] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => setMissing(false), [csv]);

  const readFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (file) void file.text().then(setCsv);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    setError(null);
    if (!csv.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    api<{ year: number; items: SurveyIndicator[] }>('/api/indicators/import', {
      method: 'POST',
      body: { year: Number(year), csv },
    })
      .then((result) => {
        setDone(t.importDone(result.items.length, result.year));
        onImported(result.year);
      })
      .catch((e: unknown) => setError(e instanceof ApiError ? e : new ApiError(0, 'network', undefined)))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="import-heading" className="import">
      <Heading level={2} data-size="sm" id="import-heading">
        {t.importTitle}
      </Heading>
      <Paragraph data-size="sm">{t.importHelp}</Paragraph>
      <form onSubmit={submit} className="form-stack" noValidate>
        <Textfield
          label={t.surveyYear}
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          value={year}
          onChange={(event) => setYear(event.target.value)}
        />
        <Textfield label={t.csvFile} type="file" accept=".csv,text/csv,text/plain" onChange={readFile} />
        <Textfield
          label={t.csvText}
          multiline
          rows={6}
          value={csv}
          onChange={(event) => setCsv(event.target.value)}
          error={missing ? t.importNeedsData : undefined}
        />
        <Button type="submit" disabled={busy}>
          {busy ? t.saving : t.importButton}
        </Button>
      </form>
      <div aria-live="polite">{done && <Alert data-color="success">{done}</Alert>}</div>
      {error && <ErrorState error={error} />}
    </section>
  );
}
