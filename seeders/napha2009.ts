// The directorate's 2009 assignment letter to NAPHA (shared/seeds/000_…) as structured data.
// Facts, figures, dates and names are the letter's; the section texts are condensed in our words.
import { ReferenceGroup, ReferenceGroupMember } from '../server/models/index.js';
import type { SeedContext } from './context.js';
import { lookUp } from './context.js';
import { createLetter, kroner } from './letterBuilder.js';
import type { LetterSpec } from './letterBuilder.js';

// The letter shows neither a date nor a reference number. An issued, approved letter needs a
// time, so this placeholder stands in; it is not in the source.
const undatedPlaceholder = new Date('2009-01-01T00:00:00Z');

const framesNote = 'Rammen gjelder kap. 743 postene 62 og 70 samlet; brevet fordeler den ikke på post';

const sections: LetterSpec['sections'] = [
  {
    heading: 'Styring og organisatoriske forhold',
    body:
      'Helsedirektoratet og NTNU Samfunnsforskning AS inngikk 25. juni 2008 en avtale om å etablere senteret. ' +
      'Avtalen fastsetter senterets faste oppgaver, og dette brevet utdyper dem innenfor avtalens ramme.\n\n' +
      'Senterets hovedoppgave er å styrke kunnskapsgrunnlaget for det psykiske helsearbeidet i kommunene. ' +
      'Senteret får sine oppdrag fra Helsedirektoratet. Det årlige brevet beskriver særskilte oppdrag for året, ' +
      'og direktoratet kan gi supplerende oppdrag i løpet av året innenfor senterets arbeidsområde og ressursramme.\n\n' +
      'Direktoratet og senteret holder to styringsmøter i 2009; det første ordinære møtet er planlagt i april. ' +
      'I tillegg til etableringen prioriterer direktoratet noen avgrensede oppdrag, se punkt 3.',
    recurring: true,
  },
  {
    heading: 'Etablering og oppstart av senteret i 2008',
    body:
      'Senteret må utarbeide stillingsbeskrivelser og tilsette medarbeidere så raskt det lar seg gjøre; målet har vært ' +
      'å ha daglig leder og rådgivere på plass før årsskiftet. Til de faste stillingene er besatt, bemannes senteret ' +
      'av folk fra de samarbeidende miljøene. For oppstarten vises det til møtet mellom direktoratet og senteret ' +
      '23. september 2008.\n\n' +
      'Senteret oppretter en rådgivende referansegruppe, slik tilbudet beskriver. Den består av miljøene som deltar i ' +
      'etableringen, brukerorganisasjoner, universitets-, høgskole- og forskningsmiljø, helseforetak (DPS), KS og ' +
      'interesseorganisasjoner på feltet. Innenfor oppdragsgivers rammer gir gruppen innspill til prioriteringer, ' +
      'drøfter langsiktige planer og virksomhetsplaner, og bidrar til god kvalitet i senterets arbeid.',
    recurring: false,
  },
  {
    heading: 'Oppdragsbeskrivelse for 2009: hovedsatsingsområder og særskilte oppdrag',
    body:
      'Hovedsatsingsområdene og de særskilte oppdragene for 2008 og 2009 er listet i prioritert rekkefølge. ' +
      'De viktigste målgruppene er personell i kommunene som arbeider med tiltak og tjenester for voksne med psykiske ' +
      'vansker og lidelser, og personell på tilgrensende områder – også innen forebygging og rusforebygging – som ' +
      'trenger mer kunnskap om feltet. Direktoratet kommer tilbake med presiseringer til enkelte av oppdragene.\n\n' +
      'Senteret lykkes når kommunene opplever det som nyttig i arbeidet med å utvikle innhold og kvalitet i det ' +
      'psykiske helsearbeidet for voksne.',
    recurring: true,
  },
  {
    heading: 'Samarbeid med fylkesmennene på psykisk helsefeltet',
    body:
      'Senteret samarbeider med fylkesmennene i deres arbeid på psykisk helsefeltet, med utgangspunkt i ' +
      'styringsdokumentene – blant annet rundskriv IS-1/2009 og embetsoppdraget til fylkesmannsembetene. ' +
      'Direktoratet kommer tilbake med nærmere presiseringer.',
    recurring: true,
  },
  {
    heading: 'Brukerperspektivet og brukermedvirkning',
    body:
      'Senteret etablerer kontakt med bruker- og pårørendeorganisasjoner på feltet, blant dem Mental Helse Kompetanse ' +
      'og brukerstyrte sentre. Et årlig seminar med disse organisasjonene bør blant annet kartlegge brukerdrevne ' +
      'prosjekter som kan tas inn i senterets database. Gjennom løpende kontakt bør senteret utvikle prosjekter der ' +
      'brukere er tungt involvert. Sammen med Mental Helse Norge Kompetanse legger senteret fram en skisse for ' +
      'Helsedirektoratet.',
    recurring: true,
  },
  {
    heading: 'Samarbeid med andre fagmiljø',
    body:
      'Senteret tar kontakt med regionale og nasjonale kompetansesentre med tilgrensende ansvarsområder for å dele ' +
      'erfaringer med kommunene som målgruppe – tverrfaglighet og organisering – og med måtene kunnskap utvikles og ' +
      'spres på: nettverk, nettsteder og publikasjoner.\n\n' +
      'I nært samarbeid med universiteter, høgskoler og kompetansesentre sammenstiller senteret relevant kunnskap og ' +
      'gjør andres sammenstillinger tilgjengelige, slik at forskning og utviklingsarbeid blir brukbart for kommunene. ' +
      'Kommunene skal være med på å forme sammenstillingene så de passer i lokal praksis.',
    recurring: true,
  },
  {
    heading: 'Kontakt og samarbeid med målgruppen',
    body:
      'Senteret legger vekt på god kontakt med kommunene og etablerer nettverk sammen med fylkesmennene, ordnet etter ' +
      'geografi og tema. Rammeavtalen om samhandling mellom Helse- og omsorgsdepartementet og KS, og de lokale ' +
      'avtalene mellom DPS og kommunene, er et godt utgangspunkt for å involvere kommuner og DPS i kunnskapsutvikling ' +
      'og -spredning om samhandling.\n\n' +
      'Senteret synliggjør lokal kompetanse og hvordan oppgaver løses lokalt, og stimulerer til tematiske nettverk for ' +
      'kommuner som har kommet langt på enkeltområder, som psykisk helse og rus, forebygging, behandling, ' +
      'rehabilitering og oppfølging, arbeid, bolig og organisering.',
    recurring: true,
  },
  {
    heading: 'Kontakt med yrkesorganisasjonene',
    body: 'Senteret etablerer kontakt med organisasjonene for de mest aktuelle profesjonsgruppene.',
    recurring: true,
  },
  {
    heading: 'Hjemmeside og kunnskapsbank',
    body:
      'Senteret bør raskt lage en hjemmeside som gir tilgang til kunnskapsbanken. En IKT-basert kunnskapsdatabase er ' +
      'et viktig virkemiddel for å dokumentere, utvikle og formidle kunnskap om psykisk helsearbeid for voksne i ' +
      'kommunene: god praksis i kommunene, brukererfaringer, forskning og publikasjoner, og kontakter i feltet. ' +
      'Ansatte i kommunene, brukerrepresentanter og forskere skal enkelt kunne bidra med praksis, erfaringer og ' +
      'resultater, og løsningen skal ha stor praktisk nytte for dem som arbeider i feltet.',
    recurring: true,
  },
  {
    heading: 'Budsjettrammer for 2008 og 2009',
    body:
      'Budsjettrammen for 2008 er, som tidligere meddelt, 8 mill. kroner. For 2009 er rammen 18 mill. kroner. ' +
      'Rammene gjelder statsbudsjettets kap. 743 postene 62 og 70 samlet.',
    recurring: true,
  },
  {
    heading: 'Plan for senterets virksomhet i 2009',
    body:
      'Senteret legger fram utkast til plan for virksomheten i 2009 for Helsedirektoratet innen 15. februar 2009. ' +
      'Overordnede prioriteringer og forståelsen av avtale og oppdrag kan tas opp i planarbeidet og drøftes på det ' +
      'første styringsmøtet.',
    recurring: true,
  },
  {
    heading: 'Regnskaps- og rapporteringskrav',
    body:
      'Regnskapet for 2008 legges fram innen 1. april 2009. Rapport om virksomheten legges fram for direktoratet ' +
      'innen 1. august 2009.',
    recurring: true,
  },
];

