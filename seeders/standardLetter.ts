// The parts every present-day demo letter shares: recurring sections, the three fixed deadlines,
// two steering meetings, who signs and approves, and who gets a copy. Statuses follow today's
// date so the demo looks alive whenever it is seeded.
export { formatReferenceNumber as referenceNumber } from '../server/letters/referenceNumber.js';
export { letterTitle, standardSections } from '../server/letters/standardContent.js';
import type { DeadlineStatus } from '../server/models/Deadline.js';
import type { SeedContext } from './context.js';
import { lookUp } from './context.js';
import { isBefore, nthWeekday, todayInOslo, yearOf } from './calendar.js';
import type { LetterSpec } from './letterBuilder.js';
import { approverEmail, caseOfficerEmail } from './users.js';

/**
 * Plan by 15 February, accounts for last year by 1 April and the report by 1 August. The report
 * covers the year before (DESIGN: "next year, accounts and report for this year come in").
 * Past deadlines have been handed in: accepted, except that this year's report still awaits review.
 */
export function standardDeadlines(year: number, today = todayInOslo()): NonNullable<LetterSpec['deadlines']> {
  const isCurrentYear = year === yearOf(today);
  const handedIn = (kind: 'plan' | 'accounts' | 'report'): DeadlineStatus =>
    kind === 'report' && isCurrentYear ? 'submitted' : 'accepted';
  return [
    { kind: 'plan' as const, title: `Plan for virksomheten i ${year}`, dueDate: `${year}-02-15`, periodYear: year },
    { kind: 'accounts' as const, title: `Regnskap for ${year - 1}`, dueDate: `${year}-04-01`, periodYear: year - 1 },
    { kind: 'report' as const, title: `Rapport for ${year - 1}`, dueDate: `${year}-08-01`, periodYear: year - 1 },
  ].map((deadline) => ({
    ...deadline,
    status: isBefore(deadline.dueDate, today) ? handedIn(deadline.kind) : 'upcoming',
  }));
}

/** Two meetings on the third Tuesday of April and October: held once the day has passed. */
export function standardMeetings(
  year: number,
  locations: [string, string],
  today = todayInOslo(),
): NonNullable<LetterSpec['meetings']> {
  return [4, 10].map((month, index) => {
    const meetingDate = nthWeekday(year, month, 2, 3);
    return {
      sequence: index + 1,
      meetingDate,
      status: isBefore(meetingDate, today) ? ('held' as const) : ('scheduled' as const),
      location: locations[index] ?? null,
    };
  });
}

export function directorateSignatories(context: SeedContext): NonNullable<LetterSpec['signatories']> {
  const approver = lookUp(context.users, approverEmail, 'user');
  const caseOfficer = lookUp(context.users, caseOfficerEmail, 'user');
  return [
    { name: approver.name, title: approver.title ?? '', byAuthority: true },
    { name: caseOfficer.name, title: caseOfficer.title ?? '' },
  ];
}

export function approvalBy(context: SeedContext, approvedAt: Date): NonNullable<LetterSpec['approvals']> {
  const approver = lookUp(context.users, approverEmail, 'user');
  return [{ userEmail: approver.email, name: approver.name, title: approver.title, approvedAt }];
}

export const standardCopyRecipients: NonNullable<LetterSpec['copyRecipients']> = [
  { name: 'Helse- og omsorgsdepartementet', organisationCode: 'HOD' },
  { name: 'Landets statsforvaltere', organisationCode: 'STATSFORVALTERE' },
];
