// A special assignment's content in a draft letter: title, rank, description, its deadline — a
// fixed date, "etter avtale" (to be agreed) or none — and, for a long-term assignment, its start
// and end year (the server checks them against the letter's year). Adds a new assignment or saves
// an existing one.
import { Button, Fieldset, Heading, Radio, Textfield, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api, asApiError, fieldMessage } from '../api.js';
import type { ApiError } from '../api.js';
import { useI18n } from '../i18n.js';
import type { Assignment } from '../types.js';
import { ErrorState } from './States.js';

type DeadlineChoice = 'date' | 'agreed' | 'none';

const choiceOf = (assignment?: Assignment): DeadlineChoice =>
  assignment?.deadlineDate ? 'date' : assignment?.deadlineToBeAgreed ? 'agreed' : 'none';

/** A typed year, or null when left empty (a one-year assignment). */
const yearOrNull = (typed: string) => (typed.trim() ? Number(typed) : null);

function YearField(props: { label: string; value: string; error?: string; onChange: (value: string) => void }) {
  return (
    <Textfield
      label={props.label}
      type="number"
      inputMode="numeric"
      min={2000}
      max={2100}
      value={props.value}
      error={props.error}
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}

export function AssignmentForm({
  letterId,
  assignment,
  defaultRank = 1,
  onSaved,
  onCancel,
}: {
  letterId: number;
  /** The assignment to change; a new one is added without it. */
  assignment?: Assignment;
  defaultRank?: number;
  onSaved: (saved: Assignment) => void;
  onCancel?: () => void;
}) {
  const { t } = useI18n();
  const id = useId();
  const [title, setTitle] = useState(assignment?.title ?? '');
  const [rank, setRank] = useState(String(assignment?.rank ?? defaultRank));
  const [description, setDescription] = useState(assignment?.description ?? '');
  const [choice, setChoice] = useState<DeadlineChoice>(choiceOf(assignment));
  const [deadlineDate, setDeadlineDate] = useState(assignment?.deadlineDate ?? '');
  const [startYear, setStartYear] = useState(String(assignment?.startYear ?? ''));
  const [endYear, setEndYear] = useState(String(assignment?.endYear ?? ''));
  const [missingDate, setMissingDate] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (choice === 'date' && !deadlineDate) {
      setMissingDate(true);
      return;
    }
    setMissingDate(false);
    const content = {
      rank: Number(rank),
      title,
      description: description.trim() ? description : null,
      deadlineDate: choice === 'date' ? deadlineDate : null,
      deadlineToBeAgreed: choice === 'agreed',
      startYear: yearOrNull(startYear),
      endYear: yearOrNull(endYear),
    };
    setBusy(true);
    api<Assignment>(assignment ? `/api/assignments/${assignment.id}` : '/api/assignments', {
      method: assignment ? 'PATCH' : 'POST',
      body: assignment ? content : { letterId, ...content },
    })
      .then((saved) => {
        if (!assignment) {
          setTitle('');
          setDescription('');
          setChoice('none');
          setDeadlineDate('');
          setStartYear('');
          setEndYear('');
        }
        onSaved(saved);
      })
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };

  const named = ['body.title', 'body.rank', 'body.description', 'body.deadlineDate', 'body.startYear', 'body.endYear'];
  const otherError = error && !named.some((field) => fieldMessage(error, field));
  return (
    <form onSubmit={submit} noValidate className="form-stack assignment-form" aria-labelledby={`${id}-title`}>
      <Heading level={3} data-size="xs" id={`${id}-title`}>
        {assignment ? t.editAssignmentTitle(assignment.title) : t.newAssignment}
      </Heading>
      <Textfield
        label={assignment ? t.title : t.newAssignmentTitle}
        value={title}
        required
        error={fieldMessage(error, 'body.title')}
        onChange={(event) => setTitle(event.target.value)}
      />
      <Textfield
        label={t.rank}
        type="number"
        min={1}
        max={100}
        value={rank}
        error={fieldMessage(error, 'body.rank')}
        onChange={(event) => setRank(event.target.value)}
      />
      <Textfield
        label={t.description}
        description={t.yearWordsHelp}
        multiline
        rows={3}
        value={description}
        error={fieldMessage(error, 'body.description')}
        onChange={(event) => setDescription(event.target.value)}
      />
      <Fieldset>
        <Fieldset.Legend>{t.deadlineChoice}</Fieldset.Legend>
        {(
          [
            ['date', t.deadlineOnDate],
            ['agreed', t.deadlineByAgreement],
            ['none', t.deadlineNoneChoice],
          ] as const
        ).map(([value, label]) => (
          <Radio
            key={value}
            name={`${id}-deadline`}
            value={value}
            label={label}
            checked={choice === value}
            onChange={() => setChoice(value)}
          />
        ))}
      </Fieldset>
      {choice === 'date' && (
        <Textfield
          label={t.deadlineDateLabel}
          type="date"
          value={deadlineDate}
          error={fieldMessage(error, 'body.deadlineDate') ?? (missingDate ? t.deadlineDateRequired : undefined)}
          onChange={(event) => setDeadlineDate(event.target.value)}
        />
      )}
      <Fieldset>
        <Fieldset.Legend>{t.assignmentYears}</Fieldset.Legend>
        <Fieldset.Description>{t.assignmentYearsHelp}</Fieldset.Description>
        <div className="year-pair">
          <YearField
            label={t.startYear}
            value={startYear}
            error={fieldMessage(error, 'body.startYear')}
            onChange={setStartYear}
          />
          <YearField
            label={t.endYear}
            value={endYear}
            error={fieldMessage(error, 'body.endYear')}
            onChange={setEndYear}
          />
        </div>
      </Fieldset>
      {error && fieldMessage(error, 'body.deadlineToBeAgreed') && (
        <ValidationMessage>{fieldMessage(error, 'body.deadlineToBeAgreed')}</ValidationMessage>
      )}
      {otherError && <ErrorState error={error} />}
      <div className="item-buttons">
        <Button type="submit" variant={assignment ? 'primary' : 'secondary'} disabled={busy}>
          {busy ? t.saving : assignment ? t.save : t.addAssignment}
        </Button>
        {onCancel && (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}
