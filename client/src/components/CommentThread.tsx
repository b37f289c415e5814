// The thread on a letter, an assignment, a deadline or an agenda item: both sides write; the
// directorate may mark a comment as an internal note (the server never gives those to a centre
// user). The author edits within the edit window and deletes to a tombstone; people named are told
// by the server. Each result is shown in place with focus on it.
import { Button, Checkbox, Fieldset, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api, asApiError, fieldMessage } from '../api.js';
import type { ApiError } from '../api.js';
import { useApi } from '../useApi.js';
import { useI18n } from '../i18n.js';
import { formatTimestamp } from '../format.js';
import type { Comment, CommentSubjectType, MentionablePerson } from '../types.js';
import { ErrorState, Loading } from './States.js';
import { ResultMessage, useResultMessage } from './ResultMessage.js';

interface Thread {
  items: Comment[];
  abilities: { comment: boolean; commentInternally: boolean };
}

export function CommentThread({
  subjectType,
  subjectId,
  headingLevel = 2,
  anchor,
}: {
  subjectType: CommentSubjectType;
  subjectId: number;
  headingLevel?: 2 | 3 | 4;
  /** The element id the server's notices link to (e.g. "kommentarer"). */
  anchor?: string;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const query = `subjectType=${subjectType}&subjectId=${subjectId}`;
  const thread = useApi<Thread>(`/api/comments?${query}`);
  const result = useResultMessage();
  const done = (text: string) => {
    thread.reload();
    result.show(text);
  };
  return (
    <section aria-labelledby={headingId} className="comment-thread" id={anchor}>
      <Heading level={headingLevel} data-size="xs" id={headingId}>
        {t.commentsTitle}
        {thread.data && thread.data.items.length > 0 && ` (${thread.data.items.length})`}
      </Heading>
      {thread.loading && !thread.data && <Loading />}
      {thread.error && <ErrorState error={thread.error} onRetry={thread.reload} />}
      {thread.data && (
        <>
          {thread.data.items.length === 0 ? (
            <Paragraph data-size="sm">{t.commentsEmpty}</Paragraph>
          ) : (
            <ol className="comment-list">
              {thread.data.items.map((comment) => (
                <li key={comment.id}>
                  <CommentEntry comment={comment} onChanged={done} />
                </li>
              ))}
            </ol>
          )}
          <ResultMessage state={result} />
          {thread.data.abilities.comment && (
            <NewComment
              subjectType={subjectType}
              subjectId={subjectId}
              mayWriteInternal={thread.data.abilities.commentInternally}
              onSent={() => done(t.commentSent)}
            />
          )}
        </>
      )}
    </section>
  );
}

function CommentEntry({ comment, onChanged }: { comment: Comment; onChanged: (text: string) => void }) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const author = comment.author;
  const remove = () => {
    setError(null);
    api<Comment>(`/api/comments/${comment.id}`, { method: 'DELETE' })
      .then(() => {
        setConfirming(false);
        onChanged(t.commentRemoved);
      })
      .catch((e: unknown) => setError(asApiError(e)));
  };
  return (
    <article
      className={comment.internal ? 'comment comment-internal' : 'comment'}
      data-testid={`comment-${comment.id}`}
    >
      <p className="comment-meta">
        <strong>{author?.name ?? '–'}</strong>{' '}
        {author && (
          <Tag data-size="sm" data-color="neutral">
            {author.side === 'centre' ? t.commentSideCentre : t.commentSideDirectorate}
          </Tag>
        )}{' '}
        {comment.internal && (
          <Tag data-size="sm" data-color="warning">
            {t.commentInternalTag}
          </Tag>
        )}{' '}
        <span>
          {formatTimestamp(comment.createdAt, language)}
          {comment.editedAt && !comment.deletedAt && ` (${t.commentEdited})`}
        </span>
      </p>
      {comment.body === null ? (
        <Paragraph data-size="sm" className="comment-deleted">
          {t.commentDeleted}
        </Paragraph>
      ) : editing ? (
        <EditComment
          comment={comment}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            onChanged(t.commentSaved);
          }}
        />
      ) : (
        <>
          <p className="comment-body">{comment.body}</p>
          {comment.mentioned.length > 0 && (
            <Paragraph data-size="sm">{t.commentMentions(comment.mentioned.map((p) => p.name).join(', '))}</Paragraph>
          )}
        </>
      )}
      {!editing && (comment.abilities.update || comment.abilities.delete) && (
        <div className="button-row">
          {comment.abilities.update && (
            <Button variant="tertiary" data-size="sm" onClick={() => setEditing(true)}>
              {t.commentEdit}
            </Button>
          )}
          {comment.abilities.delete && !confirming && (
            <Button variant="tertiary" data-size="sm" onClick={() => setConfirming(true)}>
              {t.commentDelete}
            </Button>
          )}
        </div>
      )}
      {confirming && (
        <div role="group" aria-label={t.commentDeleteConfirm} className="button-row">
          <Paragraph data-size="sm">{t.commentDeleteConfirm}</Paragraph>
          <Button data-size="sm" data-color="danger" onClick={remove}>
            {t.commentDeleteYes}
          </Button>
          <Button variant="secondary" data-size="sm" onClick={() => setConfirming(false)}>
            {t.commentCancel}
          </Button>
        </div>
      )}
      {error && <ErrorState error={error} />}
    </article>
  );
}

