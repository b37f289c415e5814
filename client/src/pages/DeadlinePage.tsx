// One deadline: what is due and its status; the centre hands in files with a comment while it is
// open; the case officer accepts (with the assessment, for report and accounts) or returns what was
// handed in; the hand-in history with reviews and files; every reminder, planned or sent.
import {
  Alert,
  Button,
  Heading,
  Label,
  Link,
  Paragraph,
  Table,
  Textfield,
  ValidationMessage,
} from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { api, ApiError, asApiError, fieldMessage } from '../api.js';
import { Async, Empty, ErrorState } from '../components/States.js';
import { DeadlineStatusTag } from '../components/Tags.js';
import { ScrollRegion } from '../components/ScrollRegion.js';
import { MoveDueDateForm } from '../components/MoveDueDateForm.js';
import { formatDate, formatTimestamp } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { AnnualReport, Deadline, DeadlineDetail, DeadlineSubmission, Reminder } from '../types.js';
import { CommentThread } from '../components/CommentThread.js';
import { ReviewForm } from '../components/ReviewForm.js';

export function DeadlinePage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const deadline = useApi<DeadlineDetail>(valid ? `/api/deadlines/${id}` : null);
  usePageTitle(deadline.data ? t.deadlineTitle(deadline.data.title) : t.deadlines);
  if (!valid) return <ErrorState error={new ApiError(404, 'not-found', undefined)} />;
  return <Async loaded={deadline}>{(d) => <DeadlineView deadline={d} reload={deadline.reload} />}</Async>;
}

