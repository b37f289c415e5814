// A centre's structured annual report (/deadlines/:id/rapport): the centre writes and submits it
// while it may (abilities.update), everyone else reads its submitted versions; the case officer
// assesses it and accepts or returns it here; the year's accounts stand beside it.
import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useCallback } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { ApiError } from '../api.js';
import { queryClient, invalidateApi } from '../queryClient.js';
import { Async, ErrorState } from '../components/States.js';
import { ResultMessage, useResultMessage } from '../components/ResultMessage.js';
import { ReviewForm } from '../components/ReviewForm.js';
import { ReportEditor } from '../components/reports/ReportEditor.js';
import { ReportReader } from '../components/reports/ReportReader.js';
import { handInStatuses } from '../components/DeadlineTable.js';
import { ReportAssessments } from '../components/reports/ReportAssessments.js';
import { ReportAccounts } from '../components/reports/ReportAccounts.js';
import { formatDate, formatTimestamp } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { AnnualReport, DeadlineDetail, DeadlineStatus } from '../types.js';
import { CommentThread } from '../components/CommentThread.js';

export function ReportPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const path = valid ? `/api/deadlines/${id}/report` : null;
  const report = useApi<AnnualReport>(path);
  const title = report.data ? t.reportPageTitle(report.data.centre.code, report.data.year) : t.deadlineKind.report;
  usePageTitle(title);
  if (!valid) return <ErrorState error={new ApiError(404, 'not-found', undefined)} />;
  return <Async loaded={report}>{(r) => <ReportView report={r} path={path!} title={title} />}</Async>;
}

function ReportView({ report, path, title }: { report: AnnualReport; path: string; title: string }) {
  const { t, language } = useI18n();
  const deadline = useApi<DeadlineDetail>(`/api/deadlines/${report.deadline.id}`);
  const result = useResultMessage();
  // An answer carrying the whole report goes into the cache as it is, so the page shows it at once
  // (a save changes only "saved at": the form keeps its own text).
  const show = useCallback((answer: AnnualReport) => queryClient.setQueryData([path], answer), [path]);
  const changed = (answer: AnnualReport, message: string) => {
    show(answer);
    result.show(message);
    void invalidateApi();
  };
  const lastVersion = report.versions.at(-1);
  // The deadline was met (files handed in) or cancelled while the form's report was not submitted.
  const closedOutsideForm =
    !handInStatuses.has(report.deadline.status) && report.status !== 'submitted' && report.status !== 'accepted';
  const canReview = deadline.data?.abilities.review && report.status === 'submitted';

  return (
    <article className="report-page">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      <Paragraph className="letter-meta">
        {report.centre.name} ·{' '}
        {/* Met by files or cancelled: the deadline's status says where the report stands, not the unsent form's. */}
        {closedOutsideForm
          ? t.deadlineStatus[report.deadline.status as DeadlineStatus]
          : t.reportStatusNames[report.status]}{' '}
        · {t.reportDeadline} {formatDate(report.deadline.dueDate, language)} ·{' '}
        <Link asChild>
          <RouterLink to={`/deadlines/${report.deadline.id}`}>{t.deadlineTitle(report.deadline.title)}</RouterLink>
        </Link>{' '}
        {report.letter && (
          <>
            ·{' '}
            <Link asChild>
              <RouterLink to={`/letters/${report.letter.id}`}>{report.letter.title}</RouterLink>
            </Link>
          </>
        )}
      </Paragraph>
      {!report.letter && <Paragraph data-testid="no-letter">{t.reportNoLetter(report.year)}</Paragraph>}
      <ResultMessage state={result} testId="report-result" />
      {closedOutsideForm && (
        <Paragraph data-testid="report-closed-outside-form">
          {report.deadline.status === 'cancelled' ? (
            t.reportDeadlineCancelled
          ) : (
            <>
              {t.reportHandedInAsFiles}{' '}
              <Link asChild>
                <RouterLink to={`/deadlines/${report.deadline.id}`}>{t.reportSeeHandIn}</RouterLink>
              </Link>
              .
            </>
          )}
        </Paragraph>
      )}
      {!closedOutsideForm && report.status === 'returned' && lastVersion?.returnComment && (
        <Alert data-color="warning" data-testid="return-comment">
          <Heading level={2} data-size="xs">
            {t.reportReturnedTitle}
          </Heading>
          <Paragraph>{t.reportReturnedBy(formatTimestamp(lastVersion.returnedAt, language))}</Paragraph>
          <Paragraph className="report-prose">{lastVersion.returnComment}</Paragraph>
        </Alert>
      )}
      {report.abilities.update ? (
        <ReportEditor
          key={`${report.status}-${report.version}`}
          report={report}
          onSaved={show}
          onSubmitted={(answer) => changed(answer, t.reportSubmitted(answer.version))}
        />
      ) : (
        <>
          {report.status === 'submitted' && !report.abilities.assess && <Paragraph>{t.reportSubmittedState}</Paragraph>}
          <ReportReader key={report.versions.length} report={report} />
        </>
      )}
      {report.abilities.readAssessments && report.versions.length > 0 && (
        <ReportAssessments report={report} onAssessed={(answer) => changed(answer, t.assessmentSaved)} />
      )}
      {canReview && deadline.data && (
        <ReviewForm
          deadline={deadline.data}
          structuredReport
          onDone={(decision) => {
            result.show(t.reviewDone[decision]);
            void invalidateApi();
          }}
        />
      )}
      <ReportAccounts report={report} />
      {/* The report's conversation is the deadline's thread: the same one its deadline page shows. */}
      <CommentThread subjectType="deadline" subjectId={report.deadline.id} anchor="kommentarer" />
    </article>
  );
}