const priorityAreas: LetterSpec['priorityAreas'] = [
  {
    title: 'Kunnskapsbank: samle, systematisere og dokumentere kunnskap om psykisk helsearbeid i kommunene',
    description:
      'Både sosialfaglig og helsefaglig kunnskap: forskning, erfaringer fra praksis og fra forsøks- og ' +
      'utviklingsprosjekter, og brukernes kunnskap.',
  },
  {
    title: 'Formidling og kunnskapsoverføring, særlig til kommunene',
    description:
      'Senteret har et særlig ansvar for å formidle kunnskap til kommunene, og formidler også til andre ' +
      'kunnskapsmiljøer, spesialisthelsetjenesten, bruker- og yrkesorganisasjoner og media. Senteret vurderer ' +
      'om én person bør være medieansvarlig.',
  },
  {
    title: 'Samordning og samarbeid med andre fag- og kompetansemiljøer',
    description: 'Bidra til gjensidig samordning mellom miljøene på feltet, jf. kravspesifikasjonen og tilbudet.',
  },
  {
    title: 'Kompetansehevende tiltak og etter- og videreutdanning',
    description:
      'Vurdere behovet for kompetansehevende tiltak og på sikt ta initiativ til nye etter- og ' +
      'videreutdanningstilbud. Nye utdanningstiltak tas opp med Helsedirektoratet før de settes i gang.',
  },
  {
    title: 'Forslag til forskning, forsøks- og utviklingsprosjekter',
    description: 'Finne behov for og foreslå forskning, forsøks- og utviklingsprosjekter.',
  },
  {
    title: 'Internasjonalt arbeid',
    description: 'På sikt delta i internasjonalt arbeid.',
  },
];

