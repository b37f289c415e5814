// One steering meeting, as both sides prepare it: when and where, who is invited (and the calendar
// invitation), the shared agenda (propose an item until the agenda closes; the case officer orders
// and finalises it), the meeting pack, and the minutes with their approvals.
import { Alert, Button, Card, Heading, Label, Link, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { useParams } from 'react-router';
import { api, ApiError, fieldMessage } from '../api.js';
import { Async, Empty, ErrorState } from '../components/States.js';
import { MeetingStatusTag } from '../components/Tags.js';
import { MeetingWhen } from '../components/Meeting.js';
import { formatDate, formatTimestamp, todayInOslo } from '../format.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { AgendaItem, SteeringMeetingDetail } from '../types.js';
import { useMeetingAction } from '../components/meetings/useMeetingAction.js';
import type { MeetingAction } from '../components/meetings/useMeetingAction.js';
import { MeetingPlanForm } from '../components/meetings/MeetingPlanForm.js';
import { ParticipantsEditor } from '../components/meetings/ParticipantsEditor.js';
import { MinutesEditor } from '../components/meetings/MinutesEditor.js';
import { FoldedCommentThread } from '../components/CommentThread.js';

export function MeetingPage() {
  const { t } = useI18n();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const meeting = useApi<SteeringMeetingDetail>(valid ? `/api/steering-meetings/${id}` : null);
  const m = meeting.data;
  usePageTitle(m ? t.meetingTitle(m.sequence, m.year, m.centre.name) : t.meetings);
  if (!valid) return <ErrorState error={new ApiError(404, 'not-found', undefined)} />;
  return <Async loaded={meeting}>{(data) => <MeetingView meeting={data} reload={meeting.reload} />}</Async>;
}

function MeetingView({ meeting, reload }: { meeting: SteeringMeetingDetail; reload: () => void }) {
  const { t, language } = useI18n();
  const action = useMeetingAction(reload);
  const path = `/api/steering-meetings/${meeting.id}`;
  const side = (s: 'directorate' | 'centre') => (s === 'directorate' ? t.sideDirectorate : meeting.centre.name);
  const deadline = meeting.preparation.agendaDeadline;
  return (
    <>
      <Heading level={1} data-size="lg">
        {t.meetingTitle(meeting.sequence, meeting.year, meeting.centre.name)}
      </Heading>
      <Paragraph>
        <MeetingWhen meeting={meeting} />
        {meeting.startTime && ` ${t.atTime(meeting.startTime)}`} <MeetingStatusTag status={meeting.status} />
      </Paragraph>
      <dl className="facts">
        <dt>{t.location}</dt>
        <dd>{meeting.location ?? t.none}</dd>
        {meeting.videoLink && (
          <>
            <dt>{t.videoLink}</dt>
            <dd>
              <Link href={meeting.videoLink}>{meeting.videoLink}</Link>
            </dd>
          </>
        )}
        <dt>{t.agendaDeadline}</dt>
        <dd>{deadline ? formatDate(deadline.dueDate, language) : t.none}</dd>
      </dl>
      {action.done && (
        <Alert data-color="success" role="status" ref={action.doneRef} tabIndex={-1}>
          {action.done}
        </Alert>
      )}
      {action.error && <ErrorState error={action.error} />}
      {meeting.abilities.update && meeting.status !== 'cancelled' && meeting.status !== 'held' && (
        <details className="editor">
          <summary>{t.editMeeting}</summary>
          <div className="grid-2">
            <MeetingPlanForm meeting={meeting} action={action} />
            <ParticipantsEditor meeting={meeting} action={action} />
          </div>
        </details>
      )}

      <div className="grid-2">
        <section aria-labelledby="participants">
          <Heading level={2} data-size="sm" id="participants">
            {t.participants}
          </Heading>
          {meeting.participants.length === 0 ? (
            <Empty>{t.noParticipants}</Empty>
          ) : (
            <ul className="plain-list">
              {meeting.participants.map((p) => (
                <li key={p.id}>
                  {p.name} ({side(p.side)})
                </li>
              ))}
            </ul>
          )}
          {meeting.invitedAt && (
            <Paragraph data-size="sm">
              {t.invitedOn(formatTimestamp(meeting.invitedAt, language), meeting.invitationSequence + 1)}
            </Paragraph>
          )}
          {meeting.meetingDate && <Link href={`${path}/invite.ics`}>{t.invitation}</Link>}
          {meeting.abilities.invite &&
            meeting.participants.length > 0 &&
            meeting.meetingDate &&
            meeting.startTime &&
            meeting.status !== 'cancelled' &&
            meeting.status !== 'held' && (
              <Button
                variant="secondary"
                disabled={action.busy}
                onClick={() => void action.run(() => api(`${path}/invitations`, { method: 'POST' }), t.invitationsSent)}
              >
                {t.sendInvitations}
              </Button>
            )}
        </section>
        <section aria-labelledby="meeting-pack">
          <Heading level={2} data-size="sm" id="meeting-pack">
            {t.meetingPack}
          </Heading>
          <ul className="plain-list">
            <li>
              <Link href={`${path}/pack.pdf`}>{t.packPdf}</Link>
              {meeting.pack && ` – ${t.packStored(formatTimestamp(meeting.pack.storedAt, language))}`}
            </li>
            <li>
              <Link href={`${path}/pack`}>{t.packHtml}</Link>
            </li>
          </ul>
          {!meeting.pack && <Paragraph data-size="sm">{t.packDraft}</Paragraph>}
        </section>
      </div>

      <AgendaSection meeting={meeting} action={action} side={side} />
      <MinutesSection meeting={meeting} action={action} />
    </>
  );
}

function AgendaSection({
  meeting,
  action,
  side,
}: {
  meeting: SteeringMeetingDetail;
  action: MeetingAction;
  side: (s: 'directorate' | 'centre') => string;
}) {
  const { t } = useI18n();
  const path = `/api/steering-meetings/${meeting.id}`;
  const items = meeting.agenda;
  const move = (index: number, by: -1 | 1) => {
    const order = items.map((i) => i.id);
    [order[index], order[index + by]] = [order[index + by]!, order[index]!];
    void action.run(() => api(`${path}/agenda/order`, { method: 'PUT', body: { itemIds: order } }), t.agendaOrdered);
  };
  const canOrder = meeting.abilities.manageAgenda && meeting.agendaStatus === 'open';
  return (
    <section aria-labelledby="agenda">
      <Heading level={2} data-size="md" id="agenda">
        {t.agenda}
      </Heading>
      <Paragraph data-size="sm">{meeting.agendaStatus === 'final' ? t.agendaFinal : t.agendaOpen}</Paragraph>
      {items.length === 0 ? (
        <Empty>{t.noAgendaItems}</Empty>
      ) : (
        <ol className="agenda-list">
          {items.map((item: AgendaItem, index) => (
            <li key={item.id} id={`sak-${item.id}`}>
              <strong>{item.title}</strong>
              {item.description && <Paragraph data-size="sm">{item.description}</Paragraph>}
              <Paragraph data-size="xs">{t.proposedBy(item.proposedBy?.name ?? '–', side(item.side))}</Paragraph>
              {item.files.length > 0 && (
                <ul className="plain-list">
                  {item.files.map((file) => (
                    <li key={file.id}>
                      <Link href={`/api/agenda-items/${item.id}/files/${file.id}`}>{file.filename}</Link>
                    </li>
                  ))}
                </ul>
              )}
              {canOrder && (
                <span className="row-actions">
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    disabled={index === 0 || action.busy}
                    onClick={() => move(index, -1)}
                  >
                    {t.moveUp}
                    <span className="visually-hidden">: {item.title}</span>
                  </Button>
                  <Button
                    variant="tertiary"
                    data-size="sm"
                    disabled={index === items.length - 1 || action.busy}
                    onClick={() => move(index, 1)}
                  >
                    {t.moveDown}
                    <span className="visually-hidden">: {item.title}</span>
                  </Button>
                </span>
              )}
              <FoldedCommentThread
                subjectType="agenda_item"
                subjectId={item.id}
                anchor={`sak-${item.id}`}
                label={item.title}
              />
            </li>
          ))}
        </ol>
      )}
      {meeting.abilities.proposeAgendaItem ? (
        <ProposeItemForm meeting={meeting} action={action} />
      ) : (
        meeting.abilities.agendaClosedReason && (
          <Alert data-color="info">
            {t.agendaClosed} {meeting.abilities.agendaClosedReason}
          </Alert>
        )
      )}
      {meeting.abilities.manageAgenda && meeting.status !== 'cancelled' && meeting.status !== 'held' && (
        <Button
          variant={meeting.agendaStatus === 'open' ? 'primary' : 'secondary'}
          disabled={action.busy}
          onClick={() =>
            void action.run(
              () =>
                api(`${path}/agenda/${meeting.agendaStatus === 'open' ? 'finalise' : 'reopen'}`, { method: 'POST' }),
              meeting.agendaStatus === 'open' ? t.agendaFinalised : t.agendaOpen,
            )
          }
        >
          {meeting.agendaStatus === 'open' ? t.finaliseAgenda : t.reopenAgenda}
        </Button>
      )}
    </section>
  );
}

function ProposeItemForm({ meeting, action }: { meeting: SteeringMeetingDetail; action: MeetingAction }) {
  const { t } = useI18n();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const files = useRef<HTMLInputElement>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = [...(files.current?.files ?? [])];
    let created: SteeringMeetingDetail | undefined;
    const added = await action.run(async () => {
      created = await api<SteeringMeetingDetail>(`/api/steering-meetings/${meeting.id}/agenda-items`, {
        method: 'POST',
        body: { title, description: description || null },
      });
    }, t.itemAdded(title.trim()));
    if (!added || !created) return;
    setTitle('');
    setDescription('');
    if (chosen.length === 0) return;
    // The new item is the one with the highest id; its documents go up once it exists. If they are
    // refused (size, type) the item stays, and the message says why the files did not.
    const item = created.agenda.reduce((newest, i) => (i.id > newest.id ? i : newest));
    const form = new FormData();
    for (const file of chosen) form.append('files', file, file.name);
    const uploaded = await action.run(
      () => api(`/api/agenda-items/${item.id}/files`, { method: 'POST', body: form }),
      t.itemAddedWithFiles(item.title, chosen.length),
    );
    if (uploaded && files.current) files.current.value = '';
  };
  return (
    <form onSubmit={(event) => void submit(event)} aria-labelledby="propose-item" className="stack">
      <Heading level={3} data-size="xs" id="propose-item">
        {t.proposeItem}
      </Heading>
      <Textfield
        label={t.itemTitle}
        value={title}
        required
        error={fieldMessage(action.error, 'body.title')}
        onChange={(event) => setTitle(event.target.value)}
      />
      <Textfield
        label={t.itemDescription}
        multiline
        rows={3}
        value={description}
        error={fieldMessage(action.error, 'body.description')}
        onChange={(event) => setDescription(event.target.value)}
      />
      <div className="ds-field">
        <Label htmlFor="agenda-item-files">{t.itemFiles}</Label>
        <Paragraph id="agenda-item-files-help" data-size="sm" className="muted">
          {t.filesHelp}
        </Paragraph>
        <input
          ref={files}
          id="agenda-item-files"
          name="files"
          type="file"
          multiple
          className="file-input"
          aria-describedby="agenda-item-files-help"
        />
      </div>
      <div>
        <Button type="submit" disabled={action.busy}>
          {t.addItem}
        </Button>
      </div>
    </form>
  );
}

