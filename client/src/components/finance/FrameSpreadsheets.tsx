// The year's frames as files: Excel and CSV downloads (the portfolio export, whose "Rammer" sheet
// is the import's format) and an Excel or CSV import that either sets every row's frame or, when any row
// has a problem, imports nothing and lists each problem by row and column as the server names them.
import { Alert, Button, Heading, Link, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, asApiError, query } from '../../api.js';
import type { ApiError } from '../../api.js';
import { formatMoney } from '../../../../common/money.js';
import { useI18n } from '../../i18n.js';
import { ErrorState } from '../States.js';

interface ImportResult {
  sheet: string;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  totalOre: number;
}

export function FrameSpreadsheets({
  year,
  canImport,
  onImported,
}: {
  year: number;
  canImport: boolean;
  onImported: () => void;
}) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done || error) result.current?.focus();
  }, [done, error]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    setError(null);
    if (!file) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const form = new FormData();
    form.append('file', file);
    setBusy(true);
    api<ImportResult>('/api/budget-frames/import', { method: 'POST', body: form })
      .then((imported) => {
        setDone(t.framesImported(imported.rows, imported.created, imported.updated, formatMoney(imported.totalOre)));
        onImported();
      })
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  const sheetProblems = error?.errors.filter((problem) => problem.row !== undefined || problem.column !== undefined);
  return (
    <section aria-labelledby="frame-files" className="frame-files">
      <Heading level={2} data-size="sm" id="frame-files">
        {t.frameFilesTitle}
      </Heading>
      <div className="item-buttons">
        <Link href={`/api/portfolio/export.xlsx${query({ year })}`} download>
          {t.downloadExcel(year)}
        </Link>
        <Link href={`/api/portfolio/export.csv${query({ year })}`} download>
          {t.downloadCsv(year)}
        </Link>
      </div>
      {canImport && (
        <form onSubmit={submit} className="form-stack" noValidate>
          <Paragraph data-size="sm">{t.frameImportHelp}</Paragraph>
          <Textfield
            label={t.frameImportFile}
            type="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            error={missing ? t.required : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <div>
            <Button type="submit" disabled={busy}>
              {busy ? t.saving : t.frameImportButton}
            </Button>
          </div>
        </form>
      )}
      <div ref={result} tabIndex={-1} className="result-region">
        {done && (
          <Alert data-color="success" role="status">
            {done}
          </Alert>
        )}
        {error && sheetProblems && sheetProblems.length > 0 ? (
          <Alert data-color="danger" role="alert">
            <Paragraph>{t.frameImportProblems(sheetProblems.length)}</Paragraph>
            <Table data-size="sm">
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.sheetRow}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.sheetColumn}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.sheetProblem}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {sheetProblems.map((problem, index) => (
                  <Table.Row key={index}>
                    <Table.Cell>{problem.row ?? t.none}</Table.Cell>
                    <Table.Cell>{problem.column ?? t.none}</Table.Cell>
                    <Table.Cell>{problem.message}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </Alert>
        ) : (
          error && <ErrorState error={error} />
        )}
      </div>
    </section>
  );
}