// In the letter's order of priority; two assignments share rank 1.
const assignments: LetterSpec['assignments'] = [
  {
    rank: 1,
    title:
      'Utkast til felles kortversjon av veilederne i psykisk helsearbeid for barn og unge (IS-1405) og voksne (IS-1351)',
    description:
      'Utkastet lages i nært samarbeid med direktoratet, som står for videre bearbeiding og utgivelse av den ' +
      'endelige kortversjonen.',
    // "innen en tidsfrist som avtales særskilt"
    deadlineToBeAgreed: true,
  },
  {
    rank: 1,
    title: 'Opplegg for lokale kartlegginger av tilbudet til mennesker med alvorlige psykiske lidelser',
    description:
      'Sammen med fylkesmennene: kartlegge omfang, behov og tilbud for mennesker med alvorlige psykiske lidelser ' +
      'og behov for særlig tilrettelagte tilbud, jf. rapporten IS-1554, s. 28, tiltak 1.',
  },
  {
    rank: 2,
    title: 'Bistand i arbeidet med ACT-team (Assertive Community Treatment)',
    description: 'Blant annet etablere egne nettverk og legge til rette for opplæringsprogram for ACT-personell.',
  },
  {
    rank: 3,
    title: 'Økt rekruttering av psykologer til kommunene',
    description:
      'Bistå i arbeidet med å rekruttere flere psykologer, og evaluere stimuleringstilskuddet til kommuner som ' +
      'ansetter psykologer.',
  },
  {
    rank: 4,
    title: 'Evaluering av kurs i mestring av depresjon (KiD)',
  },
  {
    rank: 5,
    title: 'Bistand til Helsedirektoratets oppfølging av psykisk helsearbeid',
    description: 'På områder som defineres nærmere.',
  },
];

