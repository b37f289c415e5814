// The assessments of a report, per assignment and for the whole: the current one, the history
// (replaced ones marked «Erstattet»), and for the case officer a form for a new one. The centre sees
// them once the report is accepted (abilities.readAssessments).
import { Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { formatTimestamp } from '../../format.js';
import { useI18n } from '../../i18n.js';
import type { AnnualReport, ReportAssessment } from '../../types.js';
import { AssessmentForm } from './AssessmentForm.js';

export function ReportAssessments({
  report,
  onAssessed,
}: {
  report: AnnualReport;
  onAssessed: (report: AnnualReport) => void;
}) {
  const { t } = useI18n();
  const targets = [
    ...report.basis.assignments.map((a) => ({
      assignmentId: a.id,
      title: t.reportAssignmentHeading(a.rank, a.title),
    })),
    { assignmentId: null, title: t.assessmentWhole },
  ];
  return (
    <section aria-labelledby="report-assessments" className="report-assessments" data-testid="report-assessments">
      <Heading level={2} data-size="sm" id="report-assessments">
        {t.assessmentsTitle}
      </Heading>
      {targets.map(({ assignmentId, title }) => {
        const own = report.assessments.filter((a) => a.assignmentId === assignmentId);
        const current = own.find((a) => a.current);
        const key = assignmentId ?? 'whole';
        return (
          <div key={key} className="assessment-target" data-testid={`assessment-${key}`}>
            <Heading level={3} data-size="xs">
              {title}
            </Heading>
            {current ? (
              <AssessmentEntry assessment={current} />
            ) : (
              <Paragraph className="muted">{t.assessmentNone}</Paragraph>
            )}
            {own.length > 1 && (
              <Details>
                <Details.Summary>{t.assessmentHistory(own.length)}</Details.Summary>
                <Details.Content>
                  <ol className="plain-list">
                    {[...own].reverse().map((assessment) => (
                      <li key={assessment.id} className="assessment-old">
                        <AssessmentEntry assessment={assessment} />
                      </li>
                    ))}
                  </ol>
                </Details.Content>
              </Details>
            )}
            {report.abilities.assess && (
              <AssessmentForm
                key={`${key}-${own.length}`}
                report={report}
                assignmentId={assignmentId}
                onSaved={onAssessed}
              />
            )}
          </div>
        );
      })}
    </section>
  );
}

function AssessmentEntry({ assessment }: { assessment: ReportAssessment }) {
  const { t, language } = useI18n();
  return (
    <div className="assessment-entry">
      <Paragraph>
        <Tag data-color={assessment.current ? 'info' : 'neutral'}>{t.achievementNames[assessment.achievement]}</Tag>{' '}
        {!assessment.current && <Tag data-color="warning">{t.assessmentReplaced}</Tag>}{' '}
        <span className="muted">
          {t.assessmentBy(assessment.assessedBy ?? '–', formatTimestamp(assessment.createdAt, language))}
        </span>
      </Paragraph>
      <Paragraph className="report-prose">
        <strong>{t.assessmentJustification}:</strong> {assessment.justification}
      </Paragraph>
      {assessment.moneyControl && (
        <Paragraph className="report-prose">
          <strong>{t.assessmentMoneyControl}:</strong> {assessment.moneyControl}
        </Paragraph>
      )}
    </div>
  );
}
