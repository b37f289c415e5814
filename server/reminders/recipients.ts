// Who gets reminders: the centre's leaders always; the case officers too once the date has passed.
import { User } from '../models/index.js';

export interface ReminderRecipients {
  leadersOf(centreId: number): User[];
  caseOfficers: User[];
}

export async function loadReminderRecipients(): Promise<ReminderRecipients> {
  const users = await User.findAll({ where: { active: true } });
  const leaders = new Map<number, User[]>();
  for (const user of users.filter((u) => u.centreId !== null && u.hasRole('centre_leader'))) {
    leaders.set(user.centreId!, [...(leaders.get(user.centreId!) ?? []), user]);
  }
  return {
    leadersOf: (centreId) => leaders.get(centreId) ?? [],
    caseOfficers: users.filter((u) => u.centreId === null && u.hasRole('case_officer')),
  };
}