function EditComment({ comment, onCancel, onSaved }: { comment: Comment; onCancel: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const [body, setBody] = useState(comment.body ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const save = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    api<Comment>(`/api/comments/${comment.id}`, { method: 'PATCH', body: { body } })
      .then(onSaved)
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  return (
    <form onSubmit={save} noValidate className="form-stack">
      <Textfield
        label={t.commentEditLabel}
        description={t.commentEditWindow}
        multiline
        rows={3}
        value={body}
        error={fieldMessage(error, 'body.body')}
        onChange={(event) => setBody(event.target.value)}
        autoFocus
      />
      {error && !fieldMessage(error, 'body.body') && <ErrorState error={error} />}
      <div className="button-row">
        <Button type="submit" data-size="sm" disabled={busy}>
          {t.commentSaveEdit}
        </Button>
        <Button type="button" variant="secondary" data-size="sm" onClick={onCancel}>
          {t.commentCancel}
        </Button>
      </div>
    </form>
  );
}

function NewComment({
  subjectType,
  subjectId,
  mayWriteInternal,
  onSent,
}: {
  subjectType: CommentSubjectType;
  subjectId: number;
  mayWriteInternal: boolean;
  onSent: () => void;
}) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [mentioned, setMentioned] = useState<number[]>([]);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const people = useApi<{ items: MentionablePerson[] }>(
    `/api/comments/mentionable?subjectType=${subjectType}&subjectId=${subjectId}`,
  );
  // An internal note can name only the directorate: the centre's people are not offered.
  const offered = (people.data?.items ?? []).filter((person) => !internal || person.side === 'directorate');
  const chosen = mentioned.filter((id) => offered.some((person) => person.id === id));
  const send = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setMissing(!body.trim());
    if (!body.trim()) return;
    setBusy(true);
    api<Comment>('/api/comments', {
      method: 'POST',
      body: { subjectType, subjectId, body, internal, mentionUserIds: chosen },
    })
      .then(() => {
        setBody('');
        setInternal(false);
        setMentioned([]);
        onSent();
      })
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  const bodyProblem = fieldMessage(error, 'body.body') ?? (missing ? t.commentBodyRequired : undefined);
  return (
    <form onSubmit={send} noValidate className="form-stack comment-form">
      <Textfield
        label={t.commentNew}
        multiline
        rows={3}
        value={body}
        error={bodyProblem}
        onChange={(event) => setBody(event.target.value)}
      />
      {mayWriteInternal && (
        <Checkbox
          label={t.commentInternal}
          description={t.commentInternalHelp}
          checked={internal}
          onChange={(event) => setInternal(event.target.checked)}
        />
      )}
      {offered.length > 0 && (
        <details className="comment-mentions">
          <summary>
            {t.commentMention} ({t.commentMentionCount(chosen.length)})
          </summary>
          <Fieldset>
            <Fieldset.Legend>{t.commentMention}</Fieldset.Legend>
            <Fieldset.Description>{t.commentMentionHelp}</Fieldset.Description>
            {offered.map((person) => (
              <Checkbox
                key={person.id}
                label={`${person.name} (${person.side === 'centre' ? t.commentSideCentre : t.commentSideDirectorate})`}
                checked={chosen.includes(person.id)}
                onChange={(event) =>
                  setMentioned((ids) =>
                    event.target.checked ? [...ids, person.id] : ids.filter((id) => id !== person.id),
                  )
                }
              />
            ))}
          </Fieldset>
        </details>
      )}
      {error && !fieldMessage(error, 'body.body') && <ErrorState error={error} />}
      <div>
        <Button type="submit" disabled={busy}>
          {t.commentSend}
        </Button>
      </div>
    </form>
  );
}

/** A thread folded away under a list item (an assignment, an agenda item), loaded when opened. */
export function FoldedCommentThread({
  subjectType,
  subjectId,
  anchor,
  label,
}: {
  subjectType: CommentSubjectType;
  subjectId: number;
  anchor: string;
  /** Says whose thread it is, for screen readers: "Kommentarer til Oppdrag 1". */
  label: string;
}) {
  const { t } = useI18n();
  // A notice links here (…#oppdrag-12): that thread starts open.
  const [open, setOpen] = useState(() => window.location.hash === `#${anchor}`);
  return (
    <details className="comment-fold" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t.commentsTitle}
        <span className="visually-hidden"> – {label}</span>
      </summary>
      {open && <CommentThread subjectType={subjectType} subjectId={subjectId} headingLevel={4} />}
    </details>
  );
}
