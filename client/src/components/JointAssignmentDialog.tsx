// One assignment to several centres at once (felles oppdrag), from the case officer's year view:
// a dialog with the assignment and the centres to give it to. Each copy goes into the centre's
// letter for the year, or into a draft supplement when that letter is already approved or issued;
// the answer says which, with links.
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  Fieldset,
  Heading,
  Link,
  Paragraph,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { api, asApiError, fieldMessage } from '../api.js';
import type { ApiError } from '../api.js';
import { useI18n } from '../i18n.js';
import type { CentreRef, JointAssignment, LetterSummary } from '../types.js';
import { ErrorState } from './States.js';

export function JointAssignmentDialog({
  year,
  centres,
  letters,
  onGiven,
}: {
  year: number;
  centres: CentreRef[];
  /** The main letters of the year: a centre without one cannot be given the assignment. */
  letters: LetterSummary[];
  onGiven: () => void;
}) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const [given, setGiven] = useState<JointAssignment | null>(null);
  const result = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (given) result.current?.focus();
  }, [given]);
  return (
    <>
      <Button variant="secondary" onClick={() => dialog.current?.showModal()}>
        {t.jointAssignmentOpen}
      </Button>
      <Dialog ref={dialog} closeButton={t.cancel} closedby="any" aria-labelledby="joint-title">
        <JointAssignmentForm
          year={year}
          centres={centres}
          withLetter={new Set(letters.filter((l) => l.kind === 'main').map((l) => l.centre.code))}
          onGiven={(joint) => {
            dialog.current?.close();
            setGiven(joint);
            onGiven();
          }}
          onCancel={() => dialog.current?.close()}
        />
      </Dialog>
      {given && (
        <Alert data-color="success" ref={result} tabIndex={-1} data-testid="joint-result">
          <Paragraph>{t.jointAssignmentGiven(given.title, given.centres.length)}</Paragraph>
          <ul>
            {given.centres.map((copy) => (
              <li key={copy.assignmentId}>
                <Link asChild>
                  <RouterLink to={`/letters/${copy.letterId}`}>
                    {copy.centre.code}: {t.letterKind[copy.letterKind]}
                  </RouterLink>
                </Link>
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </>
  );
}

function JointAssignmentForm({
  year,
  centres,
  withLetter,
  onGiven,
  onCancel,
}: {
  year: number;
  centres: CentreRef[];
  withLetter: Set<string>;
  onGiven: (joint: JointAssignment) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [rank, setRank] = useState('1');
  const [deadlineDate, setDeadlineDate] = useState('');
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [tried, setTried] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  // The server refuses a centre without a letter for the year, so those are named, not offered.
  const withoutLetter = centres.filter((c) => !withLetter.has(c.code)).map((c) => c.code);
  const titleMissing = tried && !title.trim();
  const tooFew = tried && chosen.size < 2;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    setError(null);
    if (!title.trim() || chosen.size < 2) return;
    setBusy(true);
    api<JointAssignment>('/api/joint-assignments', {
      method: 'POST',
      body: {
        year,
        title,
        description: description.trim() ? description : null,
        rank: Number(rank),
        deadlineDate: deadlineDate || null,
        centres: centres.map((c) => c.code).filter((code) => chosen.has(code)),
      },
    })
      .then(onGiven)
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  const toggle = (code: string, on: boolean) =>
    setChosen((codes) => {
      const next = new Set(codes);
      if (on) next.add(code);
      else next.delete(code);
      return next;
    });
  return (
    <form onSubmit={submit} noValidate className="form-stack">
      <Heading level={2} data-size="sm" id="joint-title">
        {t.jointAssignmentTitle(year)}
      </Heading>
      <Paragraph data-size="sm">{t.jointAssignmentIntro}</Paragraph>
      <Textfield
        label={t.title}
        value={title}
        error={fieldMessage(error, 'body.title') ?? (titleMissing ? t.required : undefined)}
        onChange={(event) => setTitle(event.target.value)}
      />
      <Textfield
        label={t.description}
        multiline
        rows={3}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <Textfield
        label={t.rank}
        description={t.rankHelp}
        type="number"
        min={1}
        max={100}
        value={rank}
        error={fieldMessage(error, 'body.rank')}
        onChange={(event) => setRank(event.target.value)}
      />
      <Textfield
        label={t.assignmentDeadline}
        description={t.deadlineOptionalHelp}
        type="date"
        value={deadlineDate}
        error={fieldMessage(error, 'body.deadlineDate')}
        onChange={(event) => setDeadlineDate(event.target.value)}
      />
      <Fieldset className="centre-choices">
        <Fieldset.Legend>{t.jointAssignmentCentres}</Fieldset.Legend>
        <Fieldset.Description>{t.jointAssignmentCentresHelp}</Fieldset.Description>
        {centres
          .filter((centre) => withLetter.has(centre.code))
          .map((centre) => (
            <Checkbox
              key={centre.code}
              value={centre.code}
              label={`${centre.code} – ${centre.name}`}
              checked={chosen.has(centre.code)}
              onChange={(event) => toggle(centre.code, event.target.checked)}
            />
          ))}
        {tooFew && <ValidationMessage role="alert">{t.chooseTwoCentres}</ValidationMessage>}
      </Fieldset>
      {withoutLetter.length > 0 && (
        <Paragraph data-size="sm" data-testid="without-letter">
          {t.withoutLetterThisYear(withoutLetter.join(', '))}
        </Paragraph>
      )}
      {error && <ErrorState error={error} />}
      <div className="item-buttons">
        <Button type="submit" disabled={busy}>
          {busy ? t.saving : t.jointAssignmentGive}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}
