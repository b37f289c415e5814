// Who gets reminders: the deadline's owner if it has one (an action item), else the centre's
// leaders; the case officers too once the date has passed.
import { goesToCaseOfficers } from './policy.js';
import { User } from '../models/index.js';

export interface ReminderRecipients {
  /** Who gets a step's reminder: the owner (or the centre's leaders), plus case officers after the due date. */
  forStep(deadline: { centreId: number; ownerId: number | null }, step: number): User[];
}

export async function loadReminderRecipients(): Promise<ReminderRecipients> {
  const users = await User.findAll({ where: { active: true } });
  const leaders = new Map<number, User[]>();
  for (const user of users.filter((u) => u.centreId !== null && u.hasRole('centre_leader'))) {
    leaders.set(user.centreId!, [...(leaders.get(user.centreId!) ?? []), user]);
  }
  const caseOfficers = users.filter((u) => u.centreId === null && u.hasRole('case_officer'));
  const byId = new Map(users.map((user) => [user.id, user]));
  const leadersOf = (centreId: number) => leaders.get(centreId) ?? [];
  return {
    forStep: ({ centreId, ownerId }, step) => {
      const owner = ownerId === null ? undefined : byId.get(ownerId);
      const chosen = [...(owner ? [owner] : leadersOf(centreId)), ...(goesToCaseOfficers(step) ? caseOfficers : [])];
      // An owner who is also a case officer gets one reminder, not two.
      return [...new Map(chosen.map((user) => [user.id, user])).values()];
    },
  };
}
