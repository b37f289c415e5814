// Texts for new letters, supplements and joint assignments. Bokmål first; English with exactly the same keys.

import { pluralFor } from './plural.js';

const nbCount = pluralFor('nb');
const enCount = pluralFor('en');

export const nb = {
  newLetter: 'Nytt brev',
  newLetterTitle: 'Nytt tilskuddsbrev',
  newLetterIntro:
    'Velg senter og år. Brevet kan ta utgangspunkt i senterets forrige brev, i malen eller starte tomt. Du kan endre alt i utkastet etterpå.',
  chooseCentre: 'Velg senter',
  startFrom: 'Utgangspunkt',
  startFromPrevious: (year: number) => `Brevet for ${year}`,
  startFromPreviousHelp: (areas: number, sections: number) =>
    `Tar med ${nbCount(areas, '# hovedsatsingsområde', '# hovedsatsingsområder')}, ${nbCount(sections, '# fast avsnitt', '# faste avsnitt')}, underskrivere og kopimottakere.`,
  startFromTemplate: 'Malen (standardavsnittene)',
  startBlank: 'Tomt brev',
  noPreviousLetter: (centre: string, year: number) => `${centre} har ikke noe brev før ${year} å starte fra.`,
  carryOver: 'Åpne oppdrag som tas med',
  carryOverHelp: 'Oppdragene får samme rang og frist «avtales særskilt».',
  carriedAutomatically: (end: number) => `Flerårig til ${end}: føres videre uansett`,
  createDraft: 'Opprett utkast',
  newSupplementTitle: 'Tilleggsbrev',
  newSupplementIntro: 'Brevet er sendt og endres ikke. Nye oppdrag eller midler for året kommer i et tilleggsbrev.',
  supplementTitle: 'Tittel på tilleggsbrevet',
  createSupplement: 'Lag tilleggsbrev',
  jointAssignmentOpen: 'Gi felles oppdrag',
  jointAssignmentTitle: (year: number) => `Felles oppdrag ${year}`,
  jointAssignmentIntro:
    'Samme oppdrag til flere sentre. Er senterets brev godkjent eller sendt, havner oppdraget i et tilleggsbrev.',
  rankHelp: 'Lavest rang er viktigst; flere oppdrag kan ha samme rang.',
  deadlineOptionalHelp: 'La feltet stå tomt hvis fristen avtales særskilt.',
  jointAssignmentCentres: 'Sentre',
  jointAssignmentCentresHelp: 'Velg minst to.',
  withoutLetterThisYear: (codes: string) => `Uten brev for året, så de kan ikke få oppdraget: ${codes}.`,
  chooseTwoCentres: 'Velg minst to sentre.',
  jointAssignmentGive: 'Gi oppdraget',
  jointAssignmentGiven: (title: string, n: number) => `«${title}» er gitt til ${nbCount(n, '# senter', '# sentre')}:`,
};

export const en: typeof nb = {
  newLetter: 'New letter',
  newLetterTitle: 'New grant letter',
  newLetterIntro:
    "Choose the centre and year. The letter can start from the centre's previous letter, from the template or blank. You can change everything in the draft afterwards.",
  chooseCentre: 'Choose a centre',
  startFrom: 'Start from',
  startFromPrevious: (year) => `The letter for ${year}`,
  startFromPreviousHelp: (areas, sections) =>
    `Brings ${enCount(areas, '# priority area', '# priority areas')}, ${enCount(sections, '# recurring section', '# recurring sections')}, signatories and copy recipients.`,
  startFromTemplate: 'The template (standard sections)',
  startBlank: 'Blank letter',
  noPreviousLetter: (centre, year) => `${centre} has no letter before ${year} to start from.`,
  carryOver: 'Open assignments to carry over',
  carryOverHelp: 'They keep their rank; their deadline becomes “to be agreed”.',
  carriedAutomatically: (end) => `Multi-year until ${end}: carried over in any case`,
  createDraft: 'Create draft',
  newSupplementTitle: 'Supplement',
  newSupplementIntro:
    'The letter has been issued and does not change. New assignments or money for the year go into a supplement.',
  supplementTitle: 'Title of the supplement',
  createSupplement: 'Create supplement',
  jointAssignmentOpen: 'Give a joint assignment',
  jointAssignmentTitle: (year) => `Joint assignment ${year}`,
  jointAssignmentIntro:
    "The same assignment to several centres. Where the centre's letter is approved or issued, it goes into a supplement.",
  rankHelp: 'The lowest rank matters most; assignments may share a rank.',
  deadlineOptionalHelp: 'Leave empty when the deadline is to be agreed.',
  jointAssignmentCentres: 'Centres',
  jointAssignmentCentresHelp: 'Choose at least two.',
  withoutLetterThisYear: (codes) => `Without a letter for the year, so they cannot be given it: ${codes}.`,
  chooseTwoCentres: 'Choose at least two centres.',
  jointAssignmentGive: 'Give the assignment',
  jointAssignmentGiven: (title, n) => `“${title}” has been given to ${enCount(n, '# centre', '# centres')}:`,
};
