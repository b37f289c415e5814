// One frame's amount, changed in place: a button opens a kroner field (parsed by common/money), the
// amount goes to the server in øre, and the server's refusal (below what is paid) is shown; focus
// returns to the button afterwards.
import { Button, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, asApiError } from '../../api.js';
import type { ApiError } from '../../api.js';
import { formatMoney, kronerToOre, plainKroner } from '../../../../common/money.js';
import { useI18n } from '../../i18n.js';
import type { BudgetFrame } from '../../types.js';
import { ErrorState } from '../States.js';

export function FrameAmountField({
  frame,
  canEdit,
  onSaved,
}: {
  frame: BudgetFrame;
  canEdit: boolean;
  onSaved: (what: string, amountOre: number) => void;
}) {
  const { t } = useI18n();
  const what = `${frame.centre.code}, ${t.chapterItem(frame.budgetLine.chapter, frame.budgetLine.item)}`;
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const input = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing) input.current?.focus();
    else if (wasEditing.current) button.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  if (!editing)
    return (
      <span className="frame-amount">
        {formatMoney(frame.amountOre)}{' '}
        {canEdit && (
          <Button
            ref={button}
            variant="tertiary"
            data-size="sm"
            onClick={() => {
              setText(plainKroner(frame.amountOre).replace(/,00$/, ''));
              setInvalid(false);
              setError(null);
              setEditing(true);
            }}
          >
            {t.edit}
            <span className="visually-hidden"> – {t.changeFrame(what)}</span>
          </Button>
        )}
      </span>
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amountOre = kronerToOre(text);
    if (amountOre === null) {
      setInvalid(true);
      return;
    }
    setBusy(true);
    setError(null);
    api<BudgetFrame>(`/api/budget-frames/${frame.id}`, { method: 'PATCH', body: { amountOre } })
      .then((saved) => {
        setEditing(false);
        onSaved(what, saved.amountOre);
      })
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  return (
    <form className="frame-form" onSubmit={submit} noValidate>
      <Textfield
        ref={input}
        label={t.frameAmountLabel(what)}
        inputMode="decimal"
        value={text}
        error={invalid ? t.amountInvalid : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setEditing(false);
        }}
      />
      {error && <ErrorState error={error} />}
      <div className="item-buttons">
        <Button type="submit" data-size="sm" disabled={busy}>
          {busy ? t.saving : t.save}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={() => setEditing(false)}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
