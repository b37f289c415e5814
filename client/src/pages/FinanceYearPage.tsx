// Finance sets up a year's budget: copy last year's budget lines and frames into it (all centres or
// one; only the missing ones once the year has frames), change amounts in kroner in place, and move
// the frames in and out as Excel/CSV. Buttons follow the server's abilities, not roles.
import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import { api, asApiError, query } from '../api.js';
import type { ApiError } from '../api.js';
import { useAbilities } from '../auth.js';
import { Async, Empty, ErrorState } from '../components/States.js';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { FinanceFilters, useFinanceFilters } from '../components/finance/FinanceFilters.js';
import { FrameAmountField } from '../components/finance/FrameAmountField.js';
import { FrameSpreadsheets } from '../components/finance/FrameSpreadsheets.js';
import { formatMoney } from '../../../common/money.js';
import { currentYear } from '../format.js';
import { useI18n } from '../i18n.js';
import { usePageTitle } from '../useApi.js';
import { useAllPages } from '../usePagedApi.js';
import type { FrameCopyResult, FrameListItem } from '../types.js';

export function FinanceYearPage() {
  const { t } = useI18n();
  const abilities = useAbilities();
  const filters = useFinanceFilters(currentYear() + 1);
  const { year, centre } = filters;
  const [announcement, setAnnouncement] = useState('');
  usePageTitle(t.financeYearTitle(year));
  // Every frame of the year: the table's total is the year's, never one page's.
  const frames = useAllPages<FrameListItem>(`/api/budget-frames${query({ year, centre })}`);
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.financeYearTitle(year)}
      </Heading>
      <Paragraph>{t.financeYearIntro}</Paragraph>
      <FinanceFilters filters={filters} />
      {abilities.copyBudgetFrames && (
        <CopyFrames
          year={year}
          centre={centre}
          hasFrames={(frames.data?.total ?? 0) > 0}
          onCopied={() => frames.reload()}
        />
      )}
      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      <Async loaded={frames}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty>{t.noFrames(year)}</Empty>
          ) : (
            <>
              <ScrollRegion label={t.financeYearTitle(year)}>
                <Table zebra border data-testid="year-frames">
                  <caption>{t.financeYearTitle(year)}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t.centre}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.budgetLine}</Table.HeaderCell>
                      <Table.HeaderCell scope="col" className="numeric">
                        {t.frame}
                      </Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {page.items.map((frame) => (
                      <Table.Row key={frame.id}>
                        <Table.HeaderCell scope="row">{frame.centre.code}</Table.HeaderCell>
                        <Table.Cell>
                          {t.chapterItem(frame.budgetLine.chapter, frame.budgetLine.item)} – {frame.budgetLine.name}
                        </Table.Cell>
                        <Table.Cell className="numeric">
                          <FrameAmountField
                            frame={frame}
                            canEdit={frame.abilities.update}
                            onSaved={(what, amountOre) => {
                              setAnnouncement(t.frameSaved(what, formatMoney(amountOre)));
                              frames.reload();
                            }}
                          />
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                  <Table.Foot>
                    <Table.Row>
                      <Table.HeaderCell scope="row" colSpan={2}>
                        {t.total}
                      </Table.HeaderCell>
                      <Table.Cell className="numeric">
                        {formatMoney(page.items.reduce((sum, frame) => sum + frame.amountOre, 0))}
                      </Table.Cell>
                    </Table.Row>
                  </Table.Foot>
                </Table>
              </ScrollRegion>
            </>
          )
        }
      </Async>
      <FrameSpreadsheets year={year} canImport={abilities.importBudgetFrames} onImported={() => frames.reload()} />
    </>
  );
}

/** Copies the year before's lines and frames into `year`; once the year has frames, only the missing ones. */
function CopyFrames({
  year,
  centre,
  hasFrames,
  onCopied,
}: {
  year: number;
  centre: string;
  hasFrames: boolean;
  onCopied: () => void;
}) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    setDone('');
    setError(null);
  }, [year, centre]);
  useEffect(() => {
    if (done || error) result.current?.focus();
  }, [done, error]);
  const fromYear = year - 1;
  const copy = () => {
    setBusy(true);
    setDone('');
    setError(null);
    api<FrameCopyResult>('/api/budget-frames/copy', {
      method: 'POST',
      body: { fromYear, toYear: year, onlyMissing: hasFrames, ...(centre ? { centre } : {}) },
    })
      .then((copied) => {
        setDone(t.framesCopied(copied.framesCreated, copied.linesCreated, copied.fromYear, copied.toYear));
        onCopied();
      })
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="copy-frames" className="copy-frames">
      <Heading level={2} data-size="sm" id="copy-frames">
        {t.copyFramesTitle}
      </Heading>
      <Paragraph data-size="sm">
        {hasFrames ? t.copyMissingHelp(fromYear, year) : t.copyFramesHelp(fromYear, year)}
      </Paragraph>
      <Button onClick={copy} disabled={busy}>
        {busy ? t.saving : hasFrames ? t.copyMissingFrames(fromYear) : t.copyFrames(fromYear)}
      </Button>
      <div ref={result} tabIndex={-1} className="result-region">
        {done && (
          <Alert data-color="success" role="status">
            {done}
          </Alert>
        )}
        {error && <ErrorState error={error} />}
      </div>
    </section>
  );
}
