// Texts for the municipal survey (indicators). Bokmål first; English with exactly the same keys.

import { pluralFor } from './plural.js';

const nbCount = pluralFor('nb');
const enCount = pluralFor('en');

export const nb = {
  indicatorsTitle: 'Kommunekartleggingen',
  indicatorsIntro:
    'Kommunenes svar om sentrene: hvor mange som svarte (n), andelen som har vært i kontakt med senteret, og hvordan.',
  surveyYear: 'Kartleggingsår',
  contactedShare: 'Andel i kontakt',
  respondents: 'Antall svar (n)',
  contactedChartTitle: (year: number) => `Andel kommuner i kontakt med senteret, ${year}`,
  contactedChartSummary: (top: string, pct: number, bottom: string, low: number) =>
    `Høyest: ${top} (${pct} %). Lavest: ${bottom} (${low} %).`,
  channelsChartTitle: (name: string, year: number) => `Kontaktformer for ${name}, ${year}`,
  channelsChartSummary: (n: number) => `Antall kommuner per kontaktform, av ${n} som svarte.`,
  channelFor: 'Senter for kontaktformer',
  channel: 'Kontaktform',
  municipalities: 'Kommuner',
  channels: {
    web: 'Nettsiden',
    phone: 'Telefon',
    collaboration: 'Konkret samarbeid',
    elearning: 'E-læring',
    articles: 'Fagartikler',
    course: 'Kurs',
    programme: 'Kompetanseprogram',
    other: 'Annet',
  },
  groupLabel: (code: string) => `${code} (alle regionale sentre)`,
  noIndicators: 'Ingen tall fra kommunekartleggingen ennå. Saksbehandler kan importere et år som CSV nedenfor.',
  noIndicatorsCentre: 'Ingen tall fra kommunekartleggingen for senteret ditt.',
  noChannels: 'Kartleggingen dette året har bare andel i kontakt, ikke kontaktformer.',
  history: 'Utvikling over tid',
  importTitle: 'Importer et kartleggingsår (CSV)',
  importHelp:
    'Første linje er overskrifter: centre, n, contacted_pct og eventuelt web, phone, collaboration, elearning, articles, course, programme, other. Skill med komma eller semikolon. Tom celle betyr at tallet mangler. Import erstatter alle tall for året.',
  csvFile: 'CSV-fil',
  csvText: 'Eller lim inn CSV',
  importButton: 'Importer',
  importDone: (n: number, year: number) => `Importerte ${nbCount(n, '# rad', '# rader')} for ${year}.`,
  importNeedsData: 'Velg en fil eller lim inn CSV først.',
};

export const en: typeof nb = {
  indicatorsTitle: 'The municipal survey',
  indicatorsIntro:
    'What the municipalities answered about the centres: how many answered (n), the share that had been in contact with the centre, and how.',
  surveyYear: 'Survey year',
  contactedShare: 'Share in contact',
  respondents: 'Answers (n)',
  contactedChartTitle: (year) => `Share of municipalities in contact with the centre, ${year}`,
  contactedChartSummary: (top, pct, bottom, low) => `Highest: ${top} (${pct} %). Lowest: ${bottom} (${low} %).`,
  channelsChartTitle: (name, year) => `Contact channels for ${name}, ${year}`,
  channelsChartSummary: (n) => `Municipalities per contact channel, of ${n} that answered.`,
  channelFor: 'Centre for contact channels',
  channel: 'Channel',
  municipalities: 'Municipalities',
  channels: {
    web: 'Website',
    phone: 'Phone',
    collaboration: 'Collaboration',
    elearning: 'E-learning',
    articles: 'Professional articles',
    course: 'Course',
    programme: 'Competence programme',
    other: 'Other',
  },
  groupLabel: (code) => `${code} (all regional centres)`,
  noIndicators: 'No figures from the municipal survey yet. A case officer can import a year as CSV below.',
  noIndicatorsCentre: 'No figures from the municipal survey for your centre.',
  noChannels: 'This year the survey has only the share in contact, not the channels.',
  history: 'Over time',
  importTitle: 'Import a survey year (CSV)',
  importHelp:
    'The first line holds the headers: centre, n, contacted_pct and optionally web, phone, collaboration, elearning, articles, course, programme, other. Separate with comma or semicolon. An empty cell means no figure. Importing replaces every figure of the year.',
  csvFile: 'CSV file',
  csvText: 'Or paste CSV',
  importButton: 'Import',
  importDone: (n, year) => `Imported ${enCount(n, '# row', '# rows')} for ${year}.`,
  importNeedsData: 'Choose a file or paste CSV first.',
};
