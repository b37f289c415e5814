// The centre writes its report: a summary, each assignment, each priority area and the activity
// figures, saved as it goes; then submits it. The form starts from the report as loaded and is then
// the one truth on screen (answers to saves update only "saved at", never the text being typed).
import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import { api } from '../../api.js';
import type { ApiError } from '../../api.js';
import { useI18n } from '../../i18n.js';
import type { AnnualReport, ReportContent } from '../../types.js';
import { Empty, ErrorState } from '../States.js';
import { ActivityFiguresInput } from './ActivityFiguresInput.js';
import { AssignmentReportFields } from './AssignmentReportFields.js';
import { AutosaveStatus } from './AutosaveStatus.js';
import { contentOf, formOf, problemsByField } from './reportForm.js';
import type { ReportForm } from './reportForm.js';
import { SubmitReport } from './SubmitReport.js';
import { useAutosave } from './useAutosave.js';

export function ReportEditor({
  report,
  onSaved,
  onSubmitted,
}: {
  report: AnnualReport;
  onSaved: (report: AnnualReport) => void;
  onSubmitted: (report: AnnualReport) => void;
}) {
  const { t } = useI18n();
  const { basis } = report;
  const [form, setForm] = useState(() => formOf(report.content, basis));
  const [sent, setSent] = useState<ReportContent | null>(null);
  const [submitError, setSubmitError] = useState<ApiError | null>(null);

  const save = useCallback(
    async (value: ReportForm) => {
      const content = contentOf(value, basis);
      setSent(content);
      const saved = await api<AnnualReport>(`/api/deadlines/${report.deadline.id}/report`, {
        method: 'PUT',
        body: { content },
      });
      onSaved(saved);
      return saved;
    },
    [basis, report.deadline.id, onSaved],
  );
  const autosave = useAutosave(save);
  const saveError = autosave.status.state === 'failed' ? autosave.status.error : null;
  const problems = { ...problemsByField(saveError, sent), ...problemsByField(submitError, null) };

  const change = (next: ReportForm) => {
    setForm(next);
    autosave.changed(next);
  };

  return (
    <>
      <form
        className="report-form"
        noValidate
        aria-label={t.writeReport}
        onSubmit={(event) => event.preventDefault()}
        onBlur={() => void autosave.flush()}
      >
        <AutosaveStatus status={autosave.status} onRetry={() => void autosave.flush()} />
        <section aria-labelledby="report-summary">
          <Heading level={2} data-size="sm" id="report-summary">
            {t.reportSummary}
          </Heading>
          <Textfield
            label={t.reportSummary}
            description={t.reportSummaryHelp}
            multiline
            rows={4}
            value={form.summary}
            error={problems.summary}
            onChange={(event) => change({ ...form, summary: event.target.value })}
          />
        </section>
        <section aria-labelledby="report-assignments">
          <Heading level={2} data-size="sm" id="report-assignments">
            {t.reportAssignments}
          </Heading>
          {basis.assignments.length === 0 && <Empty>{t.reportNoAssignments}</Empty>}
          {basis.assignments.map((assignment) => (
            <AssignmentReportFields
              key={assignment.id}
              assignment={assignment}
              entry={form.assignments[assignment.id]!}
              problems={problems}
              onChange={(entryChange) => {
                if (entryChange.status) setSubmitError(null);
                change({
                  ...form,
                  assignments: {
                    ...form.assignments,
                    [assignment.id]: { ...form.assignments[assignment.id]!, ...entryChange },
                  },
                });
              }}
            />
          ))}
        </section>
        <section aria-labelledby="report-areas">
          <Heading level={2} data-size="sm" id="report-areas">
            {t.reportPriorityAreas}
          </Heading>
          {basis.priorityAreas.length === 0 && <Empty>{t.reportNoPriorityAreas}</Empty>}
          {basis.priorityAreas.map((area) => (
            <Textfield
              key={area.id}
              label={t.reportNarrative(area.title)}
              multiline
              rows={3}
              value={form.areas[area.id] ?? ''}
              error={problems[`area.${area.id}`]}
              onChange={(event) => change({ ...form, areas: { ...form.areas, [area.id]: event.target.value } })}
            />
          ))}
        </section>
        <section aria-labelledby="report-activities">
          <Heading level={2} data-size="sm" id="report-activities">
            {t.reportActivities}
          </Heading>
          <Paragraph data-size="sm">{t.reportActivitiesHelp}</Paragraph>
          <ActivityFiguresInput
            figures={form.activities}
            problems={problems}
            onChange={(channel, figures) =>
              change({
                ...form,
                activities: { ...form.activities, [channel]: { ...form.activities[channel], ...figures } },
              })
            }
          />
        </section>
      </form>
      {submitError && <ErrorState error={submitError} />}
      <SubmitReport
        deadlineId={report.deadline.id}
        saveFirst={autosave.flush}
        onSubmitted={onSubmitted}
        onFailed={setSubmitError}
      />
    </>
  );
}
