// Texts for the results portfolio (reports and assessments across centres and years). Bokmål first;
// English with exactly the same keys.

import { pluralFor } from './plural.js';

const nbCount = pluralFor('nb');
const enCount = pluralFor('en');

export const nb = {
  navResults: 'Resultater',
  resultsTitle: 'Resultater',
  resultsIntro:
    'Rapportene sentrene har levert og direktoratets vurderinger av dem: oppdragene etter status og måloppnåelse, fellesoppdragene samlet og aktivitetstallene over år.',
  resultsFrom: 'Fra år',
  resultsTo: 'Til år',
  resultsExcel: 'Last ned som Excel',
  resultsEmpty: (from: number, to: number) =>
    from === to ? `Ingen rapporter er levert for ${from} ennå.` : `Ingen rapporter er levert for ${from}–${to} ennå.`,
  resultsAchievementTitle: 'Måloppnåelse i de særskilte oppdragene',
  resultsAchievementSummary: (reports: number, assessed: number, assignments: number) =>
    `${nbCount(reports, '# rapport', '# rapporter')}; ${assessed} av ${nbCount(assignments, '# oppdrag', '# oppdrag')} er vurdert.`,
  resultsStatusTitle: 'Status sentrene rapporterte',
  resultsCentreYear: 'Senter og år',
  resultsReport: 'Rapport',
  resultsOverall: 'Samlet vurdering',
  resultsJointTitle: 'Fellesoppdrag',
  resultsJointEmpty: 'Ingen rapporter omtaler fellesoppdrag i disse årene.',
  resultsJointCentres: 'Sentre',
  resultsActivitiesTitle: 'Aktiviteter over år',
  resultsActivitiesSummary: (total: number) => `${nbCount(total, '# aktivitet', '# aktiviteter')} i alt.`,
  resultsActivitiesEmpty: 'Rapportene har ingen aktivitetstall i disse årene.',
  resultsChannel: 'Kanal',
  resultsCount: 'Antall',
  resultsParticipants: 'Deltakere',
  resultsAchievement: {
    achieved: 'Oppnådd',
    partly_achieved: 'Delvis oppnådd',
    not_achieved: 'Ikke oppnådd',
    not_assessable: 'Ikke vurderbart',
    unassessed: 'Ikke vurdert',
  },
  resultsStatus: {
    not_started: 'Ikke startet',
    in_progress: 'Pågår',
    delivered: 'Levert',
    completed: 'Fullført',
    postponed: 'Utsatt',
    none: 'Uten status',
  },
  resultsReportStatus: { draft: 'Utkast', submitted: 'Levert', returned: 'Sendt tilbake', accepted: 'Godkjent' },
  resultsChannels: {
    course: 'Kurs',
    elearning: 'E-læring',
    articles: 'Fagartikler',
    programme: 'Kompetanseprogram',
    web: 'Nettsted',
    phone: 'Telefon',
    collaboration: 'Samarbeid',
    other: 'Annet',
  },
};

export const en: typeof nb = {
  navResults: 'Results',
  resultsTitle: 'Results',
  resultsIntro:
    'The reports the centres have submitted and the directorate’s assessments of them: assignments by status and goal achievement, joint assignments together, and activity figures over the years.',
  resultsFrom: 'From year',
  resultsTo: 'To year',
  resultsExcel: 'Download as Excel',
  resultsEmpty: (from: number, to: number) =>
    from === to
      ? `No reports have been submitted for ${from} yet.`
      : `No reports have been submitted for ${from}–${to} yet.`,
  resultsAchievementTitle: 'Goal achievement in the special assignments',
  resultsAchievementSummary: (reports: number, assessed: number, assignments: number) =>
    `${enCount(reports, '# report', '# reports')}; ${assessed} of ${enCount(assignments, '# assignment', '# assignments')} assessed.`,
  resultsStatusTitle: 'Status as the centres reported it',
  resultsCentreYear: 'Centre and year',
  resultsReport: 'Report',
  resultsOverall: 'Overall assessment',
  resultsJointTitle: 'Joint assignments',
  resultsJointEmpty: 'No report covers a joint assignment in these years.',
  resultsJointCentres: 'Centres',
  resultsActivitiesTitle: 'Activities over the years',
  resultsActivitiesSummary: (total: number) => `${enCount(total, '# activity', '# activities')} in all.`,
  resultsActivitiesEmpty: 'The reports hold no activity figures in these years.',
  resultsChannel: 'Channel',
  resultsCount: 'Number',
  resultsParticipants: 'Participants',
  resultsAchievement: {
    achieved: 'Achieved',
    partly_achieved: 'Partly achieved',
    not_achieved: 'Not achieved',
    not_assessable: 'Not assessable',
    unassessed: 'Not assessed',
  },
  resultsStatus: {
    not_started: 'Not started',
    in_progress: 'In progress',
    delivered: 'Delivered',
    completed: 'Completed',
    postponed: 'Postponed',
    none: 'No status',
  },
  resultsReportStatus: { draft: 'Draft', submitted: 'Submitted', returned: 'Returned', accepted: 'Accepted' },
  resultsChannels: {
    course: 'Courses',
    elearning: 'E-learning',
    articles: 'Articles',
    programme: 'Competence programmes',
    web: 'Website',
    phone: 'Phone',
    collaboration: 'Collaboration',
    other: 'Other',
  },
};
