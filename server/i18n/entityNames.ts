// What a 404 calls the record it could not find, in bokmål (definite form) and English.
import { say, type Localized } from './language.js';

export const entityNames = {
  'accounts report': say('regnskapsrapporten', 'accounts report'),
  'agenda item': say('saken', 'agenda item'),
  archive: say('arkivet', 'archive'),
  assignment: say('oppdraget', 'assignment'),
  'audit trail': say('revisjonssporet', 'audit trail'),
  'budget frame': say('budsjettrammen', 'budget frame'),
  'budget frames': say('budsjettrammene', 'budget frames'),
  'budget line': say('budsjettposten', 'budget line'),
  'calendar feed': say('kalenderstrømmen', 'calendar feed'),
  centre: say('senteret', 'centre'),
  comment: say('kommentaren', 'comment'),
  deadline: say('fristen', 'deadline'),
  disbursement: say('utbetalingen', 'disbursement'),
  'e-mail': say('e-posten', 'e-mail'),
  file: say('filen', 'file'),
  job: say('jobben', 'job'),
  'joint assignment': say('fellesoppdraget', 'joint assignment'),
  'joint assignments': say('fellesoppdragene', 'joint assignments'),
  letter: say('brevet', 'letter'),
  letters: say('brevene', 'letters'),
  organisation: say('organisasjonen', 'organisation'),
  outbox: say('utboksen', 'outbox'),
  overview: say('oversikten', 'overview'),
  page: say('siden', 'page'),
  report: say('rapporten', 'report'),
  'steering meeting': say('styringsmøtet', 'steering meeting'),
  'survey indicators': say('kartleggingstallene', 'survey indicators'),
  user: say('brukeren', 'user'),
  users: say('brukerne', 'users'),
} satisfies Record<string, Localized>;

export type EntityName = keyof typeof entityNames;
