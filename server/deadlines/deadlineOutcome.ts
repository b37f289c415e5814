// Was a deadline met on time? One rule for every view that asks (the punctuality chart, the meeting
// pack). The hand-in that stands is the latest one (a returned hand-in does not meet the deadline);
// it is on time when made on or before the due date, Oslo time. A deadline marked handed in with no
// hand-in in the app (older years kept for history) has no date to hold against it: on time.
// Agenda deadlines are not deliverables and are left out.
import { Op } from 'sequelize';
import type { WhereOptions } from 'sequelize';
import { DeadlineSubmission } from '../models/index.js';
import type { Deadline } from '../models/index.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import { osloDateOf } from '../calendar.js';

export type DeadlineOutcome =
  { state: 'onTime' | 'late'; handedInOn: string | null } | { state: 'open'; overdue: boolean };

/** The deadlines punctuality is about: deliverables, not cancelled. */
export const deliverableDeadlines: WhereOptions<Deadline> = {
  kind: { [Op.ne]: 'meeting' },
  status: { [Op.ne]: 'cancelled' },
};

/** The latest hand-in of each handed-in deadline, as an Oslo date. */
export async function standingHandIns(deadlines: Deadline[]): Promise<Map<number, string>> {
  const handedIn = deadlines.filter((d) => !openDeadlineStatuses.includes(d.status)).map((d) => d.id);
  const latest = new Map<number, Date>();
  if (handedIn.length) {
    const submissions = await DeadlineSubmission.findAll({
      attributes: ['deadlineId', 'submittedAt'],
      where: { deadlineId: { [Op.in]: handedIn } },
    });
    for (const { deadlineId, submittedAt } of submissions) {
      const known = latest.get(deadlineId);
      if (!known || submittedAt > known) latest.set(deadlineId, submittedAt);
    }
  }
  return new Map([...latest].map(([id, at]) => [id, osloDateOf(at)]));
}

export function deadlineOutcome(deadline: Deadline, handedInOn: string | undefined, today: string): DeadlineOutcome {
  if (openDeadlineStatuses.includes(deadline.status)) return { state: 'open', overdue: deadline.dueDate < today };
  return { state: handedInOn && handedInOn > deadline.dueDate ? 'late' : 'onTime', handedInOn: handedInOn ?? null };
}
