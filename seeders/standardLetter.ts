// The parts every present-day demo letter shares: recurring sections, the three fixed deadlines,
// two steering meetings, who signs and approves, and who gets a copy. Statuses follow today's
// date so the demo looks alive whenever it is seeded.
import type { DeadlineStatus } from '../server/models/Deadline.js';
import type { SeedContext } from './context.js';
import { lookUp } from './context.js';
import { isBefore, nthWeekday, todayInOslo, yearOf } from './calendar.js';
import type { LetterSpec } from './letterBuilder.js';
import { approverEmail, caseOfficerEmail } from './users.js';

/** A reference number in the directorate's "yy/nnnnn" style. */
export const referenceNumber = (year: number, serial: number) =>
  `${String(year % 100).padStart(2, '0')}/${String(serial).padStart(5, '0')}`;

export function letterTitle(year: number): string {
  return `Tilskudd og oppdrag for ${year}. Statsbudsjettets kap. 743`;
}

export function standardSections(year: number): LetterSpec['sections'] {
  return [
    {
      heading: 'Formål og styring',
      body:
        `Dette brevet gir senteret tilskudd og oppdrag for ${year}. Helsedirektoratet kan gi supplerende oppdrag i ` +
        'løpet av året innenfor senterets arbeidsområde og ressursramme. Direktoratet og senteret holder to ' +
        'styringsmøter i året; det første holdes normalt i april.',
    },
    {
      heading: 'Hovedsatsingsområder og særskilte oppdrag',
      body:
        `Hovedsatsingsområdene og de særskilte oppdragene for ${year} er listet i prioritert rekkefølge. Oppdrag med ` +
        'samme rang er like viktige. Der brevet ikke setter en frist, avtales den med direktoratet.',
    },
    {
      heading: 'Brukermedvirkning',
      body:
        'Senteret sørger for at brukere og pårørende medvirker i planlegging, gjennomføring og evaluering av ' +
        'arbeidet, og at erfaringskompetanse blir tatt i bruk.',
    },
    {
      heading: 'Samarbeid med andre kompetansesentre og statsforvalterne',
      body:
        'Senteret samordner arbeidet sitt med de andre kompetansesentrene, regionalt og nasjonalt, slik at ' +
        'tjenestene møter et samlet tilbud. Senteret samarbeider med statsforvalterne om kompetansetiltak for ' +
        'kommunene.',
    },
    {
      heading: 'Budsjettramme',
      body:
        `Budsjettrammene for ${year} står i oversikten over tilskudd til dette brevet. Midlene utbetales etter ` +
        'avtalt plan, og ubrukte midler skal redegjøres for i regnskapet.',
    },
    {
      heading: 'Plan, regnskap og rapportering',
      body:
        `Senteret sender plan for virksomheten i ${year} innen 15. februar ${year}, regnskap for ${year - 1} innen ` +
        `1. april ${year} og rapport innen 1. august ${year}.`,
    },
  ].map((section) => ({ ...section, recurring: true }));
}

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