export const napha2009Letter: LetterSpec = {
  centreCode: 'NAPHA',
  year: 2009,
  status: 'issued',
  title: 'Oppstart av senteret i 2008. Oppdrag til senteret 2009. Statsbudsjettets kap. 743 postene 62 og 70',
  referenceNumber: null,
  letterDate: null,
  issuedAt: undatedPlaceholder,
  sections,
  priorityAreas,
  assignments,
  signatories: [
    { name: 'Ellinor F. Major', title: 'divisjonsdirektør', byAuthority: true },
    { name: 'Anette Mjelde', title: 'prosjektleder' },
  ],
  // "Dokumentet er godkjent elektronisk" – by whom is not said; the first signatory is the natural reading.
  approvals: [{ name: 'Ellinor F. Major', title: 'divisjonsdirektør', approvedAt: undatedPlaceholder }],
  copyRecipients: [
    { name: 'Helse- og omsorgsdepartementet', organisationCode: 'HOD' },
    { name: 'Landets fylkesmenn', organisationCode: 'FYLKESMENN' },
  ],
  // The letter gives one total per year for items 62 and 70 together; it is kept on item 70.
  frames: [
    { year: 2008, item: 70, amountOre: kroner(8_000_000), note: framesNote },
    { year: 2009, item: 70, amountOre: kroner(18_000_000), note: framesNote },
  ],
  deadlines: [
    {
      kind: 'plan',
      title: 'Utkast til plan for virksomheten i 2009',
      dueDate: '2009-02-15',
      periodYear: 2009,
      status: 'accepted',
    },
    { kind: 'accounts', title: 'Regnskap for 2008', dueDate: '2009-04-01', periodYear: 2008, status: 'accepted' },
    // The letter does not say which year the report covers.
    { kind: 'report', title: 'Rapport om virksomheten', dueDate: '2009-08-01', periodYear: null, status: 'accepted' },
  ],
  meetings: [
    { sequence: 1, plannedMonth: 4, status: 'planned' },
    // The letter promises a second meeting in 2009 without a month; a meeting needs a date or a
    // planned month, so October stands in.
    { sequence: 2, plannedMonth: 10, status: 'planned' },
  ],
};

/** The advisory group section 2 of the letter sets up, described by the kinds of members it names. */
const referenceGroupMembers = [
  'Representant for miljøene som deltar i etableringen',
  'Representant for brukerorganisasjonene',
  'Representant for universitets-, høgskole- og forskningsmiljøene',
  'Representant for helseforetakene (DPS)',
  'Representant for KS',
  'Representant for interesseorganisasjonene på feltet',
];

async function seedReferenceGroup(context: SeedContext): Promise<void> {
  const { transaction } = context;
  const group = await ReferenceGroup.create(
    {
      centreId: lookUp(context.centres, 'NAPHA', 'centre').id,
      name: 'Rådgivende referansegruppe',
      mandate:
        'Gir innenfor oppdragsgivers rammer innspill til senterets prioriteringer, drøfter og gir råd om langsiktige ' +
        'planer og virksomhetsplaner, og bidrar til god kvalitet i senterets arbeid.',
    },
    { transaction },
  );
  await ReferenceGroupMember.bulkCreate(
    referenceGroupMembers.map((name, index) => ({
      referenceGroupId: group.id,
      position: index + 1,
      name,
      organisationId: null,
      organisationName: null,
      role: null,
    })),
    { transaction },
  );
}

export async function seedNapha2009(context: SeedContext): Promise<void> {
  await createLetter(napha2009Letter, context);
  await seedReferenceGroup(context);
}
