// Live demo data: this year's letters to five centres in every state of the workflow (issued,
// approved, in review, draft), last year's NAPHA letter to copy from, and a joint assignment to the
// KORUS centres. Themes come from the sources (FACT, RPH, recovery from NAPHA's 2023 input;
// regional coordination from the 2015 committee report); the texts, amounts and dates are invented.
import { JointAssignment } from '../server/models/index.js';
import type { AssignmentStatus } from '../server/models/Assignment.js';
import type { SeedContext } from './context.js';
import { lookUp } from './context.js';
import { isBefore, notAfterNow, todayInOslo, yearOf } from './calendar.js';
import { createLetter, kroner } from './letterBuilder.js';
import type { AssignmentSpec, LetterSpec } from './letterBuilder.js';
import {
  approvalBy,
  directorateSignatories,
  letterTitle,
  referenceNumber,
  standardCopyRecipients,
  standardDeadlines,
  standardMeetings,
  standardSections,
} from './standardLetter.js';
import { caseOfficerEmail } from './users.js';
import { seedFinance } from './finance.js';

/** Seeding in early January must not date an approval or issue in the future. */
function issuedInJanuary(year: number) {
  const approvedAt = notAfterNow(new Date(Date.UTC(year, 0, 19, 13, 0)));
  const issuedAt = notAfterNow(new Date(Date.UTC(year, 0, 20, 9, 0)));
  return { approvedAt, issuedAt, letterDate: todayInOslo(issuedAt) };
}

/** In an issued letter, work with a passed deadline is done and the rest is under way. */
function inProgressByToday(assignments: AssignmentSpec[], today: string): AssignmentSpec[] {
  return assignments.map((assignment) => {
    const status: AssignmentStatus =
      assignment.deadlineDate && isBefore(assignment.deadlineDate, today) ? 'completed' : 'in_progress';
    return { ...assignment, status };
  });
}

const withStatus = (assignments: AssignmentSpec[], status: AssignmentStatus) =>
  assignments.map((assignment) => ({ ...assignment, status }));

function naphaLastYear(year: number, context: SeedContext): LetterSpec {
  const { approvedAt, issuedAt, letterDate } = issuedInJanuary(year);
  return {
    centreCode: 'NAPHA',
    year,
    status: 'issued',
    title: letterTitle(year),
    referenceNumber: referenceNumber(year, 397),
    letterDate,
    issuedAt,
    createdByEmail: caseOfficerEmail,
    sections: standardSections(),
    priorityAreas: [
      {
        title: 'Fleksibel aktiv oppsøkende behandling (FACT og FACT ung)',
        description: 'Tjenestestøtte til teamene og til kommuner som vil etablere nye.',
      },
      {
        title: 'Rask psykisk helsehjelp (RPH) og andre lavterskeltilbud',
        description: 'Hjelpe kommunene å bygge ut tilbud uten henvisning og ventetid.',
      },
      {
        title: 'Recovery-orientert praksis',
        description: 'Spre kunnskap om bedringsprosesser og om tjenester som støtter dem.',
      },
      {
        title: 'Samhandling mellom kommuner og spesialisthelsetjenesten',
        description: 'Støtte felles tjenesteutvikling i DPS-områdene.',
      },
    ],
    assignments: withStatus(
      [
        {
          rank: 1,
          title: 'Veiledningsmateriell for kommuner som vil etablere FACT ung-team',
          deadlineDate: `${year}-09-01`,
        },
        {
          rank: 2,
          title: 'Kartlegging av lavterskeltilbud til personer med sammensatte problemer',
          deadlineDate: `${year}-11-15`,
        },
        {
          rank: 3,
          title: 'Seminar om brukerperspektivet med bruker- og pårørendeorganisasjonene',
          deadlineDate: `${year}-10-01`,
        },
      ],
      'completed',
    ),
    signatories: directorateSignatories(context),
    approvals: approvalBy(context, approvedAt),
    copyRecipients: standardCopyRecipients,
    frames: [{ year, item: 70, amountOre: kroner(31_000_000) }],
    deadlines: standardDeadlines(year),
    meetings: standardMeetings(year, ['Helsedirektoratet, Oslo', 'NAPHA, Trondheim']),
  };
}

