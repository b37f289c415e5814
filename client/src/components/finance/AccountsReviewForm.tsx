// Finance's review of one centre's accounts: approve or return, with a comment (required to
// return) and, when money is unspent, what happens to it (required to approve).
import {
  Button,
  Field,
  Fieldset,
  Label,
  Radio,
  Select,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api, asApiError, fieldMessage } from '../../api.js';
import type { ApiError } from '../../api.js';
import { useI18n } from '../../i18n.js';
import type { AccountsReport, UnspentOutcome } from '../../types.js';
import { ErrorState } from '../States.js';

const outcomes: UnspentOutcome[] = ['carried_over', 'repaid', 'waived'];

export function AccountsReviewForm({
  report,
  onReviewed,
}: {
  report: AccountsReport;
  onReviewed: (message: string) => void;
}) {
  const { t } = useI18n();
  const outcomeId = useId();
  const what = `${report.centre.code}, ${t.chapterItem(report.budgetLine.chapter, report.budgetLine.item)}`;
  const [status, setStatus] = useState<'approved' | 'returned' | ''>('');
  const [outcome, setOutcome] = useState<UnspentOutcome | ''>(report.unspentOutcome ?? '');
  const [note, setNote] = useState('');
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!status) problems.status = t.required;
    if (status === 'returned' && !note.trim()) problems.note = t.reviewNoteRequired;
    if (status === 'approved' && report.unspentOre > 0 && !outcome) problems.outcome = t.required;
    setInvalid(problems);
    if (Object.keys(problems).length) return;
    setBusy(true);
    setError(null);
    api<AccountsReport>(`/api/accounts-reports/${report.id}/review`, {
      method: 'POST',
      body: {
        status,
        reviewNote: note.trim() || null,
        ...(report.unspentOre > 0 && outcome ? { unspentOutcome: outcome } : {}),
      },
    })
      .then(() => onReviewed(status === 'approved' ? t.accountsApproved(what) : t.accountsReturned(what)))
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  return (
    <form onSubmit={submit} noValidate className="form-stack" aria-label={t.reviewAccountsOf(what)}>
      <Fieldset>
        <Fieldset.Legend>{t.reviewAccountsOf(what)}</Fieldset.Legend>
        <Radio
          name={`review-${report.id}`}
          value="approved"
          label={t.approveAccounts}
          checked={status === 'approved'}
          onChange={() => setStatus('approved')}
        />
        <Radio
          name={`review-${report.id}`}
          value="returned"
          label={t.returnAccounts}
          checked={status === 'returned'}
          onChange={() => setStatus('returned')}
        />
        {invalid.status && <ValidationMessage>{invalid.status}</ValidationMessage>}
      </Fieldset>
      {report.unspentOre > 0 && (
        <Field>
          <Label htmlFor={outcomeId}>{t.unspentOutcomeLabel}</Label>
          <Select
            id={outcomeId}
            width="auto"
            value={outcome}
            aria-invalid={invalid.outcome ? true : undefined}
            onChange={(e) => setOutcome(e.target.value as UnspentOutcome | '')}
          >
            <Select.Option value="">{t.chooseUnspentOutcome}</Select.Option>
            {outcomes.map((value) => (
              <Select.Option key={value} value={value}>
                {t.unspentOutcomeNames[value]}
              </Select.Option>
            ))}
          </Select>
          {(invalid.outcome ?? fieldMessage(error, 'body.unspentOutcome')) && (
            <ValidationMessage>{invalid.outcome ?? fieldMessage(error, 'body.unspentOutcome')}</ValidationMessage>
          )}
        </Field>
      )}
      <Textfield
        label={t.reviewNoteLabel}
        multiline
        rows={2}
        value={note}
        error={invalid.note ?? fieldMessage(error, 'body.reviewNote')}
        onChange={(e) => setNote(e.target.value)}
      />
      {error && error.status !== 400 && <ErrorState error={error} />}
      <div>
        <Button type="submit" data-size="sm" disabled={busy}>
          {busy ? t.saving : t.saveAccountsReview}
        </Button>
      </div>
    </form>
  );
}
