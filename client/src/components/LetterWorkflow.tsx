// The letter's way from draft to accepted, as buttons the server's abilities allow: submit, approve,
// reopen, issue and accept (a dialog asking for the bank account and the confirmation of the
// conditions). Before a step the letter's checks may warn (years in the text that do not fit the
// letter's year before submitting; no budget frame before approving or issuing) and the person may
// go on; issuing always asks for confirmation, as it cannot be undone; sending back asks for a
// reason. The result of a step is shown on the page and focus moves to it. Status, reference
// number, approvals, acceptance and the last return's reason are shown with it, and the preview
// (new tab) and PDF links.
import { Alert, Button, Checkbox, Dialog, Heading, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, asApiError, fieldMessage } from '../api.js';
import type { ApiError } from '../api.js';
import { formatBankAccount, formatTimestamp } from '../format.js';
import { useI18n } from '../i18n.js';
import type { Letter, LetterChecks, LetterStep } from '../types.js';
import { ErrorState } from './States.js';
import { LetterStatusTag } from './Tags.js';
import { ResultMessage, useResultMessage } from './ResultMessage.js';

const buttonSteps: Exclude<LetterStep, 'accept'>[] = ['submit', 'approve', 'issue', 'reopen'];
type CheckedStep = 'submit' | 'approve' | 'issue';

/** What the confirmation dialog asks about before a step goes ahead. */
interface Pending {
  step: CheckedStep;
  checks: LetterChecks;
}

/** Whether a step needs the person to confirm first, given the letter's checks. */
const needsConfirmation = ({ step, checks }: Pending) =>
  step === 'issue' ||
  (step === 'submit' && checks.yearMismatches.length > 0) ||
  (step === 'approve' && checks.missingBudgetFrame);

export function LetterWorkflow({ letter, onChanged }: { letter: Letter; onChanged: (letter: Letter) => void }) {
  const { t, language } = useI18n();
  const [busy, setBusy] = useState<LetterStep | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const result = useResultMessage();
  const [pending, setPending] = useState<Pending | null>(null);
  const acceptDialog = useRef<HTMLDialogElement>(null);
  const confirmDialog = useRef<HTMLDialogElement>(null);
  const returnDialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    if (pending) confirmDialog.current?.showModal();
  }, [pending]);

  const perform = (step: LetterStep, body?: unknown) => {
    setBusy(step);
    setError(null);
    result.clear();
    return api<Letter>(`/api/letters/${letter.id}/${step}`, { method: 'POST', ...(body ? { body } : {}) })
      .then((updated) => {
        result.show(t.stepDone[step]);
        onChanged(updated);
      })
      .finally(() => setBusy(null));
  };
  const fail = (e: unknown) => setError(asApiError(e));

  /** Submit, approve and issue look at the letter's checks first; a warning asks before going on. */
  const start = (step: Exclude<LetterStep, 'accept'>) => {
    if (step === 'reopen') {
      setError(null);
      returnDialog.current?.showModal();
      return;
    }
    setBusy(step);
    setError(null);
    result.clear();
    api<LetterChecks>(`/api/letters/${letter.id}/checks`)
      .then((checks) => {
        setBusy(null);
        const asked = { step, checks };
        if (needsConfirmation(asked)) setPending(asked);
        else return perform(step);
      })
      .catch((e: unknown) => {
        setBusy(null);
        fail(e);
      });
  };

  const confirm = () => {
    const step = pending!.step;
    confirmDialog.current?.close();
    setPending(null);
    void perform(step).catch(fail);
  };

  return (
    <section aria-labelledby="workflow" className="letter-workflow">
      <Heading level={2} data-size="sm" id="workflow">
        {t.workflow}
      </Heading>
      <Paragraph data-testid="letter-state">
        {t.status}: <LetterStatusTag status={letter.status} accepted={letter.acceptedAt !== null} />
        {letter.referenceNumber && ` · ${t.referenceNumber} ${letter.referenceNumber}`}
      </Paragraph>
      {letter.returned && letter.status === 'draft' && (
        <Alert data-color="warning" data-testid="letter-returned">
          <Heading level={3} data-size="xs">
            {t.returnedTitle}
          </Heading>
          <Paragraph>{letter.returned.reason}</Paragraph>
          <Paragraph data-size="sm">
            {t.returnedByOn(letter.returned.returnedBy ?? '–', formatTimestamp(letter.returned.returnedAt, language))}
          </Paragraph>
        </Alert>
      )}
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
      {/* The result shows where the buttons are, and focus goes to it (not to <body>). */}
      <ResultMessage state={result} testId="workflow-result" />
      <div className="item-buttons">
        {buttonSteps
          .filter((step) => letter.abilities[step])
          .map((step) => (
            <Button
              key={step}
              variant={step === 'reopen' ? 'secondary' : 'primary'}
              disabled={busy !== null}
              onClick={() => start(step)}
            >
              {busy === step ? t.stepWorking : t.stepButton[step]}
            </Button>
          ))}
        {letter.abilities.accept && (
          <Button onClick={() => acceptDialog.current?.showModal()} disabled={busy !== null}>
            {t.stepButton.accept}
          </Button>
        )}
      </div>
      {error && <ErrorState error={error} />}
      <Dialog
        ref={confirmDialog}
        closeButton={t.cancel}
        closedby="any"
        aria-labelledby="confirm-step-title"
        onClose={() => setPending(null)}
      >
        {pending && (
          <ConfirmStep
            letter={letter}
            pending={pending}
            onConfirm={confirm}
            onCancel={() => confirmDialog.current?.close()}
          />
        )}
      </Dialog>
      {letter.abilities.reopen && (
        <Dialog ref={returnDialog} closeButton={t.cancel} closedby="any" aria-labelledby="return-title">
          <ReturnForm
            onReturn={(reason) => perform('reopen', { reason }).then(() => returnDialog.current?.close())}
            onCancel={() => returnDialog.current?.close()}
          />
        </Dialog>
      )}
      {letter.abilities.accept && (
        <Dialog ref={acceptDialog} closeButton={t.cancel} closedby="any" aria-labelledby="accept-title">
          <AcceptForm
            onAccept={(body) => perform('accept', body).then(() => acceptDialog.current?.close())}
            onCancel={() => acceptDialog.current?.close()}
          />
        </Dialog>
      )}
    </section>
  );
}

