// Deadlines met on time per centre in one year, by the rule in deadlines/deadlineOutcome.
import { Centre, Deadline } from '../models/index.js';
import { osloToday } from '../calendar.js';
import { deadlineOutcome, deliverableDeadlines, standingHandIns } from '../deadlines/deadlineOutcome.js';

export interface CentrePunctuality {
  centre: { code: string; name: string };
  /** Deliverable deadlines of the year that were not cancelled */
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
    where: { year, ...deliverableDeadlines, ...(centreId === undefined ? {} : { centreId }) },
    include: [{ model: Centre, as: 'centre' }],
  });
  const handIns = await standingHandIns(deadlines);
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
    const outcome = deadlineOutcome(deadline, handIns.get(deadline.id), today);
    counts[outcome.state] += 1;
    if (outcome.state === 'open' && outcome.overdue) counts.overdue += 1;
  }
  return [...byCentre.values()].sort((a, b) => a.centre.code.localeCompare(b.centre.code));
}