function naphaThisYear(year: number, today: string, context: SeedContext): LetterSpec {
  const { approvedAt, issuedAt, letterDate } = issuedInJanuary(year);
  return {
    centreCode: 'NAPHA',
    year,
    status: 'issued',
    title: letterTitle(year),
    referenceNumber: referenceNumber(year, 412),
    letterDate,
    issuedAt,
    createdByEmail: caseOfficerEmail,
    sections: standardSections(),
    priorityAreas: [
      {
        title: 'Fleksibel aktiv oppsøkende behandling (FACT og FACT ung)',
        description:
          'Tjenestestøtte til teamene, og bruk av FACT som arena for å prøve ut samhandling og felles eierskap på ' +
          'tvers av forvaltningsnivåene.',
      },
      {
        title: 'Rask psykisk helsehjelp (RPH) og lavterskeltilbud',
        description:
          'Støtte kommunene i å bygge ut lavterskeltilbud, også for personer med moderate og sammensatte ' +
          'problemer; små kommuner får hjelp til interkommunale løsninger.',
      },
      {
        title: 'Recovery-orientert praksis og brukerperspektivet',
        description: 'Bidra til at erfaringskompetanse og brukerperspektivet tas i bruk når tjenestene utvikles.',
      },
      {
        title: 'Samhandling mellom kommuner og spesialisthelsetjenesten',
        description:
          'Støtte forpliktende samarbeid i DPS-områdene og helsefellesskapene, særlig om personer med sammensatte ' +
          'utfordringer knyttet til psykisk helse, rus og vold.',
      },
      {
        title: 'Kunnskapsformidling og evaluering av lokale tiltak',
        description: 'Oppsummere og spre det kommunene lærer av lokale nyvinninger, og bidra til at de blir evaluert.',
      },
    ],
    // Two assignments share rank 1, as in the 2009 letter.
    assignments: inProgressByToday(
      [
        {
          rank: 1,
          title: 'Kunnskapsoppsummering om FACT ung-team i kommunene',
          description:
            'Samle erfaringene fra etablerte team og gjøre dem tilgjengelige for kommuner som planlegger egne.',
          deadlineDate: `${year}-06-15`,
        },
        {
          rank: 1,
          title: 'Nettverk for lavterskeltilbud i små kommuner',
          description: 'Etablere et nettverk der små kommuner utvikler lavterskeltilbud sammen, gjerne interkommunalt.',
          deadlineToBeAgreed: true,
        },
        {
          rank: 2,
          title: 'Evaluering av det kommunale recoverynettverket',
          description:
            'Sammen med forskningsmiljø og deltakende kommuner oppsummere hva nettverket har endret i praksis.',
          deadlineDate: `${year}-12-01`,
        },
        {
          rank: 3,
          title: 'Faglige innspill til oppfølgingen av opptrappingsplanen for psykisk helse',
          description: 'Bistå Helsedirektoratet med innspill om kommunale tjenester, brukerperspektiv og samhandling.',
        },
      ],
      today,
    ),
    signatories: directorateSignatories(context),
    approvals: approvalBy(context, approvedAt),
    copyRecipients: standardCopyRecipients,
    frames: [{ year, item: 70, amountOre: kroner(32_500_000) }],
    deadlines: standardDeadlines(year, today),
    meetings: standardMeetings(year, ['Helsedirektoratet, Oslo', 'NAPHA, Trondheim'], today),
  };
}

function korusNord(year: number, today: string, jointAssignment: AssignmentSpec, context: SeedContext): LetterSpec {
  const { approvedAt, issuedAt, letterDate } = issuedInJanuary(year);
  return {
    centreCode: 'KORUS-NORD',
    year,
    status: 'issued',
    title: letterTitle(year),
    referenceNumber: referenceNumber(year, 418),
    letterDate,
    issuedAt,
    createdByEmail: caseOfficerEmail,
    sections: standardSections(),
    priorityAreas: [
      {
        title: 'Rusfaglig kompetanseheving i kommunene',
        description: 'Undervisning, veiledning og nettverk, særlig for små kommuner med lange avstander.',
      },
      {
        title: 'Tidlig identifikasjon og intervensjon',
        description: 'Kompetanse i å oppdage og følge opp barn og unge som lever i familier med rusproblemer.',
      },
      {
        title: 'Motiverende intervju (MI)',
        description: 'Kurs og systematisk veiledning over tid, så metoden blir en varig del av praksis.',
      },
    ],
    assignments: inProgressByToday(
      [
        {
          rank: 1,
          title: 'Hurtig kartlegging og handling (HKH) i to kommuner i regionen',
          description: 'Kartlegge sammen med brukere og tjenester, og følge opp tiltakene kartleggingen peker på.',
          deadlineDate: `${year}-09-30`,
        },
        jointAssignment,
      ],
      today,
    ),
    signatories: directorateSignatories(context),
    approvals: approvalBy(context, approvedAt),
    copyRecipients: standardCopyRecipients,
    frames: [
      { year, item: 62, amountOre: kroner(1_500_000) },
      { year, item: 70, amountOre: kroner(12_000_000) },
    ],
    deadlines: standardDeadlines(year, today),
    meetings: standardMeetings(year, ['Tromsø', 'Digitalt møte'], today),
  };
}