/** The question before a step: issue for good? go on despite the warnings? */
function ConfirmStep({
  letter,
  pending: { step, checks },
  onConfirm,
  onCancel,
}: {
  letter: Letter;
  pending: Pending;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const frameWarning = step !== 'submit' && checks.missingBudgetFrame;
  const yearWarning = step === 'submit' && checks.yearMismatches.length > 0;
  const title = step === 'issue' ? t.issueConfirmTitle : yearWarning ? t.yearWarningTitle : t.noFrameTitle;
  return (
    <div className="form-stack" data-testid="confirm-step">
      <Heading level={2} data-size="sm" id="confirm-step-title">
        {title}
      </Heading>
      {step === 'issue' && <Paragraph>{t.issueConfirmBody}</Paragraph>}
      {frameWarning && (
        <Alert data-color="warning">
          <Paragraph>{t.noFrameWarning(letter.year)}</Paragraph>
        </Alert>
      )}
      {yearWarning && (
        <>
          <Paragraph>{t.yearWarningIntro(letter.year)}</Paragraph>
          <ul>
            {checks.yearMismatches.map((m, index) => (
              <li key={index}>
                {t.yearMismatch(m.name, m.kind, m.year, m.expected)}
                <div className="muted">… {m.excerpt} …</div>
              </li>
            ))}
          </ul>
          <Paragraph data-size="sm">{t.yearWarningHint}</Paragraph>
        </>
      )}
      <div className="item-buttons">
        <Button type="button" onClick={onConfirm}>
          {step === 'issue' ? t.issueConfirmButton : t.continueAnyway}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </div>
  );
}

/** Sending a letter back asks why; the case officer sees the reason on the letter. */
function ReturnForm({ onReturn, onCancel }: { onReturn: (reason: string) => Promise<unknown>; onCancel: () => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setBusy(true);
    onReturn(reason.trim())
      .then(() => {
        setReason('');
        setMissing(false);
      })
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  const reasonProblem = fieldMessage(error, 'body.reason');
  return (
    <form onSubmit={submit} noValidate className="form-stack">
      <Heading level={2} data-size="sm" id="return-title">
        {t.returnTitle}
      </Heading>
      <Paragraph>{t.returnIntro}</Paragraph>
      <Textfield
        label={t.returnReason}
        multiline
        rows={3}
        required
        value={reason}
        error={missing && !reason.trim() ? t.returnReasonRequired : reasonProblem ? t.returnReasonRequired : undefined}
        onChange={(event) => setReason(event.target.value)}
      />
      {error && !reasonProblem && <ErrorState error={error} />}
      <div className="item-buttons">
        <Button type="submit" disabled={busy}>
          {busy ? t.stepWorking : t.stepButton.reopen}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
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
