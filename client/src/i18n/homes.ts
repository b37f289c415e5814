// Texts for the case officer's and the centre leader's home pages. Bokmål first; English with exactly the same keys.

export const nb = {
  caseOfficerHomeTitle: (year: number) => `Sentrene i ${year}`,
  caseOfficerHomeIntro: 'Status for årets brev, neste frist og neste styringsmøte for hvert senter.',
  myLetter: 'Mitt tilskuddsbrev',
  myAssignments: 'Mine særskilte oppdrag',
  noIssuedLetter: (year: number) =>
    `Direktoratet har ikke sendt brevet for ${year} ennå. Du får e-post når det er sendt.`,
  noAssignments: 'Ingen særskilte oppdrag i sendte brev for dette året.',
  noDeadlines: 'Ingen frister.',
  noUpcomingDeadlines: 'Ingen kommende frister.',
  noMeeting: 'Ikke planlagt ennå.',
};

export const en: typeof nb = {
  caseOfficerHomeTitle: (year) => `The centres in ${year}`,
  caseOfficerHomeIntro: "This year's letter status, next deadline and next steering meeting for every centre.",
  myLetter: 'My grant letter',
  myAssignments: 'My special assignments',
  noIssuedLetter: (year) =>
    `The directorate has not issued the letter for ${year} yet. You will get an e-mail when it has.`,
  noAssignments: 'No special assignments in issued letters for this year.',
  noDeadlines: 'No deadlines.',
  noUpcomingDeadlines: 'No upcoming deadlines.',
  noMeeting: 'Not planned yet.',
};
