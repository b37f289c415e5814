// Finance logs a payment (utbetaling) on a frame: date, amount typed in kroner (sent as øre) and the
// voucher reference. When the server asks for an override (409 override-required, naming
// body.overFrameReason and/or body.overdueOverrideReason) the reason fields appear and the same
// payment is sent again with them; a letter not yet accepted (409) is said in words.
import { Button, Field, Heading, Label, Select, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, asApiError, fieldMessage } from '../api.js';
import type { ApiError } from '../api.js';
import { formatMoney, kronerToOre } from '../../../common/money.js';
import { todayInOslo } from '../format.js';
import { useI18n } from '../i18n.js';
import type { BudgetFrame, Disbursement } from '../types.js';
import { ErrorState } from './States.js';

type ReasonField = 'overFrameReason' | 'overdueOverrideReason';

export function DisbursementForm({ frames, onSaved }: { frames: BudgetFrame[]; onSaved: (message: string) => void }) {
  const { t } = useI18n();
  const frameId = useId();
  const [frame, setFrame] = useState('');
  const [paidOn, setPaidOn] = useState(todayInOslo());
  const [amount, setAmount] = useState('');
  const [voucher, setVoucher] = useState('');
  const [reasons, setReasons] = useState<Partial<Record<ReasonField, string>>>({});
  const [asked, setAsked] = useState<ReasonField[]>([]);
  const [invalid, setInvalid] = useState<Record<string, string>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [savedMessage, setSavedMessage] = useState('');
  const firstReason = useRef<HTMLTextAreaElement | HTMLInputElement>(null);
  useEffect(() => {
    if (asked.length) firstReason.current?.focus();
  }, [asked]);

  const label = (f: BudgetFrame) => `${f.centre.code}, ${t.chapterItem(f.budgetLine.chapter, f.budgetLine.item)}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setSavedMessage('');
    const amountOre = kronerToOre(amount);
    const problems: Record<string, string> = {};
    if (!frame) problems.frame = t.required;
    if (!paidOn) problems.paidOn = t.required;
    if (amountOre === null || amountOre < 1) problems.amount = t.amountInvalid;
    if (!voucher.trim()) problems.voucher = t.required;
    for (const field of asked) if (!reasons[field]?.trim()) problems[field] = t.required;
    setInvalid(problems);
    if (Object.keys(problems).length) return;
    const chosen = frames.find((f) => String(f.id) === frame)!;
    setBusy(true);
    api<Disbursement>('/api/disbursements', {
      method: 'POST',
      body: {
        budgetFrameId: chosen.id,
        paidOn,
        amountOre,
        voucherReference: voucher.trim(),
        ...Object.fromEntries(asked.map((field) => [field, reasons[field]!.trim()])),
      },
    })
      .then((saved) => {
        const message = t.disbursementDone(formatMoney(saved.amountOre), label(chosen));
        setSavedMessage(message);
        onSaved(message);
        setAmount('');
        setVoucher('');
        setReasons({});
        setAsked([]);
      })
      .catch((e: unknown) => {
        const problem = asApiError(e);
        if (problem.status === 409 && problem.problem === 'override-required') {
          const needed = problem.errors
            .map((p) => p.field.replace(/^body\./, ''))
            .filter((f): f is ReasonField => f === 'overFrameReason' || f === 'overdueOverrideReason');
          setAsked((already) => [...new Set([...already, ...needed])]);
        }
        setError(problem);
      })
      .finally(() => setBusy(false));
  };

  const serverField = (field: string) => fieldMessage(error, `body.${field}`);
  const overrideAsked = error?.problem === 'override-required';
  return (
    <section aria-labelledby="disbursement" className="disbursement-form">
      <Heading level={2} data-size="sm" id="disbursement">
        {t.disbursementTitle}
      </Heading>
      <form onSubmit={submit} noValidate className="form-stack">
        <Field>
          <Label htmlFor={frameId}>{t.frame}</Label>
          <Select
            id={frameId}
            width="auto"
            value={frame}
            aria-invalid={invalid.frame ? true : undefined}
            onChange={(e) => setFrame(e.target.value)}
          >
            <Select.Option value="">{t.chooseFrame}</Select.Option>
            {frames.map((f) => (
              <Select.Option key={f.id} value={String(f.id)}>
                {label(f)} ({formatMoney(f.amountOre)})
              </Select.Option>
            ))}
          </Select>
          {(invalid.frame ?? serverField('budgetFrameId')) && (
            <ValidationMessage>{invalid.frame ?? serverField('budgetFrameId')}</ValidationMessage>
          )}
        </Field>
        <Textfield
          label={t.paidOn}
          type="date"
          value={paidOn}
          error={invalid.paidOn ?? serverField('paidOn')}
          onChange={(e) => setPaidOn(e.target.value)}
        />
        <Textfield
          label={t.amountKroner}
          inputMode="decimal"
          value={amount}
          error={invalid.amount ?? serverField('amountOre')}
          onChange={(e) => setAmount(e.target.value)}
        />
        <Textfield
          label={t.voucherReference}
          value={voucher}
          error={invalid.voucher ?? serverField('voucherReference')}
          onChange={(e) => setVoucher(e.target.value)}
        />
        {asked.map((field, index) => (
          <Textfield
            key={field}
            ref={index === 0 ? firstReason : undefined}
            label={t[field]}
            description={overrideAsked ? serverField(field) : undefined}
            multiline
            rows={2}
            value={reasons[field] ?? ''}
            error={invalid[field]}
            onChange={(e) => setReasons({ ...reasons, [field]: e.target.value })}
          />
        ))}
        {error &&
          (error.problem === 'override-required' ? (
            <ValidationMessage role="alert">{t.overrideNeeded}</ValidationMessage>
          ) : error.problem === 'letter-not-accepted' ? (
            <ValidationMessage role="alert">
              {t.letterNotAccepted} {error.detail}
            </ValidationMessage>
          ) : (
            <ErrorState error={error} />
          ))}
        <div>
          <Button type="submit" disabled={busy}>
            {busy ? t.saving : t.recordDisbursement}
          </Button>
        </div>
        <p role="status" data-testid="disbursement-status">
          {savedMessage}
        </p>
      </form>
    </section>
  );
}
