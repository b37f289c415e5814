// The case officer's year view, one page of centres at a time: each active centre with its main
// letter of the year, its next open deadline of the year and its next steering meeting (this year's
// or early next year's). A fixed number of set-based queries per page, whatever the number of
// centres: the page of centres (with the count), then the letters, deadlines and meetings of just
// those centres, each "next" picked per centre in SQL by ROW_NUMBER().
import { Op, QueryTypes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import { Centre, Deadline, GrantLetter, SteeringMeeting } from '../models/index.js';
import { openDeadlineStatuses } from '../models/Deadline.js';

export interface CentreOverviewRow {
  centre: Centre;
  letter: GrantLetter | null;
  nextDeadline: Deadline | null;
  nextMeeting: SteeringMeeting | null;
}

/** Meetings still to come: planned or scheduled. */
const comingMeetingStatuses = ['planned', 'scheduled'];

/** The id of the first row per centre, in the order given, among rows the condition lets through. */
async function firstIdPerCentre(
  table: string,
  condition: string,
  order: string,
  replacements: Record<string, unknown>,
) {
  const rows = await sequelize.query<{ id: number }>(
    `SELECT id FROM (
       SELECT id, ROW_NUMBER() OVER (PARTITION BY centre_id ORDER BY ${order}) AS place
       FROM ${table} WHERE ${condition}
     ) ranked WHERE place = 1`,
    { replacements, type: QueryTypes.SELECT },
  );
  return rows.map((row) => row.id);
}

/** The next open deadline of the year per centre: not yet handed in and not past due (today counts). */
async function nextDeadlines(centreIds: number[], year: number, today: string) {
  const ids = await firstIdPerCentre(
    'deadlines',
    'centre_id IN (:centreIds) AND year = :year AND status IN (:open) AND due_date >= :today',
    'due_date, id',
    { centreIds, year, open: openDeadlineStatuses, today },
  );
  return ids.length ? Deadline.findAll({ where: { id: ids } }) : [];
}

/**
 * The next meeting per centre of this year or the next: planned or scheduled, on or after today, or
 * without a date yet and planned for this month or later (a month without a planned month counts
 * as December). The earliest comes first; a meeting with only a month sorts after the dated ones
 * of that month.
 */
async function nextMeetings(centreIds: number[], year: number, today: string) {
  const month = "CONCAT(year, '-', LPAD(COALESCE(planned_month, 12), 2, '0'))";
  const ids = await firstIdPerCentre(
    'steering_meetings',
    `centre_id IN (:centreIds) AND year IN (:years) AND status IN (:coming)
     AND (meeting_date >= :today OR (meeting_date IS NULL AND ${month} >= :thisMonth))`,
    `COALESCE(DATE_FORMAT(meeting_date, '%Y-%m-%d'), CONCAT(${month}, '-99')), id`,
    { centreIds, years: [year, year + 1], coming: comingMeetingStatuses, today, thisMonth: today.slice(0, 7) },
  );
  return ids.length ? SteeringMeeting.findAll({ where: { id: ids } }) : [];
}

export async function buildCentreOverview(options: {
  year: number;
  page: number;
  pageSize: number;
  /** Oslo's date today (YYYY-MM-DD) */
  today: string;
}): Promise<{ rows: CentreOverviewRow[]; total: number }> {
  const { year, page, pageSize, today } = options;
  const { rows: centres, count } = await Centre.findAndCountAll({
    where: { active: true },
    order: [['code', 'ASC']],
    limit: pageSize,
    offset: (page - 1) * pageSize,
  });
  const centreIds = centres.map((centre) => centre.id);
  if (centreIds.length === 0) return { rows: [], total: count };
  const [letters, deadlines, meetings] = await Promise.all([
    GrantLetter.findAll({
      where: { centreId: { [Op.in]: centreIds }, year, kind: 'main' },
      order: [['id', 'ASC']],
    }),
    nextDeadlines(centreIds, year, today),
    nextMeetings(centreIds, year, today),
  ]);
  const byCentre = <T extends { centreId: number }>(records: T[]) => {
    const map = new Map<number, T>();
    for (const record of records) if (!map.has(record.centreId)) map.set(record.centreId, record);
    return map;
  };
  const letterOf = byCentre(letters);
  const deadlineOf = byCentre(deadlines);
  const meetingOf = byCentre(meetings);
  return {
    total: count,
    rows: centres.map((centre) => ({
      centre,
      letter: letterOf.get(centre.id) ?? null,
      nextDeadline: deadlineOf.get(centre.id) ?? null,
      nextMeeting: meetingOf.get(centre.id) ?? null,
    })),
  };
}
