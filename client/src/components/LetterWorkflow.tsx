// The letter's way from draft to accepted, as buttons the server's abilities allow: submit, approve,
// reopen, issue and accept (a dialog asking for the bank account and the confirmation of the
// conditions). Status, reference number, approvals and acceptance are shown with it, and the
// preview (new tab) and PDF links.
import { Alert, Button, Checkbox, Dialog, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, asApiError, fieldMessage } from '../api.js';
import type { ApiError } from '../api.js';
import { formatBankAccount, formatTimestamp } from '../format.js';
import { useI18n } from '../i18n.js';
import type { Letter, LetterStep } from '../types.js';
import { ErrorState } from './States.js';
import { LetterStatusTag } from './Tags.js';

const buttonSteps: Exclude<LetterStep, 'accept'>[] = ['submit', 'approve', 'issue', 'reopen'];

export function LetterWorkflow({ letter, onChanged }: { letter: Letter; onChanged: (letter: Letter) => void }) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState<LetterStep | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);

  const perform = (step: LetterStep, body?: unknown) => {
    setBusy(step);
    setError(null);
    return api<Letter>(`/api/letters/${letter.id}/${step}`, { method: 'POST', ...(body ? { body } : {}) })
      .then((updated) => {
        setAnnouncement(t.stepDone[step]);
        onChanged(updated);
      })
      .finally(() => setBusy(null));
  };

  return (
    <section aria-labelledby="workflow" className="letter-workflow">
      <Heading level={2} data-size="sm" id="workflow">
        {t.workflow}
      </Heading>
      <Paragraph data-testid="letter-state">
        {t.status}: <LetterStatusTag status={letter.status} />
        {letter.referenceNumber && ` · ${t.referenceNumber} ${letter.referenceNumber}`}
      </Paragraph>
      {letter.approvals.map((approval) => (
        <Paragraph key={approval.approvedAt + approval.name}>
          {t.approvedElectronically(approval.name, formatTimestamp(approval.approvedAt, language))}
        </Paragraph>
      ))}
      {letter.awaitingAcceptance && <Paragraph>{t.awaitingAcceptance}</Paragraph>}
      {letter.acceptedAt && (
        <Paragraph>
          {t.acceptedBy(
            letter.acceptedBy ?? '–',
            formatTimestamp(letter.acceptedAt, language),
            letter.acceptedBankAccount ? formatBankAccount(letter.acceptedBankAccount) : '–',
          )}
        </Paragraph>
      )}
      <Paragraph className="item-buttons">
        <Link href={`/api/letters/${letter.id}/preview`} target="_blank" rel="noopener">
          {t.preview} <span className="muted">{t.opensInNewTab}</span>
        </Link>
        <Link href={`/api/letters/${letter.id}/pdf`} download>
          {t.downloadPdf}
        </Link>
      </Paragraph>
      <div className="item-buttons">
        {buttonSteps
          .filter((step) => letter.abilities[step])
          .map((step) => (
            <Button
              key={step}
              variant={step === 'reopen' ? 'secondary' : 'primary'}
              disabled={busy !== null}
              onClick={() => void perform(step).catch((e: unknown) => setError(asApiError(e)))}
            >
              {busy === step ? t.stepWorking : t.stepButton[step]}
            </Button>
          ))}
        {letter.abilities.accept && (
          <Button onClick={() => dialog.current?.showModal()} disabled={busy !== null}>
            {t.stepButton.accept}
          </Button>
        )}
      </div>
      {error && <ErrorState error={error} />}
      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {letter.abilities.accept && (
        <Dialog ref={dialog} closeButton={t.cancel} closedby="any" aria-labelledby="accept-title">
          <AcceptForm
            onAccept={(body) => perform('accept', body).then(() => dialog.current?.close())}
            onCancel={() => dialog.current?.close()}
          />
        </Dialog>
      )}
    </section>
  );
}

function AcceptForm({
  onAccept,
  onCancel,
}: {
  onAccept: (body: { bankAccount: string; confirmConditions: true }) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [bankAccount, setBankAccount] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [missingConfirm, setMissingConfirm] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!confirmed) {
      setMissingConfirm(true);
      return;
    }
    setBusy(true);
    onAccept({ bankAccount, confirmConditions: true })
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  const accountProblem = fieldMessage(error, 'body.bankAccount');
  return (
    <form onSubmit={submit} noValidate className="form-stack">
      <Heading level={2} data-size="sm" id="accept-title">
        {t.acceptTitle}
      </Heading>
      <Paragraph>{t.acceptIntro}</Paragraph>
      <Textfield
        label={t.bankAccount}
        description={t.bankAccountHelp}
        inputMode="numeric"
        autoComplete="off"
        value={bankAccount}
        error={accountProblem}
        onChange={(event) => setBankAccount(event.target.value)}
      />
      <Checkbox
        label={t.confirmConditions}
        checked={confirmed}
        error={missingConfirm && !confirmed ? t.confirmRequired : undefined}
        onChange={(event) => setConfirmed(event.target.checked)}
      />
      {error && !accountProblem && <ErrorState error={error} />}
      {error && accountProblem && (
        <Alert data-color="danger" role="alert">
          {t.errorInvalid} {t.bankAccount}: {accountProblem}
        </Alert>
      )}
      <div className="item-buttons">
        <Button type="submit" disabled={busy}>
          {busy ? t.stepWorking : t.stepButton.accept}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
