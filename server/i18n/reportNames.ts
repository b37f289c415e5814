// What a person calls the report's statuses, assessments and activity channels, in bokmål (the
// workbook and the meeting pack are bokmål). The web client has its own texts in both languages.
import type { Achievement, ReportStatus } from '../models/AnnualReport.js';
import type { activityChannels, reportAssignmentStatuses } from '../reports/reportContent.js';

export const statusNamesNb: Record<(typeof reportAssignmentStatuses)[number] | 'none', string> = {
  not_started: 'ikke startet',
  in_progress: 'pågår',
  delivered: 'levert',
  completed: 'fullført',
  postponed: 'utsatt',
  none: 'uten status',
};

export const achievementNamesNb: Record<Achievement | 'unassessed', string> = {
  achieved: 'oppnådd',
  partly_achieved: 'delvis oppnådd',
  not_achieved: 'ikke oppnådd',
  not_assessable: 'ikke vurderbart',
  unassessed: 'ikke vurdert',
};

export const reportStatusNamesNb: Record<ReportStatus, string> = {
  draft: 'utkast',
  submitted: 'levert',
  returned: 'sendt tilbake',
  accepted: 'godkjent',
};

export const activityChannelNamesNb: Record<(typeof activityChannels)[number], string> = {
  course: 'Kurs',
  elearning: 'E-læring',
  articles: 'Fagartikler',
  programme: 'Kompetanseprogram',
  web: 'Nettsted',
  phone: 'Telefon',
  collaboration: 'Samarbeid',
  other: 'Annet',
};