function DeadlineView({ deadline, reload }: { deadline: DeadlineDetail; reload: () => void }) {
  const { t, language } = useI18n();
  const submissions = useApi<{ items: DeadlineSubmission[] }>(`/api/deadlines/${deadline.id}/submissions`);
  const reminders = useApi<{ items: Reminder[] }>(`/api/deadlines/${deadline.id}/reminders`);
  // A report deadline is met by the structured report on its own page (files go with it there).
  const report = useApi<AnnualReport>(deadline.kind === 'report' ? `/api/deadlines/${deadline.id}/report` : null);
  const [done, setDone] = useState('');
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);
  const changed = (message: string) => {
    setDone(message);
    reload();
    submissions.reload();
    reminders.reload();
  };
  // The server's deadline policy says what this user may do (an agenda deadline, for one, is met by
  // proposing items on the meeting page, not by handing in files).
  const { handIn: canHandIn, review: canReview, moveDueDate: canMove } = deadline.abilities;

  return (
    <article>
      <Heading level={1} data-size="lg">
        {t.deadlineTitle(deadline.title)}
      </Heading>
      <Paragraph className="letter-meta">
        {deadline.centre.code} · {t.dueDate} {formatDate(deadline.dueDate, language)} · {t.deadlineKind[deadline.kind]}{' '}
        · <DeadlineStatusTag status={deadline.status} />
        {deadline.letterId && (
          <>
            {' · '}
            <Link asChild>
              <RouterLink to={`/letters/${deadline.letterId}`}>{t.letter}</RouterLink>
            </Link>
          </>
        )}
        {deadline.steeringMeetingId && (
          <>
            {' · '}
            <Link asChild>
              <RouterLink to={`/meetings/${deadline.steeringMeetingId}`}>{t.openMeeting}</RouterLink>
            </Link>
          </>
        )}
      </Paragraph>
      {done && (
        <Alert data-color="success" role="status" ref={doneRef} tabIndex={-1}>
          {done}
        </Alert>
      )}
      {report.data && (
        <Paragraph>
          <Button asChild variant={report.data.abilities.update ? 'primary' : 'secondary'}>
            <RouterLink to={`/deadlines/${deadline.id}/rapport`}>
              {report.data.abilities.update ? t.writeReport : t.readReport}
            </RouterLink>
          </Button>
        </Paragraph>
      )}
      {canHandIn && deadline.kind !== 'report' && (
        <HandInForm deadline={deadline} onDone={() => changed(t.handInDone)} />
      )}
      {canReview && (
        <ReviewForm
          deadline={deadline}
          structuredReport={report.data?.status === 'submitted'}
          onDone={(decision) => changed(t.reviewDone[decision])}
        />
      )}
      {canMove && (
        <MoveDueDateForm
          deadline={deadline}
          onMoved={(moved) => changed(t.dueDateMoved(formatDate(moved.dueDate, language)))}
        />
      )}

      <section aria-labelledby="hand-ins">
        <Heading level={2} data-size="sm" id="hand-ins">
          {t.handIns}
        </Heading>
        <Async loaded={submissions}>
          {({ items }) =>
            items.length === 0 ? (
              <Empty>{t.noHandIns}</Empty>
            ) : (
              <ol className="plain-list hand-ins" data-testid="hand-ins">
                {items.map((submission) => (
                  <li key={submission.id} className="hand-in">
                    <Paragraph>
                      <strong>
                        {t.submittedBy(
                          submission.submittedBy ?? '–',
                          formatTimestamp(submission.submittedAt, language),
                        )}
                      </strong>{' '}
                      · {t.reviewStatus[submission.review.status]}
                    </Paragraph>
                    {submission.comment && <Paragraph>{submission.comment}</Paragraph>}
                    <ul>
                      {submission.files.map((file) => (
                        <li key={file.id}>
                          <Link href={`/api/deadlines/${deadline.id}/files/${file.id}`} download>
                            {file.filename}
                          </Link>{' '}
                          <span className="muted">({Math.max(1, Math.round(file.byteSize / 1024))} kB)</span>
                        </li>
                      ))}
                    </ul>
                    {submission.review.reviewedAt && (
                      <div className="muted">
                        <Paragraph data-size="sm">
                          {t.reviewedBy(
                            submission.review.reviewedBy ?? '–',
                            formatTimestamp(submission.review.reviewedAt, language),
                          )}
                        </Paragraph>
                        {submission.review.comment && <Paragraph data-size="sm">{submission.review.comment}</Paragraph>}
                        {submission.review.assessmentGoals && (
                          <Paragraph data-size="sm">
                            {t.assessmentGoals}: {submission.review.assessmentGoals}
                          </Paragraph>
                        )}
                        {submission.review.assessmentFunds && (
                          <Paragraph data-size="sm">
                            {t.assessmentFunds}: {submission.review.assessmentFunds}
                          </Paragraph>
                        )}
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            )
          }
        </Async>
      </section>

      <section aria-labelledby="reminders">
        <Heading level={2} data-size="sm" id="reminders">
          {t.reminders}
        </Heading>
        <Async loaded={reminders}>
          {({ items }) =>
            items.length === 0 ? (
              <Empty>{t.noReminders}</Empty>
            ) : (
              <ScrollRegion label={t.reminders}>
                <Table zebra border data-testid="reminders">
                  <caption className="visually-hidden">{t.reminders}</caption>
                  <Table.Head>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{t.sendOn}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.when}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.recipient}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{t.status}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Head>
                  <Table.Body>
                    {items.map((reminder, index) => (
                      <Table.Row key={reminder.id ?? `planned-${index}`}>
                        <Table.Cell>{formatDate(reminder.sendOn, language)}</Table.Cell>
                        <Table.Cell>{t.reminderStep(reminder.step)}</Table.Cell>
                        <Table.Cell>{reminder.recipient.name}</Table.Cell>
                        <Table.Cell>
                          {t.reminderStatus[reminder.status]}
                          {reminder.error && <div className="muted">{reminder.error}</div>}
                        </Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </ScrollRegion>
            )
          }
        </Async>
      </section>

      <CommentThread subjectType="deadline" subjectId={deadline.id} anchor="kommentarer" />
    </article>
  );
}

function HandInForm({ deadline, onDone }: { deadline: Deadline; onDone: () => void }) {
  const { t } = useI18n();
  const files = useRef<HTMLInputElement>(null);
  const [comment, setComment] = useState('');
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setFileProblem(null);
    const chosen = [...(files.current?.files ?? [])];
    if (chosen.length === 0) {
      setFileProblem(t.filesRequired);
      files.current?.focus();
      return;
    }
    const form = new FormData();
    for (const file of chosen) form.append('files', file, file.name);
    if (comment.trim()) form.append('comment', comment);
    setBusy(true);
    api<DeadlineSubmission>(`/api/deadlines/${deadline.id}/submissions`, { method: 'POST', body: form })
      .then(() => onDone())
      .catch((e: unknown) => {
        const problem = asApiError(e);
        if (problem.status === 413) setFileProblem(`${t.fileTooLarge} ${problem.detail ?? ''}`.trim());
        else if (problem.status === 415) setFileProblem(`${t.fileWrongType} ${problem.detail ?? ''}`.trim());
        else if (fieldMessage(problem, 'body.files')) setFileProblem(fieldMessage(problem, 'body.files')!);
        else setError(problem);
        if (problem.status === 413 || problem.status === 415) files.current?.focus();
      })
      .finally(() => setBusy(false));
  };
  return (
    <section aria-labelledby="hand-in" className="hand-in-form">
      <Heading level={2} data-size="sm" id="hand-in">
        {t.handInTitle}
      </Heading>
      <form onSubmit={submit} noValidate className="form-stack">
        <div className="ds-field">
          <Label htmlFor="hand-in-files">{t.files}</Label>
          <Paragraph id="hand-in-files-help" data-size="sm" className="muted">
            {t.filesHelp}
          </Paragraph>
          <input
            ref={files}
            id="hand-in-files"
            name="files"
            type="file"
            multiple
            className="file-input"
            aria-describedby={fileProblem ? 'hand-in-files-help hand-in-files-error' : 'hand-in-files-help'}
            aria-invalid={fileProblem ? true : undefined}
            onChange={() => setFileProblem(null)}
          />
          {fileProblem && (
            <ValidationMessage id="hand-in-files-error" role="alert">
              {fileProblem}
            </ValidationMessage>
          )}
        </div>
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
            {busy ? t.handingIn : t.handInButton}
          </Button>
        </div>
      </form>
    </section>
  );
}
