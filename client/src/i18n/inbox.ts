// Texts for Mine oppgaver, notifications and search. Bokmål first; English with exactly the same keys.

export const nb = {
  tasks: 'Mine oppgaver',
  tasksIntro: 'Det som venter på deg, for alle år. Velg en oppgave for å gå dit du gjør den.',
  tasksNavLabel: (n: number) => `Mine oppgaver, ${n} venter`,
  tasksCount: (n: number) =>
    n === 0 ? 'Ingenting venter på deg nå.' : n === 1 ? '1 oppgave venter.' : `${n} oppgaver venter.`,
  taskKinds: {
    approveLetter: 'Godkjenn brev',
    issueLetter: 'Send godkjent brev',
    acceptLetter: 'Aksepter brev',
    handIn: 'Lever',
    reviewHandIn: 'Vurder leveranse',
    reviewAccounts: 'Gå gjennom regnskap',
    approveMinutes: 'Godkjenn referat',
    proposeAgendaItems: 'Meld inn saker til dagsorden',
  } as Record<string, string>,
  taskWhat: 'Oppgave',
  noDueDate: 'Ingen frist',
  recentNotifications: 'Siste varsler',
  noNotifications: 'Ingen varsler ennå.',
  searchLabel: 'Søk i Styringsdialog',
  searchButton: 'Søk',
  searchTitle: 'Søk',
  searchIntro:
    'Søk etter sentre, brev og teksten i dem, særskilte oppdrag, frister, styringsmøter og saker til dagsorden.',
  searchFor: (q: string) => `Søk: ${q}`,
  searchResultsCount: (n: number, q: string) =>
    n === 0 ? `Ingen treff på «${q}».` : n === 1 ? `1 treff på «${q}».` : `${n} treff på «${q}».`,
  searchKinds: {
    centre: 'Sentre',
    letter: 'Brev',
    assignment: 'Særskilte oppdrag',
    deadline: 'Frister',
    meeting: 'Styringsmøter',
    agendaItem: 'Saker til dagsorden',
  } as Record<string, string>,
  searchEmpty: 'Skriv det du leter etter i søkefeltet.',
};

export const en: typeof nb = {
  tasks: 'My tasks',
  tasksIntro: 'What waits for you, for every year. Choose a task to go where you do it.',
  tasksNavLabel: (n: number) => `My tasks, ${n} waiting`,
  tasksCount: (n: number) => (n === 0 ? 'Nothing waits for you now.' : n === 1 ? '1 task waits.' : `${n} tasks wait.`),
  taskKinds: {
    approveLetter: 'Approve letter',
    issueLetter: 'Issue approved letter',
    acceptLetter: 'Accept letter',
    handIn: 'Hand in',
    reviewHandIn: 'Review hand-in',
    reviewAccounts: 'Review accounts',
    approveMinutes: 'Approve minutes',
    proposeAgendaItems: 'Propose agenda items',
  },
  taskWhat: 'Task',
  noDueDate: 'No deadline',
  recentNotifications: 'Latest notifications',
  noNotifications: 'No notifications yet.',
  searchLabel: 'Search Styringsdialog',
  searchButton: 'Search',
  searchTitle: 'Search',
  searchIntro:
    'Search centres, letters and their text, special assignments, deadlines, steering meetings and agenda items.',
  searchFor: (q: string) => `Search: ${q}`,
  searchResultsCount: (n: number, q: string) =>
    n === 0 ? `No results for “${q}”.` : n === 1 ? `1 result for “${q}”.` : `${n} results for “${q}”.`,
  searchKinds: {
    centre: 'Centres',
    letter: 'Letters',
    assignment: 'Special assignments',
    deadline: 'Deadlines',
    meeting: 'Steering meetings',
    agendaItem: 'Agenda items',
  },
  searchEmpty: 'Type what you are looking for in the search field.',
};
