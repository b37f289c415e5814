// The case officer's assessment of one assignment or of the whole report: goal achievement with a
// justification, and for the whole the control of the funds with the accounts' variance beside it.
// Nothing recorded changes: after acceptance a new assessment is a correction of the last.
import { Button, Field, Label, Paragraph, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api, asApiError, fieldMessage } from '../../api.js';
import type { ApiError } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { achievements } from '../../types.js';
import type { Achievement, AnnualReport } from '../../types.js';
import { ErrorState } from '../States.js';
import { AccountsVariance } from './ReportAccounts.js';

export function AssessmentForm({
  report,
  assignmentId,
  onSaved,
}: {
  report: AnnualReport;
  /** null: the report as a whole. */
  assignmentId: number | null;
  onSaved: (report: AnnualReport) => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const whole = assignmentId === null;
  const correction = report.status === 'accepted';
  const [achievement, setAchievement] = useState<Achievement | ''>('');
  const [justification, setJustification] = useState('');
  const [moneyControl, setMoneyControl] = useState('');
  const [missing, setMissing] = useState<Record<string, boolean>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const empty = {
      achievement: !achievement,
      justification: !justification.trim(),
      moneyControl: whole && !moneyControl.trim(),
    };
    setMissing(empty);
    if (Object.values(empty).some(Boolean)) return;
    setBusy(true);
    setError(null);
    api<AnnualReport>(`/api/deadlines/${report.deadline.id}/report/assessments`, {
      method: 'POST',
      body: { assignmentId, achievement, justification, moneyControl: whole ? moneyControl : null },
    })
      .then(onSaved)
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  const problem = (field: string) =>
    fieldMessage(error, `body.${field}`) ?? (missing[field] ? t.assessmentRequiredField : undefined);
  const achievementProblem = problem('achievement');

  return (
    <form onSubmit={submit} noValidate className="form-stack assessment-form" aria-labelledby={`${id}-title`}>
      <Paragraph id={`${id}-title`} className="assessment-form-title">
        <strong>{correction ? t.assessmentCorrection : t.assessmentNew}</strong>
      </Paragraph>
      {correction && <Paragraph data-size="sm">{t.assessmentCorrectionHelp}</Paragraph>}
      <Field>
        <Label htmlFor={`${id}-achievement`}>{t.assessmentAchievement}</Label>
        <Select
          id={`${id}-achievement`}
          width="auto"
          value={achievement}
          aria-invalid={achievementProblem ? true : undefined}
          aria-describedby={achievementProblem ? `${id}-achievement-error` : undefined}
          onChange={(event) => setAchievement(event.target.value as Achievement | '')}
        >
          <Select.Option value="">{t.assessmentChoose}</Select.Option>
          {achievements.map((value) => (
            <Select.Option key={value} value={value}>
              {t.achievementNames[value]}
            </Select.Option>
          ))}
        </Select>
        {achievementProblem && (
          <ValidationMessage id={`${id}-achievement-error`}>{achievementProblem}</ValidationMessage>
        )}
      </Field>
      <Textfield
        label={t.assessmentJustification}
        multiline
        rows={3}
        value={justification}
        error={problem('justification')}
        onChange={(event) => setJustification(event.target.value)}
      />
      {whole && (
        <div className="grid-2">
          <Textfield
            label={t.assessmentMoneyControl}
            multiline
            rows={4}
            value={moneyControl}
            aria-describedby={`${id}-variance`}
            error={problem('moneyControl')}
            onChange={(event) => setMoneyControl(event.target.value)}
          />
          <AccountsVariance report={report} id={`${id}-variance`} />
        </div>
      )}
      {error && error.status !== 400 && <ErrorState error={error} />}
      <Button type="submit" data-size="sm" disabled={busy}>
        {correction ? t.assessmentCorrect : t.assessmentSave}
      </Button>
    </form>
  );
}
