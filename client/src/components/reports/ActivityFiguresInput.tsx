// The activity figures as a table to fill in: one row per channel, a count and the participants.
// Each input is labelled by its channel and column, since a table's headers are not its labels.
import { Input, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useI18n } from '../../i18n.js';
import { activityChannels } from '../../types.js';
import type { ActivityChannel } from '../../types.js';
import { ScrollRegion } from '../ScrollRegion.js';
import type { ReportForm } from './reportForm.js';

type Figures = ReportForm['activities'][ActivityChannel];

export function ActivityFiguresInput({
  figures,
  problems,
  onChange,
}: {
  figures: ReportForm['activities'];
  problems: Record<string, string>;
  onChange: (channel: ActivityChannel, change: Partial<Figures>) => void;
}) {
  const { t } = useI18n();
  const input = (channel: ActivityChannel, column: keyof Figures) => {
    const id = `activity-${channel}-${column}`;
    const problem =
      problems[`activity.${channel}.${column}`] ??
      (column === 'count' && !figures[channel].count.trim() && figures[channel].participants.trim()
        ? t.reportCountNeeded
        : undefined);
    const name = t.reportChannels[channel];
    return (
      <>
        <Input
          id={id}
          className="figure-input"
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={figures[channel][column]}
          aria-label={column === 'count' ? t.reportCountOf(name) : t.reportParticipantsOf(name)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-error` : undefined}
          onChange={(event) => onChange(channel, { [column]: event.target.value })}
        />
        {problem && <ValidationMessage id={`${id}-error`}>{problem}</ValidationMessage>}
      </>
    );
  };
  return (
    <ScrollRegion label={t.reportActivities}>
      <Table border className="activity-figures" data-testid="activity-figures">
        <caption className="visually-hidden">{t.reportActivities}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.reportChannel}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.reportCount}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.reportParticipants}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {activityChannels.map((channel) => (
            <Table.Row key={channel}>
              <Table.HeaderCell scope="row">{t.reportChannels[channel]}</Table.HeaderCell>
              <Table.Cell>{input(channel, 'count')}</Table.Cell>
              <Table.Cell>{input(channel, 'participants')}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </ScrollRegion>
  );
}
