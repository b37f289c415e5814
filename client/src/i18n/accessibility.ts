// Texts for the accessibility statement (tilgjengelighetserklæring) in the form of Digdir's uustatus:
// status, what is not yet compliant and why, how it was tested, how to report a problem and to complain.
// Bokmål first; English with exactly the same keys.

/** Where people report accessibility problems; the same in both languages. */
const contactEmail = 'postmottak@helsedir.no';

export const nb = {
  accessibilityStatement: 'Tilgjengelighetserklæring',
  a11yTitle: 'Tilgjengelighetserklæring for Styringsdialog',
  a11yIntro:
    'Helsedirektoratet har ansvar for at Styringsdialog er universelt utformet. Erklæringen sier hvor godt løsningen oppfyller kravene i forskrift om universell utforming av IKT-løsninger (WCAG 2.1 nivå A og AA), hva som ikke er i orden ennå, og hvordan du melder fra.',
  a11yStatusTitle: 'Status',
  a11yStatus: 'Styringsdialog oppfyller kravene delvis. Innholdet nedenfor er ikke universelt utformet ennå.',
  a11yGapsTitle: 'Innhold som ikke er universelt utformet',
  a11yGaps: {
    pdf: {
      title: 'Brev og møtepakker som PDF',
      problem:
        'PDF-filene av tilskuddsbrev og møtepakker er ikke tagget. En skjermleser finner ikke overskrifter, lister og tabeller, og filen oppgir ikke språk (WCAG 1.3.1 Informasjon og relasjoner, 1.3.2 Meningsfylt rekkefølge, 3.1.1 Språk på siden).',
      reason:
        'PDF-en lages i dag uten tagger. Vi arbeider med taggede arkivfiler (PDF/A). Til da finnes det samme innholdet som nettside: «Forhåndsvis» på brevet og «Se møtepakken» på møtet.',
    },
    charts: {
      title: 'Diagrammer',
      problem:
        'I diagrammene over økonomi skilles ramme, utbetalt og regnskapsført bare med farge (WCAG 1.4.1 Bruk av farge). Tallene i diagrammene blir små på en smal skjerm (WCAG 1.4.4 Endring av tekststørrelse).',
      reason:
        'Alle tallene står i tabellen bak knappen «Vis som tabell» ved hvert diagram. Vi skal merke søylene med mer enn farge.',
    },
    session: {
      title: 'Utlogging uten varsel',
      problem:
        'Du blir logget ut etter en tid uten aktivitet (12 timer som standard) og senest et døgn etter innlogging, uten varsel og uten mulighet til å forlenge. Det du har skrevet og ikke lagret, går tapt (WCAG 2.2.1 Justerbar hastighet).',
      reason: 'Utloggingen beskytter opplysningene i løsningen. Vi skal varsle før utlogging og la deg forlenge.',
    },
    queues: {
      title: 'Jobbkøene for systemforvaltere',
      problem:
        'Siden «Jobbkøer» er et ferdig verktøy (Bull Board) på engelsk som vi ikke har testet for universell utforming (blant annet WCAG 3.1.1 Språk på siden).',
      reason: 'Den brukes bare av systemforvaltere til drift. All saksbehandling gjøres i resten av løsningen.',
    },
    uploads: {
      title: 'Filer som brukerne laster opp',
      problem:
        'Rapporter, regnskap og vedlegg som sentrene og direktoratet laster opp, kontrollerer vi ikke for universell utforming.',
      reason: 'Filene er innhold fra brukerne selv. Den som laster opp, har ansvar for at filen er tilgjengelig.',
    },
  },
  a11yProblemLabel: 'Hva er problemet',
  a11yReasonLabel: 'Hvorfor, og hva vi gjør',
  a11yTestedTitle: 'Hvordan vi har testet',
  a11yTested:
    'Erklæringen bygger på en egenvurdering. Alle hovedsidene testes automatisk med axe (WCAG 2.1 A og AA) ved 1280 og 320 piksler bredde, og med tastatur. Løsningen er ikke revidert av en ekstern part.',
  a11yFeedbackTitle: 'Meld fra om feil',
  a11yFeedback:
    'Finner du noe som ikke virker, eller trenger du innholdet i en annen form? Skriv hvilken side det gjelder og hva som ikke virket, og send det til',
  a11yFeedbackAnswer: 'Vi svarer så snart vi kan.',
  a11yContactEmail: contactEmail,
  a11yComplainTitle: 'Klage',
  a11yComplain:
    'Får du ikke svar, eller er du ikke fornøyd med svaret, kan du melde fra til Tilsynet for universell utforming av IKT i Digitaliseringsdirektoratet (Digdir):',
  a11yComplainLink: 'uutilsynet.no',
  a11yDiscrimination: 'Mener du at du er blitt diskriminert, kan du klage til Diskrimineringsnemnda:',
  a11yDiscriminationLink: 'diskrimineringsnemnda.no',
  a11yDates: (made: string, updated: string) => `Erklæringen ble laget ${made} og sist oppdatert ${updated}.`,
  toLogin: 'Til innlogging',
};

