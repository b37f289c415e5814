// The case officer's review of a hand-in: accept or return, with a comment. Accepting a report or
// accounts handed in as files asks for the free-text assessment; a structured report is assessed on
// the report page instead (the server asks for its whole-report assessment and says so).
import { Button, Fieldset, Heading, Paragraph, Radio, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, asApiError, fieldMessage } from '../api.js';
import type { ApiError } from '../api.js';
import { useI18n } from '../i18n.js';
import type { Deadline } from '../types.js';
import { ErrorState } from './States.js';

const assessed = new Set(['report', 'accounts']);

export function ReviewForm({
  deadline,
  structuredReport = false,
  onDone,
}: {
  deadline: Deadline;
  /** The hand-in is a submitted structured report: no free-text assessment here. */
  structuredReport?: boolean;
  onDone: (decision: 'accept' | 'return') => void;
}) {
  const { t } = useI18n();
  const [decision, setDecision] = useState<'accept' | 'return'>('accept');
  const [comment, setComment] = useState('');
  const [goals, setGoals] = useState('');
  const [funds, setFunds] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const needsAssessment = decision === 'accept' && assessed.has(deadline.kind) && !structuredReport;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (needsAssessment && (!goals.trim() || !funds.trim())) {
      setMissing(true);
      return;
    }
    setBusy(true);
    api<Deadline>(`/api/deadlines/${deadline.id}/review`, {
      method: 'POST',
      body: {
        decision,
        ...(comment.trim() ? { comment } : {}),
        ...(needsAssessment ? { assessmentGoals: goals, assessmentFunds: funds } : {}),
      },
    })
      .then(() => onDone(decision))
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  const problem = (field: string, value: string) =>
    fieldMessage(error, `body.${field}`) ?? (missing && !value.trim() ? t.assessmentRequired : undefined);
  return (
    <section aria-labelledby="review" className="review-form">
      <Heading level={2} data-size="sm" id="review">
        {structuredReport ? t.reviewReport : t.reviewTitle}
      </Heading>
      {structuredReport && <Paragraph data-size="sm">{t.reportReviewHelp}</Paragraph>}
      <form onSubmit={submit} noValidate className="form-stack">
        <Fieldset>
          <Fieldset.Legend>{t.decision}</Fieldset.Legend>
          <Radio
            name="decision"
            value="accept"
            label={t.decisionAccept}
            checked={decision === 'accept'}
            onChange={() => setDecision('accept')}
          />
          <Radio
            name="decision"
            value="return"
            label={t.decisionReturn}
            checked={decision === 'return'}
            onChange={() => setDecision('return')}
          />
        </Fieldset>
        {needsAssessment && (
          <>
            <Textfield
              label={t.assessmentGoals}
              multiline
              rows={3}
              value={goals}
              error={problem('assessmentGoals', goals)}
              onChange={(event) => setGoals(event.target.value)}
            />
            <Textfield
              label={t.assessmentFunds}
              multiline
              rows={3}
              value={funds}
              error={problem('assessmentFunds', funds)}
              onChange={(event) => setFunds(event.target.value)}
            />
          </>
        )}
        <Textfield
          label={t.comment}
          multiline
          rows={3}
          value={comment}
          error={fieldMessage(error, 'body.comment')}
          onChange={(event) => setComment(event.target.value)}
        />
        {error && <ErrorState error={error} />}
        <div>
          <Button type="submit" disabled={busy}>
            {busy ? t.saving : t.saveReview}
          </Button>
        </div>
      </form>
    </section>
  );
}
