// One letter: read it (sections, priority areas, assignments by rank, budget, deadlines, meetings,
// approvals), and — for a case officer while it is not issued — edit it. Assignments change rank
// one step at a time by button or Alt+arrow keys; ties are allowed, so ranks need not be unique.
// Texts are shown with their year placeholders ({{år}}, {{fjorår}}, {{neste år}}) as the letter's
// years; the editor shows and keeps the placeholders.
import { Alert, Button, Heading, Link, Paragraph, Select, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { FormEvent, KeyboardEvent } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { api, ApiError, asApiError } from '../api.js';
import { Async, Empty, ErrorState } from '../components/States.js';
import { AssignmentStatusTag, LetterStatusTag } from '../components/Tags.js';
import { BudgetFrameTable } from '../components/BudgetFrameTable.js';
import { MeetingList } from '../components/Meeting.js';
import { LetterWorkflow } from '../components/LetterWorkflow.js';
import { NewSupplement } from '../components/NewSupplement.js';
import { AssignmentForm } from '../components/AssignmentForm.js';
import { ResultMessage, useResultMessage } from '../components/ResultMessage.js';
import { resolveYearWords } from '../../../common/yearWords.js';
import { formatDate } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { Assignment, AssignmentStatus, Letter } from '../types.js';

import { DeadlineTable } from './CaseOfficerHome.js';
import { CommentThread, FoldedCommentThread } from '../components/CommentThread.js';

const assignmentStatuses: AssignmentStatus[] = ['not_started', 'in_progress', 'delivered', 'completed', 'cancelled'];

export function LetterPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const loaded = useApi<Letter>(Number.isInteger(id) && id > 0 ? `/api/letters/${id}` : null);
  usePageTitle(loaded.data ? resolveYearWords(loaded.data.title, loaded.data.year) : t.letter);
  if (!Number.isInteger(id) || id <= 0) return <ErrorState error={new ApiError(404, 'not-found', undefined)} />;
  return <Async loaded={loaded}>{(letter) => <LetterView letter={letter} reload={loaded.reload} />}</Async>;
}

