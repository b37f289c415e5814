// The case officer agrees the meeting's date, Oslo time, length, place and video link, or cancels
// it. Once invitations are out, the server sends everyone the changed invitation.
import { Button, Dialog, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { api, fieldMessage } from '../../api.js';
import { useI18n } from '../../i18n.js';
import type { SteeringMeetingDetail } from '../../types.js';
import type { MeetingAction } from './useMeetingAction.js';

export function MeetingPlanForm({ meeting, action }: { meeting: SteeringMeetingDetail; action: MeetingAction }) {
  const { t } = useI18n();
  const [plan, setPlan] = useState({
    meetingDate: meeting.meetingDate ?? '',
    startTime: meeting.startTime ?? '',
    durationMinutes: String(meeting.durationMinutes),
    location: meeting.location ?? '',
    videoLink: meeting.videoLink ?? '',
  });
  const confirm = useRef<HTMLDialogElement>(null);
  const field = (name: keyof typeof plan) => ({
    value: plan[name],
    error: fieldMessage(action.error, `body.${name}`),
    onChange: (event: { target: { value: string } }) => setPlan({ ...plan, [name]: event.target.value }),
  });
  const save = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      () =>
        api(`/api/steering-meetings/${meeting.id}`, {
          method: 'PATCH',
          body: {
            meetingDate: plan.meetingDate || null,
            startTime: plan.startTime || null,
            durationMinutes: Number(plan.durationMinutes),
            location: plan.location || null,
            videoLink: plan.videoLink || null,
          },
        }),
      meeting.invitedAt ? t.meetingSavedInvited : t.meetingSaved,
    );
  };
  const cancel = () => {
    confirm.current?.close();
    void action.run(() => api(`/api/steering-meetings/${meeting.id}/cancel`, { method: 'POST' }), t.meetingCancelled);
  };
  return (
    <form onSubmit={save} aria-labelledby="plan-meeting" className="stack">
      <Heading level={3} data-size="xs" id="plan-meeting">
        {t.planMeeting}
      </Heading>
      <Textfield label={t.meetingDate} type="date" {...field('meetingDate')} />
      <Textfield label={t.startTime} type="time" {...field('startTime')} />
      <Textfield label={t.durationMinutes} type="number" min={15} max={600} step={15} {...field('durationMinutes')} />
      <Textfield label={t.location} {...field('location')} />
      <Textfield label={t.videoLink} type="url" {...field('videoLink')} />
      <div className="row-actions">
        <Button type="submit" disabled={action.busy}>
          {t.saveMeeting}
        </Button>
        <Button type="button" variant="secondary" data-color="danger" onClick={() => confirm.current?.showModal()}>
          {t.cancelMeeting}
        </Button>
      </div>
      <Dialog ref={confirm} closeButton={t.cancel} closedby="any" aria-labelledby="cancel-meeting-title">
        <Heading level={2} data-size="xs" id="cancel-meeting-title">
          {t.cancelMeeting}
        </Heading>
        <Paragraph>{meeting.invitedAt ? t.cancelMeetingInvited : t.cancelMeetingQuestion}</Paragraph>
        <Button data-color="danger" onClick={cancel}>
          {t.cancelMeetingConfirm}
        </Button>
      </Dialog>
    </form>
  );
}
