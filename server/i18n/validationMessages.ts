// Validation problems in words a person understands, in both languages. Zod's own messages are
// written for developers ("expected string to have >=1 characters"), so each kind of issue gets
// ours; messages the schemas spell out themselves are translated through `ownMessages`.
import type { z } from 'zod';
import { say, type Localized } from './language.js';

/** The messages our schemas and commands give in English, with their bokmål. */
const ownMessages: Record<string, string> = {
  'must be a Norwegian bank account number (11 digits with a valid check digit)':
    'må være et norsk kontonummer (11 sifre med gyldig kontrollsiffer)',
  'must be a date YYYY-MM-DD': 'må være en dato (ÅÅÅÅ-MM-DD)',
  'must be a time HH:MM (Oslo time), e.g. 10:00': 'må være et klokkeslett TT:MM (norsk tid), f.eks. 10:00',
  'must be a whole number': 'må være et helt tall',
  'must be an e-mail address': 'må være en e-postadresse',
  'must be an http(s) address': 'må være en nettadresse (http eller https)',
  'must be at least 1 øre': 'må være minst 1 øre',
  'must be at least 12 characters': 'må ha minst 12 tegn',
  'must be at least 8 characters': 'må ha minst 8 tegn',
  'must be at most 200 000 characters': 'kan ha høyst 200 000 tegn',
  'must be empty for a main letter': 'skal være tom for et hovedbrev',
  'must be empty for directorate roles': 'skal være tom for roller i direktoratet',
  'must be the id of a bulk job': 'må være id-en til en massejobb',
  'must be the main letter of the same centre and year': 'må være hovedbrevet til samme senter og år',
  'must be true: the centre confirms the conditions of the letter':
    'må krysses av: senteret bekrefter vilkårene i brevet',
  'must be whole numbers of days separated by commas, e.g. -7,0,7':
    'må være hele antall dager skilt med komma, f.eks. -7,0,7',
  'must be whole øre': 'må være hele øre',
  'must name at least one role': 'må ha minst én rolle',
  'must not be empty': 'må fylles ut',
  'is required when there is no meetingDate': 'må fylles ut når møtet ikke har dato',
  'is required for a supplement': 'må fylles ut for et tilleggsbrev',
  'cannot be true when deadlineDate is set': 'kan ikke velges når fristen har en dato',
  'must be JSON, e.g. {"action":[-7,0,7]}': 'må være JSON, f.eks. {"action":[-7,0,7]}',
};

/** Our messages with a number or name in them: the English pattern and its bokmål. */
const ownPatterns: [RegExp, (match: RegExpExecArray) => string][] = [
  [/^must fall in (\d{4})$/, (match) => `må være i ${match[1]}`],
];

/** An English message we wrote, with its bokmål if we have it. */
export function ownMessage(english: string): Localized | undefined {
  const bokmal = ownMessages[english];
  if (bokmal !== undefined) return say(bokmal, english);
  for (const [pattern, toBokmal] of ownPatterns) {
    const match = pattern.exec(english);
    if (match) return say(toBokmal(match), english);
  }
  return undefined;
}

const count = (n: unknown) => (typeof n === 'bigint' ? n.toString() : String(n));

function tooSmall(issue: z.core.$ZodIssueTooSmall): Localized {
  const n = count(issue.minimum);
  switch (issue.origin) {
    case 'string':
      return Number(issue.minimum) <= 1
        ? say('må fylles ut', 'must not be empty')
        : say(`må ha minst ${n} tegn`, `must be at least ${n} characters`);
    case 'array':
    case 'set':
      return Number(issue.minimum) <= 1
        ? say('må ha minst én', 'must have at least one')
        : say(`må ha minst ${n}`, `must have at least ${n}`);
    case 'date':
      return say(`kan ikke være før ${n}`, `must not be before ${n}`);
    default:
      return issue.inclusive
        ? say(`må være minst ${n}`, `must be at least ${n}`)
        : say(`må være større enn ${n}`, `must be greater than ${n}`);
  }
}

function tooBig(issue: z.core.$ZodIssueTooBig): Localized {
  const n = count(issue.maximum);
  switch (issue.origin) {
    case 'string':
      return say(`kan ha høyst ${n} tegn`, `must be at most ${n} characters`);
    case 'array':
    case 'set':
      return say(`kan ha høyst ${n}`, `must have at most ${n}`);
    case 'date':
      return say(`kan ikke være etter ${n}`, `must not be after ${n}`);
    default:
      return issue.inclusive
        ? say(`kan være høyst ${n}`, `must be at most ${n}`)
        : say(`må være mindre enn ${n}`, `must be less than ${n}`);
  }
}

const formats: Record<string, Localized> = {
  date: say('må være en dato (ÅÅÅÅ-MM-DD)', 'must be a date (YYYY-MM-DD)'),
  datetime: say('må være et tidspunkt', 'must be a date and time'),
  time: say('må være et klokkeslett (TT:MM)', 'must be a time (HH:MM)'),
  email: say('må være en e-postadresse', 'must be an e-mail address'),
  url: say('må være en nettadresse', 'must be a web address'),
};

const types: Record<string, Localized> = {
  number: say('må være et tall', 'must be a number'),
  int: say('må være et helt tall', 'must be a whole number'),
  string: say('må være tekst', 'must be text'),
  boolean: say('må være ja eller nei', 'must be yes or no'),
  array: say('må være en liste', 'must be a list'),
  date: say('må være en dato', 'must be a date'),
};

/** Our words for one issue. `missing` says whether the field was left out altogether. */
export function validationMessage(issue: z.core.$ZodIssue, missing: boolean): Localized {
  const own = ownMessage(issue.message);
  if (own) return own;
  switch (issue.code) {
    case 'invalid_type':
      return missing
        ? say('må fylles ut', 'is required')
        : (types[issue.expected] ?? say('har feil type', 'has the wrong type'));
    case 'too_small':
      return tooSmall(issue);
    case 'too_big':
      return tooBig(issue);
    case 'invalid_format':
      return formats[issue.format] ?? say('har feil form', 'has the wrong format');
    case 'invalid_value':
      return say('er ikke et gyldig valg', 'is not a valid choice');
    case 'not_multiple_of':
      return say('må være et helt tall', 'must be a whole number');
    case 'unrecognized_keys':
      return say(`ukjent felt: ${issue.keys.join(', ')}`, `unknown field: ${issue.keys.join(', ')}`);
    default:
      return say('er ikke gyldig', 'is not valid');
  }
}