function LetterView({ letter, reload }: { letter: Letter; reload: () => void }) {
  const { t, language } = useI18n();
  const [editing, setEditing] = useState(false);
  const canSupplement = letter.abilities.createSupplement;
  const editable = letter.abilities.update && letter.status !== 'issued';
  const words = (text: string) => resolveYearWords(text, letter.year);
  return (
    <article>
      <Heading level={1} data-size="lg">
        {words(letter.title)}
      </Heading>
      <Paragraph className="letter-meta">
        <Link asChild>
          <RouterLink to={`/centres/${encodeURIComponent(letter.centre.code)}`}>{letter.centre.code}</RouterLink>
        </Link>{' '}
        · {letter.year} · {t.letterKind[letter.kind]} ·{' '}
        <LetterStatusTag status={letter.status} accepted={letter.acceptedAt !== null} />
        {letter.referenceNumber && ` · ${t.referenceNumber} ${letter.referenceNumber}`}
        {letter.letterDate && ` · ${t.letterDate} ${formatDate(letter.letterDate, language)}`}
      </Paragraph>
      {letter.status === 'issued' && <Alert data-color="info">{t.issuedLocked}</Alert>}
      <LetterWorkflow letter={letter} onChanged={reload} />
      {canSupplement && <NewSupplement letter={letter} />}
      {editable && !editing && (
        <Button variant="secondary" onClick={() => setEditing(true)}>
          {t.editLetter}
        </Button>
      )}

      {editing ? (
        <ContentEditor
          letter={letter}
          onDone={(saved) => {
            setEditing(false);
            if (saved) reload();
          }}
        />
      ) : (
        <>
          <section aria-labelledby="sections">
            <Heading level={2} data-size="sm" id="sections" className="visually-hidden">
              {t.sections}
            </Heading>
            {letter.sections.map((section) => (
              <div key={section.id} className="letter-section">
                <Heading level={3} data-size="xs">
                  {words(section.heading)}
                </Heading>
                {words(section.body)
                  .split(/\n+/)
                  .filter(Boolean)
                  .map((paragraph, index) => (
                    <Paragraph key={index}>{paragraph}</Paragraph>
                  ))}
              </div>
            ))}
          </section>
          <section aria-labelledby="priority-areas">
            <Heading level={2} data-size="sm" id="priority-areas">
              {t.priorityAreas}
            </Heading>
            {letter.priorityAreas.length === 0 ? (
              <Empty>{t.none}</Empty>
            ) : (
              <ol>
                {letter.priorityAreas.map((area) => (
                  <li key={area.id}>
                    <strong>{words(area.title)}</strong>
                    {area.description && <div>{words(area.description)}</div>}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </>
      )}

      <AssignmentList letter={letter} editable={editable} />

      <section aria-labelledby="budget">
        <Heading level={2} data-size="sm" id="budget">
          {t.budget}
        </Heading>
        {letter.budgetFrames.length === 0 ? (
          <Empty>{t.none}</Empty>
        ) : (
          <BudgetFrameTable frames={letter.budgetFrames} showTotal testId="budget-table" />
        )}
      </section>

      <section aria-labelledby="deadlines">
        <Heading level={2} data-size="sm" id="deadlines">
          {t.deadlines}
        </Heading>
        {letter.deadlines.length === 0 ? (
          <Empty>{t.noDeadlines}</Empty>
        ) : (
          <DeadlineTable deadlines={letter.deadlines} />
        )}
      </section>

      <section aria-labelledby="meetings">
        <Heading level={2} data-size="sm" id="meetings">
          {t.meetings}
        </Heading>
        {letter.steeringMeetings.length === 0 ? (
          <Empty>{t.noMeetings}</Empty>
        ) : (
          <MeetingList meetings={letter.steeringMeetings} />
        )}
      </section>

      {(letter.signatories.length > 0 || letter.copyRecipients.length > 0) && (
        <section aria-labelledby="approvals">
          <Heading level={2} data-size="sm" id="approvals">
            {t.approvals}
          </Heading>
          {letter.signatories.length > 0 && (
            <Paragraph>
              {t.signatories}: {letter.signatories.map((s) => `${s.name} (${s.title})`).join(', ')}
            </Paragraph>
          )}
          {letter.copyRecipients.length > 0 && (
            <Paragraph>
              {t.copyTo}: {letter.copyRecipients.map((c) => c.name).join(', ')}
            </Paragraph>
          )}
        </section>
      )}

      <CommentThread subjectType="letter" subjectId={letter.id} anchor="kommentarer" />
    </article>
  );
}

interface Item {
  key: string;
  heading: string;
  body: string;
}

/** An ordered list of items with move up/down and remove by button; focus follows the moved item. */
function OrderedItems({
  legend,
  items,
  onChange,
  headingLabel,
  bodyLabel,
  addLabel,
}: {
  legend: string;
  items: Item[];
  onChange: (items: Item[]) => void;
  headingLabel: string;
  bodyLabel: string;
  addLabel: string;
}) {
  const { t } = useI18n();
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  useEffect(() => {
    if (focusKey) buttons.current.get(focusKey)?.focus();
    setFocusKey(null);
  }, [focusKey, items]);
  const move = (index: number, by: -1 | 1, which: 'up' | 'down') => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    next.splice(index + by, 0, item!);
    onChange(next);
    const target = index + by === 0 ? 'down' : index + by === items.length - 1 ? 'up' : which;
    setFocusKey(`${item!.key}:${target}`);
  };
  return (
    <fieldset className="ordered-items">
      <legend>
        <Heading level={2} data-size="sm">
          {legend}
        </Heading>
      </legend>
      <ol>
        {items.map((item, index) => (
          <li key={item.key} className="ordered-item">
            <Textfield
              label={`${headingLabel} ${index + 1}`}
              value={item.heading}
              onChange={(event) =>
                onChange(items.map((i) => (i.key === item.key ? { ...i, heading: event.target.value } : i)))
              }
            />
            <Textfield
              label={`${bodyLabel} ${index + 1}`}
              multiline
              rows={3}
              value={item.body}
              onChange={(event) =>
                onChange(items.map((i) => (i.key === item.key ? { ...i, body: event.target.value } : i)))
              }
            />
            <div className="item-buttons">
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                disabled={index === 0}
                ref={(el) => {
                  buttons.current.set(`${item.key}:up`, el);
                }}
                onClick={() => move(index, -1, 'up')}
              >
                {t.moveUp}
                <span className="visually-hidden">: {item.heading}</span>
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                disabled={index === items.length - 1}
                ref={(el) => {
                  buttons.current.set(`${item.key}:down`, el);
                }}
                onClick={() => move(index, 1, 'down')}
              >
                {t.moveDown}
                <span className="visually-hidden">: {item.heading}</span>
              </Button>
              <Button
                type="button"
                variant="tertiary"
                data-size="sm"
                data-color="danger"
                onClick={() => onChange(items.filter((i) => i.key !== item.key))}
              >
                {t.removeItem(item.heading || String(index + 1))}
              </Button>
            </div>
          </li>
        ))}
      </ol>
      <Button
        type="button"
        variant="secondary"
        data-size="sm"
        onClick={() => onChange([...items, { key: `new-${Date.now()}`, heading: '', body: '' }])}
      >
        {addLabel}
      </Button>
    </fieldset>
  );
}

function ContentEditor({ letter, onDone }: { letter: Letter; onDone: (saved: boolean) => void }) {
  const { t } = useI18n();
  const [title, setTitle] = useState(letter.title);
  const [sections, setSections] = useState<Item[]>(
    letter.sections.map((s) => ({ key: `s${s.id}`, heading: s.heading, body: s.body })),
  );
  const recurring = new Map(letter.sections.map((s) => [`s${s.id}`, s.recurring]));
  const [areas, setAreas] = useState<Item[]>(
    letter.priorityAreas.map((a) => ({ key: `p${a.id}`, heading: a.title, body: a.description ?? '' })),
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    api(`/api/letters/${letter.id}`, {
      method: 'PATCH',
      body: {
        title,
        sections: sections.map((s) => ({ heading: s.heading, body: s.body, recurring: recurring.get(s.key) ?? false })),
        priorityAreas: areas.map((a) => ({ title: a.heading, description: a.body.trim() ? a.body : null })),
      },
    })
      .then(() => onDone(true))
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => setBusy(false));
  };
  return (
    <form onSubmit={submit} className="form-stack letter-editor">
      {error && <ErrorState error={error} />}
      <Paragraph data-size="sm" data-testid="year-words-help">
        {t.yearWordsHelp}
      </Paragraph>
      <Textfield label={t.title} value={title} onChange={(event) => setTitle(event.target.value)} />
      <OrderedItems
        legend={t.sections}
        items={sections}
        onChange={setSections}
        headingLabel={t.heading}
        bodyLabel={t.text}
        addLabel={t.addSection}
      />
      <OrderedItems
        legend={t.priorityAreas}
        items={areas}
        onChange={setAreas}
        headingLabel={t.title}
        bodyLabel={t.description}
        addLabel={t.addPriorityArea}
      />
      <div className="item-buttons">
        <Button type="submit" disabled={busy}>
          {busy ? t.saving : t.save}
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(false)}>
          {t.cancel}
        </Button>
      </div>
    </form>
  );
}

const byRank = (a: Assignment, b: Assignment) => a.rank - b.rank || a.id - b.id;

/** A long-term assignment's span, and the earlier letter it goes on from (linked). */
function AssignmentYears({ assignment }: { assignment: Assignment }) {
  const { t } = useI18n();
  const { startYear, endYear, carriedFrom } = assignment;
  const multiYear = startYear !== null && endYear !== null && endYear > startYear;
  if (!multiYear && !carriedFrom) return null;
  return (
    <div className="muted assignment-years">
      {multiYear && <span>{t.multiYear(startYear, endYear)}</span>}
      {carriedFrom && (
        <Link asChild>
          <RouterLink to={`/letters/${carriedFrom.letterId}#oppdrag-${carriedFrom.assignmentId}`}>
            {t.carriedFrom(carriedFrom.year)}
          </RouterLink>
        </Link>
      )}
    </div>
  );
}

/** The special assignments by rank; editable ones change rank by button or Alt+arrow keys. */
function AssignmentList({ letter, editable }: { letter: Letter; editable: boolean }) {
  const { t, language } = useI18n();
  // Assignments are followed up after issuing too: their status moves on, their content does not.
  const canSetStatus = letter.abilities.setAssignmentStatus;
  const [assignments, setAssignments] = useState(letter.assignments);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [editingId, setEditingId] = useState<number | null>(null);
  const result = useResultMessage();
  const words = (text: string) => resolveYearWords(text, letter.year);
  const rows = useRef(new Map<number, HTMLLIElement | null>());
  useEffect(() => setAssignments(letter.assignments), [letter.assignments]);

  // One change at a time: a double click or a held Alt+arrow sends nothing twice from a stale rank.
  const [busy, setBusy] = useState(false);
  const busyNow = useRef(false);
  const change = (call: () => Promise<void>) => {
    if (busyNow.current) return;
    busyNow.current = true;
    setBusy(true);
    setError(null);
    call()
      .catch((e: unknown) => setError(asApiError(e)))
      .finally(() => {
        busyNow.current = false;
        setBusy(false);
      });
  };
  const setRank = (assignment: Assignment, rank: number) => {
    if (rank < 1 || rank > 100 || rank === assignment.rank) return;
    change(async () => {
      const updated = await api<Assignment>(`/api/assignments/${assignment.id}`, { method: 'PATCH', body: { rank } });
      setAssignments((list) => list.map((a) => (a.id === updated.id ? updated : a)));
      setAnnouncement(t.rankAnnounce(updated.title, updated.rank));
      requestAnimationFrame(() => rows.current.get(updated.id)?.focus());
    });
  };
  const setStatus = (assignment: Assignment, status: AssignmentStatus) =>
    change(async () => {
      const updated = await api<Assignment>(`/api/assignments/${assignment.id}`, { method: 'PATCH', body: { status } });
      setAssignments((list) => list.map((a) => (a.id === updated.id ? updated : a)));
      setAnnouncement(t.statusAnnounce(updated.title, t.assignmentStatus[updated.status]));
    });
  const remove = (assignment: Assignment) =>
    change(async () => {
      await api(`/api/assignments/${assignment.id}`, { method: 'DELETE' });
      setAssignments((list) => list.filter((a) => a.id !== assignment.id));
    });
  const added = (created: Assignment) => {
    setAssignments((list) => [...list, created]);
    result.show(t.assignmentAdded(words(created.title)));
  };
  const saved = (updated: Assignment) => {
    setAssignments((list) => list.map((a) => (a.id === updated.id ? updated : a)));
    setEditingId(null);
    result.show(t.assignmentSaved(words(updated.title)));
  };
  const onKeyDown = (assignment: Assignment) => (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    // Keys typed in the assignment's comment thread are the thread's, not the ranking's.
    if ((event.target as HTMLElement).closest('.comment-fold')) return;
    event.preventDefault();
    setRank(assignment, assignment.rank + (event.key === 'ArrowUp' ? -1 : 1));
  };
  const sorted = [...assignments].sort(byRank);

  return (
    <section aria-labelledby="assignments">
      <Heading level={2} data-size="sm" id="assignments">
        {t.assignments}
      </Heading>
      {editable && <Paragraph data-size="sm">{t.assignmentsHelp}</Paragraph>}
      <div aria-live="polite" className="visually-hidden">
        {announcement}
      </div>
      {error && <ErrorState error={error} />}
      <ResultMessage state={result} testId="assignment-result" />
      {sorted.length === 0 ? (
        <Empty>{t.noAssignments}</Empty>
      ) : (
        <ol className="assignment-list" data-testid="assignment-list">
          {sorted.map((assignment) => (
            <li
              key={assignment.id}
              id={`oppdrag-${assignment.id}`}
              className="assignment"
              tabIndex={editable ? -1 : undefined}
              ref={(el) => {
                rows.current.set(assignment.id, el);
              }}
              onKeyDown={editable && editingId !== assignment.id ? onKeyDown(assignment) : undefined}
            >
              <span className="rank">
                <span className="visually-hidden">{t.rank} </span>
                {assignment.rank}
              </span>
              {editingId === assignment.id ? (
                <AssignmentForm
                  letterId={letter.id}
                  assignment={assignment}
                  onSaved={saved}
                  onCancel={() => {
                    setEditingId(null);
                    requestAnimationFrame(() => rows.current.get(assignment.id)?.focus());
                  }}
                />
              ) : (
                <div className="assignment-body">
                  <strong>{words(assignment.title)}</strong>
                  <AssignmentYears assignment={assignment} />
                  {assignment.description && <div className="muted">{words(assignment.description)}</div>}
                  <div className="muted">
                    {t.assignmentDeadline}:{' '}
                    {assignment.deadlineDate
                      ? formatDate(assignment.deadlineDate, language)
                      : assignment.deadlineToBeAgreed
                        ? t.toBeAgreed
                        : t.none}{' '}
                    {!canSetStatus && <AssignmentStatusTag status={assignment.status} />}
                  </div>
                  {canSetStatus && (
                    <Select
                      aria-label={t.statusFor(assignment.title)}
                      data-size="sm"
                      width="auto"
                      value={assignment.status}
                      onChange={(event) => setStatus(assignment, event.target.value as AssignmentStatus)}
                    >
                      {assignmentStatuses.map((status) => (
                        <Select.Option key={status} value={status}>
                          {t.assignmentStatus[status]}
                        </Select.Option>
                      ))}
                    </Select>
                  )}
                </div>
              )}
              {editable && editingId !== assignment.id && (
                <div className="item-buttons">
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    disabled={busy || assignment.rank <= 1}
                    aria-keyshortcuts="Alt+ArrowUp"
                    onClick={() => setRank(assignment, assignment.rank - 1)}
                  >
                    <span aria-hidden="true">↑ </span>
                    {t.raisePriority}
                    <span className="visually-hidden"> – {assignment.title}</span>
                  </Button>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    aria-keyshortcuts="Alt+ArrowDown"
                    disabled={busy}
                    onClick={() => setRank(assignment, assignment.rank + 1)}
                  >
                    <span aria-hidden="true">↓ </span>
                    {t.lowerPriority}
                    <span className="visually-hidden"> – {assignment.title}</span>
                  </Button>
                  <Button variant="tertiary" data-size="sm" disabled={busy} onClick={() => setEditingId(assignment.id)}>
                    {t.editAssignment}
                    <span className="visually-hidden"> – {assignment.title}</span>
                  </Button>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    data-color="danger"
                    disabled={busy}
                    onClick={() => remove(assignment)}
                  >
                    {t.removeItem(assignment.title)}
                  </Button>
                </div>
              )}
              {editingId !== assignment.id && (
                <FoldedCommentThread
                  subjectType="assignment"
                  subjectId={assignment.id}
                  anchor={`oppdrag-${assignment.id}`}
                  label={words(assignment.title)}
                />
              )}
            </li>
          ))}
        </ol>
      )}
      {editable && (
        <AssignmentForm
          letterId={letter.id}
          defaultRank={Math.max(1, ...assignments.map((a) => a.rank))}
          onSaved={added}
        />
      )}
    </section>
  );
}
