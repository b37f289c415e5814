// The report to read, one submitted version at a time (the latest first), with the changes from the
// version before it on request.
import { Checkbox, Field, Heading, Label, Paragraph, Select } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { formatTimestamp } from '../../format.js';
import { handInStatuses } from '../DeadlineTable.js';
import { useI18n } from '../../i18n.js';
import type { AnnualReport, ReportVersionContent } from '../../types.js';
import { useApi } from '../../useApi.js';
import { Async, Empty } from '../States.js';
import { ReportContentView } from './ReportContentView.js';
import { reportChanges } from './reportChanges.js';
import { TextChanges } from './TextChanges.js';

export function ReportReader({ report }: { report: AnnualReport }) {
  const { t, language } = useI18n();
  const latest = report.versions.length;
  const [chosen, setChosen] = useState(latest);
  const [showChanges, setShowChanges] = useState(false);
  const path = `/api/deadlines/${report.deadline.id}/report/versions`;
  const version = useApi<ReportVersionContent>(chosen > 0 ? `${path}/${chosen}` : null);
  // A deadline met or cancelled outside the form is explained by the page (ReportPage).
  if (latest === 0) return handInStatuses.has(report.deadline.status) ? <Empty>{t.reportNotSubmitted}</Empty> : null;
  const picked = report.versions.find((v) => v.version === chosen);
  return (
    <>
      <div className="filter-row report-versions">
        <Field>
          <Label htmlFor="report-version">{t.reportVersion}</Label>
          <Select
            id="report-version"
            width="auto"
            value={String(chosen)}
            onChange={(event) => setChosen(Number(event.target.value))}
          >
            {report.versions.map((v) => (
              <Select.Option key={v.version} value={String(v.version)}>
                {t.reportVersionName(v.version)}
              </Select.Option>
            ))}
          </Select>
        </Field>
        {chosen > 1 && (
          <Checkbox
            label={t.reportShowChanges}
            checked={showChanges}
            onChange={(event) => setShowChanges(event.target.checked)}
          />
        )}
      </div>
      {picked && (
        <Paragraph data-size="sm" className="muted">
          {t.reportVersionOf(picked.version, picked.submittedBy ?? '–', formatTimestamp(picked.submittedAt, language))}
        </Paragraph>
      )}
      {showChanges && chosen > 1 && <VersionChanges report={report} path={path} from={chosen - 1} to={chosen} />}
      <Async loaded={version}>{(v) => <ReportContentView content={v.content} basis={report.basis} />}</Async>
    </>
  );
}

function VersionChanges({ report, path, from, to }: { report: AnnualReport; path: string; from: number; to: number }) {
  const { t } = useI18n();
  const before = useApi<ReportVersionContent>(`${path}/${from}`);
  const after = useApi<ReportVersionContent>(`${path}/${to}`);
  return (
    <section aria-labelledby="report-changes" className="report-changes" data-testid="report-changes">
      <Heading level={2} data-size="sm" id="report-changes">
        {t.reportChangesTitle(from, to)}
      </Heading>
      <Async loaded={before}>
        {(old) => (
          <Async loaded={after}>
            {(current) => {
              const changes = reportChanges(old.content, current.content, report.basis, t);
              return changes.length === 0 ? (
                <Empty>{t.reportNoChanges}</Empty>
              ) : (
                <>
                  <Paragraph>{t.reportChangeCount(changes.length)}</Paragraph>
                  {changes.map((change) => (
                    <TextChanges key={change.key} change={change} />
                  ))}
                </>
              );
            }}
          </Async>
        )}
      </Async>
    </section>
  );
}
