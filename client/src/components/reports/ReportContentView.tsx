// A report as submitted, to read: the summary, each assignment with its status and texts, each
// priority area, and the activity figures.
import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { formatNumber } from '../../format.js';
import { useI18n } from '../../i18n.js';
import { activityChannels } from '../../types.js';
import type { ReportBasis, ReportContent } from '../../types.js';
import { Empty } from '../States.js';
import { ScrollRegion } from '../ScrollRegion.js';
import { assignmentTexts } from './reportForm.js';

function Prose({ text }: { text: string }) {
  const { t } = useI18n();
  return text.trim() ? (
    <Paragraph className="report-prose">{text}</Paragraph>
  ) : (
    <Paragraph className="muted">{t.reportEmptyText}</Paragraph>
  );
}

export function ReportContentView({ content, basis }: { content: ReportContent; basis: ReportBasis }) {
  const { t, language } = useI18n();
  const activities = activityChannels.flatMap((channel) => content.activities.filter((a) => a.channel === channel));
  return (
    <div className="report-content" data-testid="report-content">
      <section aria-labelledby="read-summary">
        <Heading level={2} data-size="sm" id="read-summary">
          {t.reportSummary}
        </Heading>
        <Prose text={content.summary} />
      </section>
      <section aria-labelledby="read-assignments">
        <Heading level={2} data-size="sm" id="read-assignments">
          {t.reportAssignments}
        </Heading>
        {basis.assignments.length === 0 && <Empty>{t.reportNoAssignments}</Empty>}
        {basis.assignments.map((assignment) => {
          const entry = content.assignments.find((a) => a.assignmentId === assignment.id);
          return (
            <article
              key={assignment.id}
              className="report-assignment"
              aria-labelledby={`read-assignment-${assignment.id}`}
            >
              <Heading level={3} data-size="xs" id={`read-assignment-${assignment.id}`}>
                {t.reportAssignmentHeading(assignment.rank, assignment.title)}
              </Heading>
              <Paragraph>
                {t.reportAssignmentStatus}:{' '}
                <Tag data-color="neutral">
                  {entry?.status ? t.reportAssignmentStatusNames[entry.status] : t.reportNoStatus}
                </Tag>
              </Paragraph>
              <dl className="report-texts">
                {assignmentTexts.map((name) => (
                  <div key={name}>
                    <dt>{t.reportFieldNames[name]}</dt>
                    <dd>
                      <Prose text={entry?.[name] ?? ''} />
                    </dd>
                  </div>
                ))}
              </dl>
            </article>
          );
        })}
      </section>
      <section aria-labelledby="read-areas">
        <Heading level={2} data-size="sm" id="read-areas">
          {t.reportPriorityAreas}
        </Heading>
        {basis.priorityAreas.length === 0 && <Empty>{t.reportNoPriorityAreas}</Empty>}
        {basis.priorityAreas.map((area) => (
          <div key={area.id}>
            <Heading level={3} data-size="xs">
              {area.title}
            </Heading>
            <Prose text={content.priorityAreas.find((a) => a.priorityAreaId === area.id)?.narrative ?? ''} />
          </div>
        ))}
      </section>
      <section aria-labelledby="read-activities">
        <Heading level={2} data-size="sm" id="read-activities">
          {t.reportActivities}
        </Heading>
        {activities.length === 0 ? (
          <Empty>{t.reportNoActivities}</Empty>
        ) : (
          <ScrollRegion label={t.reportActivities}>
            <Table zebra border data-testid="activity-figures">
              <caption className="visually-hidden">{t.reportActivities}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.reportChannel}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {t.reportCount}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {t.reportParticipants}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {activities.map((row) => (
                  <Table.Row key={row.channel}>
                    <Table.HeaderCell scope="row">{t.reportChannels[row.channel]}</Table.HeaderCell>
                    <Table.Cell className="numeric">{formatNumber(row.count, language)}</Table.Cell>
                    <Table.Cell className="numeric">{formatNumber(row.participants, language)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </ScrollRegion>
        )}
      </section>
    </div>
  );
}