/** Approved but not yet issued: no reference number, no deadlines. */
function nkvtsApproved(year: number, context: SeedContext): LetterSpec {
  return {
    centreCode: 'NKVTS',
    year,
    status: 'approved',
    title: letterTitle(year),
    createdByEmail: caseOfficerEmail,
    sections: standardSections(),
    priorityAreas: [
      {
        title: 'Kunnskapsoppsummeringer om vold og traumatisk stress',
        description: 'Oppdatert kunnskap i en form tjenestene kan bruke.',
      },
      { title: 'Praksisnær forskning', description: 'Forskning som svarer på spørsmål tjenestene selv stiller.' },
    ],
    assignments: withStatus(
      [
        {
          rank: 1,
          title: 'Kunnskapsstøtte til RVTS-ene om datainnsamling etter alvorlige hendelser',
          deadlineDate: `${year}-12-01`,
        },
        {
          rank: 2,
          title: 'Forskningsoppsummering om vold i nære relasjoner for kommunale tjenester',
          deadlineToBeAgreed: true,
        },
      ],
      'not_started',
    ),
    signatories: directorateSignatories(context),
    approvals: approvalBy(context, notAfterNow(new Date(Date.UTC(year, 1, 10, 12, 0)))),
    copyRecipients: standardCopyRecipients,
    frames: [{ year, item: 70, amountOre: kroner(27_000_000) }],
  };
}

/** Sent to the approver: signatories named, nobody has approved yet. */
function rvtsOstInReview(year: number, context: SeedContext): LetterSpec {
  return {
    centreCode: 'RVTS-OST',
    year,
    status: 'in_review',
    title: letterTitle(year),
    createdByEmail: caseOfficerEmail,
    sections: standardSections(),
    priorityAreas: [
      { title: 'Kompetanseheving om vold og traumer i tjenestene', description: null },
      { title: 'Selvmordsforebygging i kommunene', description: null },
      { title: 'Psykososial beredskap', description: null },
    ],
    assignments: withStatus(
      [
        {
          rank: 1,
          title: 'Kompetanseprogram for ansatte i det statlige barnevernet i regionen',
          deadlineDate: `${year}-11-30`,
        },
        { rank: 2, title: 'Regional samling om selvmordsforebygging i kommunene', deadlineToBeAgreed: true },
      ],
      'not_started',
    ),
    signatories: directorateSignatories(context),
    copyRecipients: standardCopyRecipients,
    frames: [{ year, item: 70, amountOre: kroner(22_000_000) }],
  };
}

/** Still being written: a draft with the joint assignment already in it. */
function korusOstDraft(year: number, jointAssignment: AssignmentSpec): LetterSpec {
  return {
    centreCode: 'KORUS-OST',
    year,
    status: 'draft',
    title: letterTitle(year),
    createdByEmail: caseOfficerEmail,
    sections: standardSections(),
    priorityAreas: [
      { title: 'Rusfaglig kompetanseheving i kommunene', description: null },
      { title: 'Barn som lever i familier med rusproblemer', description: null },
    ],
    assignments: withStatus(
      [{ rank: 1, title: 'Kompetanseprogram om barn i rusfamilier (BIR) for kommunene i regionen' }, jointAssignment],
      'not_started',
    ),
    frames: [{ year, item: 70, amountOre: kroner(12_500_000) }],
  };
}

/** One joint assignment to the KORUS centres that have a letter this year. */
async function createKorusJointAssignment(year: number, context: SeedContext): Promise<AssignmentSpec> {
  const joint = await JointAssignment.create(
    {
      year,
      title: 'Felles regional oversikt over kompetansetilbud',
      description:
        'Hvert KORUS lager, sammen med de andre kompetansesentrene i regionen, en samlet og lett tilgjengelig ' +
        'oversikt over kurs og kompetanseprogram, og drøfter prioriteringene i et felles regionalt fagforum der ' +
        'tjenestene og brukerorganisasjonene deltar.',
      createdById: lookUp(context.users, caseOfficerEmail, 'user').id,
    },
    { transaction: context.transaction },
  );
  return {
    rank: 2,
    title: joint.title,
    description: joint.description,
    deadlineDate: `${year}-12-15`,
    jointAssignmentId: joint.id,
  };
}

export async function seedCurrentYear(context: SeedContext, today = todayInOslo()): Promise<void> {
  const year = yearOf(today);
  const jointAssignment = await createKorusJointAssignment(year, context);
  const letters = [
    naphaLastYear(year - 1, context),
    naphaThisYear(year, today, context),
    korusNord(year, today, jointAssignment, context),
    nkvtsApproved(year, context),
    rvtsOstInReview(year, context),
    korusOstDraft(year, jointAssignment),
  ];
  for (const letter of letters) await createLetter(letter, context);
  await seedFinance(context, year, today);
}
