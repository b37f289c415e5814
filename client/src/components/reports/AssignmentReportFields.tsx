// One special assignment in the report form: its title as the fieldset's heading, a status and the
// four texts (what was done, results, deviations and why, next steps).
import {
  Field,
  Fieldset,
  Heading,
  Label,
  Paragraph,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useI18n } from '../../i18n.js';
import { reportAssignmentStatuses } from '../../types.js';
import type { ReportAssignmentStatus, ReportBasis } from '../../types.js';
import { assignmentTexts } from './reportForm.js';
import type { ReportForm } from './reportForm.js';

type Entry = ReportForm['assignments'][number];

export function AssignmentReportFields({
  assignment,
  entry,
  problems,
  onChange,
}: {
  assignment: ReportBasis['assignments'][number];
  entry: Entry;
  problems: Record<string, string>;
  onChange: (change: Partial<Entry>) => void;
}) {
  const { t } = useI18n();
  const key = `assignment.${assignment.id}`;
  const statusId = `report-${key}-status`;
  const statusProblem = problems[`${key}.status`];
  return (
    <Fieldset className="report-assignment" id={`rapport-oppdrag-${assignment.id}`}>
      <Fieldset.Legend>
        <Heading level={3} data-size="xs">
          {t.reportAssignmentHeading(assignment.rank, assignment.title)}
        </Heading>
      </Fieldset.Legend>
      {assignment.description && (
        <Paragraph data-size="sm" className="muted">
          {assignment.description}
        </Paragraph>
      )}
      <Field>
        <Label htmlFor={statusId}>{t.reportAssignmentStatus}</Label>
        <Select
          id={statusId}
          width="auto"
          value={entry.status ?? ''}
          aria-invalid={statusProblem ? true : undefined}
          aria-describedby={statusProblem ? `${statusId}-error` : undefined}
          onChange={(event) => onChange({ status: (event.target.value || null) as ReportAssignmentStatus | null })}
        >
          <Select.Option value="">{t.reportChooseStatus}</Select.Option>
          {reportAssignmentStatuses.map((status) => (
            <Select.Option key={status} value={status}>
              {t.reportAssignmentStatusNames[status]}
            </Select.Option>
          ))}
        </Select>
        {statusProblem && <ValidationMessage id={`${statusId}-error`}>{statusProblem}</ValidationMessage>}
      </Field>
      {assignmentTexts.map((name) => (
        <Textfield
          key={name}
          label={t.reportFieldNames[name]}
          multiline
          rows={3}
          value={entry[name]}
          error={problems[`${key}.${name}`]}
          onChange={(event) => onChange({ [name]: event.target.value })}
        />
      ))}
    </Fieldset>
  );
}
