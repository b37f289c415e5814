// The case officer writes the minutes: a summary, the decisions (one per line) and the action
// items, each with an owner and a due date. Saving withdraws approvals already given.
import { Button, Heading, Label, Select, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { api, fieldMessage } from '../../api.js';
import { useI18n } from '../../i18n.js';
import type { SteeringMeetingDetail } from '../../types.js';
import type { MeetingAction } from './useMeetingAction.js';

interface Row {
  title: string;
  ownerId: string;
  dueDate: string;
}

export function MinutesEditor({ meeting, action }: { meeting: SteeringMeetingDetail; action: MeetingAction }) {
  const { t } = useI18n();
  const existing = meeting.minutes;
  const [summary, setSummary] = useState(existing?.summary ?? '');
  const [decisions, setDecisions] = useState(existing?.decisions.join('\n') ?? '');
  const [rows, setRows] = useState<Row[]>(
    existing?.actionItems.map((a) => ({
      title: a.title,
      ownerId: a.owner ? String(a.owner.id) : '',
      dueDate: a.dueDate,
    })) ?? [],
  );
  const owners = meeting.participants.filter((p) => p.userId !== null);
  const save = (event: FormEvent) => {
    event.preventDefault();
    void action.run(
      () =>
        api(`/api/steering-meetings/${meeting.id}/minutes`, {
          method: 'PUT',
          body: {
            summary: summary || null,
            decisions: decisions
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean),
            actionItems: rows.map((row) => ({
              title: row.title,
              ownerId: row.ownerId ? Number(row.ownerId) : null,
              dueDate: row.dueDate,
            })),
          },
        }),
      t.minutesSaved,
    );
  };
  const change = (index: number, patch: Partial<Row>) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  return (
    <form onSubmit={save} className="stack" aria-labelledby="write-minutes">
      <Heading level={3} data-size="xs" id="write-minutes">
        {existing ? t.editMinutes : t.writeMinutes}
      </Heading>
      <Textfield
        label={t.minutesSummary}
        multiline
        rows={4}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
      />
      <Textfield
        label={t.decisionsOnePerLine}
        multiline
        rows={4}
        value={decisions}
        error={fieldMessage(action.error, 'body.decisions')}
        onChange={(e) => setDecisions(e.target.value)}
      />
      <Heading level={4} data-size="2xs">
        {t.actionItems}
      </Heading>
      {rows.map((row, index) => (
        <ActionItemRow
          key={index}
          index={index}
          row={row}
          owners={owners}
          error={(field) => fieldMessage(action.error, `body.actionItems.${index}.${field}`)}
          onChange={(patch) => change(index, patch)}
          onRemove={() => setRows(rows.filter((_, i) => i !== index))}
        />
      ))}
      <div className="row-actions">
        <Button
          type="button"
          variant="secondary"
          onClick={() => setRows([...rows, { title: '', ownerId: '', dueDate: '' }])}
        >
          {t.addActionItem}
        </Button>
        <Button type="submit" disabled={action.busy}>
          {t.saveMinutes}
        </Button>
      </div>
    </form>
  );
}

function ActionItemRow({
  index,
  row,
  owners,
  error,
  onChange,
  onRemove,
}: {
  index: number;
  row: Row;
  owners: SteeringMeetingDetail['participants'];
  error: (field: string) => string | undefined;
  onChange: (patch: Partial<Row>) => void;
  onRemove: () => void;
}) {
  const { t } = useI18n();
  const ownerId = useId();
  return (
    <fieldset className="action-item-row">
      <legend>{t.actionItemNumber(index + 1)}</legend>
      <Textfield
        label={t.actionItemTitle}
        value={row.title}
        error={error('title')}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <div>
        <Label htmlFor={ownerId}>{t.owner}</Label>
        <Select id={ownerId} value={row.ownerId} onChange={(e) => onChange({ ownerId: e.target.value })}>
          <Select.Option value="">{t.ownerCentreLeaders}</Select.Option>
          {owners.map((p) => (
            <Select.Option key={p.userId} value={String(p.userId)}>
              {p.name}
            </Select.Option>
          ))}
        </Select>
      </div>
      <Textfield
        label={t.dueDate}
        type="date"
        value={row.dueDate}
        error={error('dueDate')}
        onChange={(e) => onChange({ dueDate: e.target.value })}
      />
      <Button type="button" variant="tertiary" data-size="sm" onClick={onRemove}>
        {t.removeActionItem(index + 1)}
      </Button>
    </fieldset>
  );
}
