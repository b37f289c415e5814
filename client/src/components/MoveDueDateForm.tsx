// The case officer moves a deadline's due date, giving the reason (it is audited, and the
// reminders follow the new date).
import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, asApiError, fieldMessage } from '../api.js';
import type { ApiError } from '../api.js';
import { useI18n } from '../i18n.js';
import type { Deadline } from '../types.js';
import { ErrorState } from './States.js';

export function MoveDueDateForm({ deadline, onMoved }: { deadline: Deadline; onMoved: (moved: Deadline) => void }) {
  const { t } = useI18n();
  const [dueDate, setDueDate] = useState(deadline.dueDate);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState<{ dueDate?: boolean; reason?: boolean }>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const problems = { dueDate: !dueDate || dueDate === deadline.dueDate, reason: !reason.trim() };
    setMissing(problems);
    if (problems.dueDate || problems.reason) return;
    setBusy(true);
    api<Deadline>(`/api/deadlines/${deadline.id}/due-date`, { method: 'POST', body: { dueDate, reason } })
      .then((moved) => {
        setReason('');
        onMoved(moved);
      })
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  const dateProblem = fieldMessage(error, 'body.dueDate') ?? (missing.dueDate ? t.newDueDateRequired : undefined);
  const reasonProblem = fieldMessage(error, 'body.reason') ?? (missing.reason ? t.reasonRequired : undefined);
  return (
    <section aria-labelledby="move-due-date" className="move-due-date">
      <Heading level={2} data-size="sm" id="move-due-date">
        {t.moveDueDateTitle}
      </Heading>
      <form onSubmit={submit} noValidate className="form-stack">
        <Textfield
          label={t.newDueDate}
          type="date"
          value={dueDate}
          error={dateProblem}
          onChange={(event) => setDueDate(event.target.value)}
        />
        <Textfield
          label={t.moveReason}
          description={t.moveReasonHelp}
          multiline
          rows={2}
          value={reason}
          error={reasonProblem}
          onChange={(event) => setReason(event.target.value)}
        />
        {error && !fieldMessage(error, 'body.dueDate') && !fieldMessage(error, 'body.reason') && (
          <ErrorState error={error} />
        )}
        <div>
          <Button type="submit" variant="secondary" disabled={busy}>
            {busy ? t.saving : t.moveDueDate}
          </Button>
        </div>
      </form>
    </section>
  );
}