function MinutesSection({ meeting, action }: { meeting: SteeringMeetingDetail; action: MeetingAction }) {
  const { t, language } = useI18n();
  const minutes = meeting.minutes;
  const approval = (given: { by: { name: string }; at: string } | null) =>
    given ? t.approvedByOn(given.by.name, formatTimestamp(given.at, language)) : t.awaitingApproval;
  return (
    <section aria-labelledby="minutes">
      <Heading level={2} data-size="md" id="minutes">
        {t.minutes}
      </Heading>
      {!minutes ? (
        <Empty>{t.noMinutes}</Empty>
      ) : (
        <Card data-color="neutral">
          <Paragraph data-size="sm">{t.minutesState[minutes.state]}</Paragraph>
          {minutes.summary && <Paragraph>{minutes.summary}</Paragraph>}
          {minutes.decisions.length > 0 && (
            <>
              <Heading level={3} data-size="xs">
                {t.decisions}
              </Heading>
              <ol>
                {minutes.decisions.map((decision, index) => (
                  <li key={index}>{decision}</li>
                ))}
              </ol>
            </>
          )}
          {minutes.actionItems.length > 0 && (
            <>
              <Heading level={3} data-size="xs">
                {t.actionItems}
              </Heading>
              <ul className="plain-list">
                {minutes.actionItems.map((item) => (
                  <li key={item.id}>
                    {item.title} – {t.owner}: {item.owner?.name ?? t.none}, {formatDate(item.dueDate, language)}
                    {item.deadlineId && (
                      <>
                        {' '}
                        (<Link href={`/deadlines/${item.deadlineId}`}>{t.deadlines}</Link>)
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <Paragraph data-size="sm">
            {t.sideDirectorate}: {approval(minutes.directorateApproval)}
            <br />
            {meeting.centre.name}: {approval(minutes.centreApproval)}
          </Paragraph>
        </Card>
      )}
      {meeting.abilities.writeMinutes && (
        <details className="editor" open={!minutes}>
          <summary>{minutes ? t.editMinutes : t.writeMinutes}</summary>
          <MinutesEditor meeting={meeting} action={action} />
        </details>
      )}
      {minutes && minutes.state !== 'locked' && !(meeting.meetingDate && meeting.meetingDate <= todayInOslo()) && (
        <Paragraph data-size="sm" data-testid="minutes-from">
          {meeting.meetingDate
            ? t.minutesFromMeetingDay(formatDate(meeting.meetingDate, language))
            : t.minutesNeedMeetingDate}
        </Paragraph>
      )}
      {meeting.abilities.approveMinutes && (
        <Button
          disabled={action.busy}
          onClick={() =>
            void action.run(
              () => api(`/api/steering-meetings/${meeting.id}/minutes/approve`, { method: 'POST' }),
              t.minutesApproved,
            )
          }
        >
          {t.approveMinutes}
        </Button>
      )}
    </section>
  );
}