export const en: typeof nb = {
  accessibilityStatement: 'Accessibility statement',
  a11yTitle: 'Accessibility statement for Styringsdialog',
  a11yIntro:
    'The Norwegian Directorate of Health is responsible for making Styringsdialog accessible. This statement says how well it meets the Norwegian regulations on universal design of ICT (WCAG 2.1 level A and AA), what is not yet in order, and how to report a problem.',
  a11yStatusTitle: 'Status',
  a11yStatus: 'Styringsdialog partly meets the requirements. The content below is not yet accessible.',
  a11yGapsTitle: 'Content that is not accessible',
  a11yGaps: {
    pdf: {
      title: 'Letters and meeting packs as PDF',
      problem:
        'The PDF files of grant letters and meeting packs are not tagged. A screen reader finds no headings, lists or tables, and the file states no language (WCAG 1.3.1 Info and Relationships, 1.3.2 Meaningful Sequence, 3.1.1 Language of Page).',
      reason:
        'The PDF is made without tags today. We are working on tagged archive files (PDF/A). Until then the same content is a web page: “Preview” on the letter and “View the meeting pack” on the meeting.',
    },
    charts: {
      title: 'Charts',
      problem:
        'In the money charts, frame, paid and accounted are told apart by colour only (WCAG 1.4.1 Use of Color). The figures in the charts get small on a narrow screen (WCAG 1.4.4 Resize Text).',
      reason:
        'Every figure is in the table behind the “Show as table” button at each chart. We will mark the bars with more than colour.',
    },
    session: {
      title: 'Logged out without warning',
      problem:
        'You are logged out after a time without activity (12 hours by default) and at the latest a day after logging in, without warning and without a way to extend. What you have written and not saved is lost (WCAG 2.2.1 Timing Adjustable).',
      reason:
        'Logging out protects the information in the service. We will warn before logging out and let you extend.',
    },
    queues: {
      title: 'The job queues for administrators',
      problem:
        'The “Job queues” page is a ready-made tool (Bull Board) in English that we have not tested for accessibility (among others WCAG 3.1.1 Language of Page).',
      reason: 'Only administrators use it, to run the service. All casework is done in the rest of the service.',
    },
    uploads: {
      title: 'Files that users upload',
      problem:
        'Reports, accounts and attachments that the centres and the directorate upload are not checked for accessibility.',
      reason:
        'The files are content from the users themselves. Whoever uploads a file is responsible for making it accessible.',
    },
  },
  a11yProblemLabel: 'What the problem is',
  a11yReasonLabel: 'Why, and what we do',
  a11yTestedTitle: 'How we tested',
  a11yTested:
    'The statement is a self-assessment. Every main page is tested automatically with axe (WCAG 2.1 A and AA) at 1280 and 320 pixels wide, and by keyboard. The service has not been audited by an outside party.',
  a11yFeedbackTitle: 'Report a problem',
  a11yFeedback:
    'Did you find something that does not work, or do you need the content in another form? Write which page it is and what did not work, and send it to',
  a11yFeedbackAnswer: 'We answer as soon as we can.',
  a11yContactEmail: contactEmail,
  a11yComplainTitle: 'Complaints',
  a11yComplain:
    'If you get no answer, or are not satisfied with it, you can notify the Authority for Universal Design of ICT at the Norwegian Digitalisation Agency (Digdir):',
  a11yComplainLink: 'uutilsynet.no',
  a11yDiscrimination:
    'If you believe you have been discriminated against, you can complain to the Anti-Discrimination Tribunal:',
  a11yDiscriminationLink: 'diskrimineringsnemnda.no',
  a11yDates: (made, updated) => `The statement was made on ${made} and last updated on ${updated}.`,
  toLogin: 'Go to login',
};
