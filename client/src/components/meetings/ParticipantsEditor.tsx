// The case officer picks who is invited: the directorate's case officers and approvers and the
// centre's own people (from the server's list), plus guests by name and e-mail.
import { Button, Checkbox, Fieldset, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { api, fieldMessage } from '../../api.js';
import { useI18n } from '../../i18n.js';
import { useApi } from '../../useApi.js';
import { Async } from '../States.js';
import type { MeetingSide, SteeringMeetingDetail } from '../../types.js';
import type { MeetingAction } from './useMeetingAction.js';

interface Invitable {
  id: number;
  name: string;
  email: string;
  side: MeetingSide;
}

export function ParticipantsEditor({ meeting, action }: { meeting: SteeringMeetingDetail; action: MeetingAction }) {
  const { t } = useI18n();
  const invitable = useApi<{ items: Invitable[] }>(`/api/steering-meetings/${meeting.id}/invitable`);
  const [chosen, setChosen] = useState(
    () => new Set(meeting.participants.flatMap((p) => (p.userId === null ? [] : [p.userId]))),
  );
  const [guests, setGuests] = useState(() => meeting.participants.filter((p) => p.userId === null));
  const [guest, setGuest] = useState({ name: '', email: '' });
  const toggle = (id: number) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    const withNewGuest = guest.name && guest.email ? [...guests, { ...guest, side: 'centre' as const }] : guests;
    void action
      .run(
        () =>
          api(`/api/steering-meetings/${meeting.id}/participants`, {
            method: 'PUT',
            body: {
              participants: [
                ...[...chosen].map((userId) => ({ userId })),
                ...withNewGuest.map(({ name, email, side }) => ({ name, email, side })),
              ],
            },
          }),
        t.participantsSaved,
      )
      .then((saved) => {
        if (!saved) return;
        setGuests(withNewGuest.map((g, index) => ({ id: -index - 1, userId: null, ...g })));
        setGuest({ name: '', email: '' });
      });
  };
  const guestIndex = guests.length;
  return (
    <form onSubmit={save} className="stack" aria-labelledby="edit-participants">
      <Heading level={3} data-size="xs" id="edit-participants">
        {t.editParticipants}
      </Heading>
      <Async loaded={invitable}>
        {(page) => (
          <Fieldset>
            <Fieldset.Legend>{t.participants}</Fieldset.Legend>
            {page.items.map((person) => (
              <Checkbox
                key={person.id}
                label={`${person.name} (${person.side === 'directorate' ? t.sideDirectorate : meeting.centre.name})`}
                checked={chosen.has(person.id)}
                onChange={() => toggle(person.id)}
              />
            ))}
            {guests.map((g) => (
              <Checkbox
                key={g.email}
                label={`${g.name} <${g.email}>`}
                checked
                onChange={() => setGuests(guests.filter((other) => other.email !== g.email))}
              />
            ))}
          </Fieldset>
        )}
      </Async>
      <Textfield
        label={t.guestName}
        value={guest.name}
        error={fieldMessage(action.error, `body.participants.${chosen.size + guestIndex}.name`)}
        onChange={(event) => setGuest({ ...guest, name: event.target.value })}
      />
      <Textfield
        label={t.guestEmail}
        type="email"
        value={guest.email}
        error={fieldMessage(action.error, `body.participants.${chosen.size + guestIndex}.email`)}
        onChange={(event) => setGuest({ ...guest, email: event.target.value })}
      />
      <div>
        <Button type="submit" disabled={action.busy}>
          {t.saveParticipants}
        </Button>
      </div>
    </form>
  );
}
