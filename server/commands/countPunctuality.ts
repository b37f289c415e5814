// Deadlines met on time per centre in one year. A deadline counts once it is due in that year and
// not cancelled; it is met on time when the hand-in that stands (the latest one, since a returned
// hand-in does not meet the deadline) was made on or before the due date, Oslo time. Deadlines the
// directorate marked as handed in without a hand-in in the app (older years kept for history) have
// no hand-in date to hold against them, so they count as on time.
import { Op } from 'sequelize';
import { Centre, Deadline, DeadlineSubmission } from '../models/index.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import { osloDateOf, osloToday } from '../calendar.js';

export interface CentrePunctuality {
  centre: { code: string; name: string };
  /** Deadlines of the year that were not cancelled */
  due: number;
  onTime: number;
  late: number;
  /** Not handed in yet (or returned to the centre) */
  open: number;
  /** Of the open ones, those past their due date */
  overdue: number;
}

/** `centreId` confines the count to one centre (a centre user sees only its own). */
export async function countPunctuality(year: number, centreId?: number): Promise<CentrePunctuality[]> {
  const deadlines = await Deadline.findAll({
    where: { year, status: { [Op.ne]: 'cancelled' }, ...(centreId === undefined ? {} : { centreId }) },
    include: [{ model: Centre, as: 'centre' }],
  });
  const handedIn = deadlines.filter((d) => !openDeadlineStatuses.includes(d.status));
  const latestHandIn = new Map<number, Date>();
  if (handedIn.length) {
    const submissions = await DeadlineSubmission.findAll({
      attributes: ['deadlineId', 'submittedAt'],
      where: { deadlineId: { [Op.in]: handedIn.map((d) => d.id) } },
    });
    for (const { deadlineId, submittedAt } of submissions) {
      const known = latestHandIn.get(deadlineId);
      if (!known || submittedAt > known) latestHandIn.set(deadlineId, submittedAt);
    }
  }

  const today = osloToday();
  const byCentre = new Map<string, CentrePunctuality>();
  for (const deadline of deadlines) {
    const { code, name } = deadline.centre!;
    let counts = byCentre.get(code);
    if (!counts) {
      counts = { centre: { code, name }, due: 0, onTime: 0, late: 0, open: 0, overdue: 0 };
      byCentre.set(code, counts);
    }
    counts.due += 1;
    if (openDeadlineStatuses.includes(deadline.status)) {
      counts.open += 1;
      if (deadline.dueDate < today) counts.overdue += 1;
      continue;
    }
    const handedInAt = latestHandIn.get(deadline.id);
    if (handedInAt && osloDateOf(handedInAt) > deadline.dueDate) counts.late += 1;
    else counts.onTime += 1;
  }
  return [...byCentre.values()].sort((a, b) => a.centre.code.localeCompare(b.centre.code));
}
