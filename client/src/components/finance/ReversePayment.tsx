// Reverses one payment: a button opens a required reason; the server records a reversing entry
// (never a delete). Escape or Cancel closes the form and focus returns to the button.
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, asApiError, fieldMessage } from '../../api.js';
import type { ApiError } from '../../api.js';
import { formatMoney } from '../../../../common/money.js';
import { useI18n } from '../../i18n.js';
import type { LedgerEntry } from '../../types.js';
import { ErrorState } from '../States.js';

export function ReversePayment({
  payment,
  onReversed,
}: {
  payment: LedgerEntry;
  onReversed: (message: string) => void;
}) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLTextAreaElement | HTMLInputElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) field.current?.focus();
    else if (wasOpen.current) button.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const what = t.paymentOf(formatMoney(payment.amountOre), payment.voucherReference);
  if (!open)
    return (
      <Button
        ref={button}
        variant="secondary"
        data-size="sm"
        onClick={() => {
          setReason('');
          setMissing(false);
          setError(null);
          setOpen(true);
        }}
      >
        {t.reversePayment}
        <span className="visually-hidden"> – {what}</span>
      </Button>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    setBusy(true);
    setError(null);
    api<LedgerEntry>(`/api/disbursements/${payment.id}/reverse`, { method: 'POST', body: { reason: reason.trim() } })
      .then(() => onReversed(t.paymentReversed(what)))
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  return (
    <form onSubmit={submit} noValidate className="form-stack">
      <Textfield
        ref={field}
        label={t.reversalReasonLabel(what)}
        multiline
        rows={2}
        value={reason}
        error={missing ? t.required : fieldMessage(error, 'body.reason')}
        onChange={(e) => setReason(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setOpen(false);
        }}
      />
      {error && error.status !== 400 && <ErrorState error={error} />}
      <div className="item-buttons">
        <Button type="submit" data-size="sm" disabled={busy}>
          {busy ? t.saving : t.confirmReversal}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => setOpen(false)}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
