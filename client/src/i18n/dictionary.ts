// The one typed dictionary, merged from one file per feature. Each feature file holds its bokmål
// texts and the English ones typed to have exactly the same keys; no key may be in two files.
import * as accessibility from './accessibility.js';
import * as admin from './admin.js';
import * as audit from './audit.js';
import * as bulkIssue from './bulkIssue.js';
import * as calendar from './calendar.js';
import * as centre from './centre.js';
import * as comments from './comments.js';
import * as common from './common.js';
import * as deadlines from './deadlines.js';
import * as finance from './finance.js';
import * as financeYear from './financeYear.js';
import * as homes from './homes.js';
import * as inbox from './inbox.js';
import * as indicators from './indicators.js';
import * as layout from './layout.js';
import * as letterWorkflow from './letterWorkflow.js';
import * as letterSteps from './letterSteps.js';
import * as letters from './letters.js';
import * as login from './login.js';
import * as meetings from './meetings.js';
import * as newLetters from './newLetters.js';
import * as profile from './profile.js';
import * as results from './results.js';
import * as reports from './reports.js';
import * as states from './states.js';
import * as users from './users.js';
import * as yearFigures from './yearFigures.js';
import type { Language } from '../format.js';

export const features = {
  layout,
  login,
  states,
  common,
  letters,
  letterWorkflow,
  letterSteps,
  bulkIssue,
  newLetters,
  deadlines,
  meetings,
  calendar,
  profile,
  homes,
  finance,
  financeYear,
  yearFigures,
  users,
  centre,
  audit,
  indicators,
  inbox,
  admin,
  accessibility,
  comments,
  results,
  reports,
};

type Features = typeof features;
type FeatureTexts<K extends keyof Features> = Features[K]['nb'];
/** Keys that are in two feature files (a merge would silently keep only one of them). */
type KeysInTwoFiles = {
  [K in keyof Features]: keyof FeatureTexts<K> &
    { [J in Exclude<keyof Features, K>]: keyof FeatureTexts<J> }[Exclude<keyof Features, K>];
}[keyof Features];
// Fails to type-check, naming the key, when a key is in two feature files.
const noKeyInTwoFiles: [KeysInTwoFiles] extends [never] ? true : { keyInTwoFeatureFiles: KeysInTwoFiles } = true;
void noKeyInTwoFiles;

type UnionToIntersection<U> = (U extends unknown ? (part: U) => void : never) extends (part: infer I) => void
  ? I
  : never;

/** Every text of the app; each feature's English texts are typed to have exactly its bokmål keys. */
export type Dictionary = UnionToIntersection<FeatureTexts<keyof Features>>;

const merged = (language: Language): Dictionary =>
  Object.assign({}, ...Object.values(features).map((feature) => feature[language])) as Dictionary;

export const dictionaries: Record<Language, Dictionary> = { nb: merged('nb'), en: merged('en') };
