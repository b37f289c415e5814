// Errors with stable ids, rendered as application/problem+json (RFC 9457) by the error handler.
import type { ZodError } from 'zod';
import { fieldLabel } from './i18n/fieldLabels.js';
import { entityNames, type EntityName } from './i18n/entityNames.js';
import { localize, say, type Language, type Localized } from './i18n/language.js';
import { validationMessage } from './i18n/validationMessages.js';

/** Text for a person: always in both languages; the answer picks one by the request. */
export type Text = Localized;

export interface FieldProblem {
  /** Where the problem is: body.dueDate, query.year, params.id */
  field: string;
  message: Localized;
  /** For a problem in an uploaded spreadsheet: the sheet row (1-based) and column letter. */
  row?: number;
  column?: string;
}

export class ProblemError extends Error {
  constructor(
    readonly status: number,
    /** Stable id, also the last part of the problem type URI */
    readonly id: string,
    readonly title: Text,
    readonly detail?: Text,
    readonly errors?: FieldProblem[],
  ) {
    // Logs and stack traces read English.
    super(localize(detail ?? title, 'en'));
  }

  /** The problem+json body in one language; each field problem carries its form label. */
  toProblem(instance?: string, language: Language = 'nb') {
    return {
      type: `https://styringsdialog.example/problems/${this.id}`,
      title: localize(this.title, language),
      status: this.status,
      ...(this.detail ? { detail: localize(this.detail, language) } : {}),
      ...(instance ? { instance } : {}),
      ...(this.errors
        ? {
            errors: this.errors.map((problem) => {
              const label = fieldLabel(problem.field);
              return {
                ...problem,
                message: localize(problem.message, language),
                ...(label ? { label: localize(label, language) } : {}),
              };
            }),
          }
        : {}),
    };
  }
}

export const ValidationError = (errors: FieldProblem[]) =>
  new ProblemError(
    400,
    'validation',
    { nb: 'Ugyldige data', en: 'Invalid input' },
    {
      nb: `Se over: ${errors.map((e) => `${labelOf(e.field, 'nb')} ${localize(e.message, 'nb')}`).join('; ')}`,
      en: `Please check: ${errors.map((e) => `${labelOf(e.field, 'en')} ${localize(e.message, 'en')}`).join('; ')}`,
    },
    errors,
  );

function labelOf(field: string, language: Language) {
  const label = fieldLabel(field);
  return label ? localize(label, language) : field;
}

/** One field's problem, in both languages. */
export const fieldError = (field: string, message: Localized) => ValidationError([{ field, message }]);

/** The value at a path, to tell a field left out from one given wrongly. */
function valueAt(input: unknown, path: PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

export function fromZodError(location: 'body' | 'query' | 'params', error: ZodError, input?: unknown) {
  return ValidationError(
    error.issues.map((issue) => ({
      field: [location, ...issue.path.map(String)].join('.'),
      message: validationMessage(issue, valueAt(input, issue.path) === undefined),
    })),
  );
}

export const AuthenticationRequired = () =>
  new ProblemError(
    401,
    'authentication-required',
    say('Innlogging kreves', 'Login required'),
    say('Du må logge inn for å gjøre dette.', 'You must log in to do this.'),
  );

export const InvalidCredentials = () =>
  new ProblemError(
    401,
    'invalid-credentials',
    say('Feil e-post eller passord', 'Wrong e-mail address or password'),
    say('Feil e-postadresse eller passord.', 'Wrong e-mail address or password.'),
  );

export const Forbidden = (
  detail: Localized = say('Rollen din gir ikke lov til dette.', 'Your role does not allow this.'),
) => new ProblemError(403, 'forbidden', say('Ingen tilgang', 'Access denied'), detail);

export const NotFound = (entity: EntityName) =>
  new ProblemError(
    404,
    'not-found',
    say('Finnes ikke', 'Not found'),
    say(
      `Fant ikke ${entityNames[entity].nb}, eller du har ikke tilgang til det.`,
      `No ${entityNames[entity].en} with that id, or you may not see it.`,
    ),
  );

export const Conflict = (detail: Localized) => new ProblemError(409, 'conflict', say('Konflikt', 'Conflict'), detail);

export const TooManyRequests = (detail: Localized) =>
  new ProblemError(429, 'rate-limited', say('For mange forsøk', 'Too many attempts'), detail);
/** The one 413 for a body or an uploaded file over its limit (a workbook beyond its unpacked limits: spreadsheet-too-large). */
export const PayloadTooLarge = (detail: Localized) =>
  new ProblemError(413, 'payload-too-large', say('For stor forespørsel', 'Request too large'), detail);
export const UnsupportedMediaType = (detail: Localized, errors?: FieldProblem[]) =>
  new ProblemError(
    415,
    'unsupported-media-type',
    say('Filtypen støttes ikke', 'File type not supported'),
    detail,
    errors,
  );

/** A request the server cannot read at all: a path with broken percent-encoding, a broken multipart body. */
export const MalformedRequest = (detail: Localized, errors?: FieldProblem[]) =>
  new ProblemError(400, 'malformed-request', say('Ugyldig forespørsel', 'Malformed request'), detail, errors);

/** A request body of another content type than the route reads (JSON or multipart/form-data). */
export const UnsupportedContentType = (detail: Localized) =>
  new ProblemError(
    415,
    'unsupported-content-type',
    say('Innholdstypen støttes ikke', 'Content type not supported'),
    detail,
  );

/** A change sent from another web site (Origin or Sec-Fetch-Site): refused, whatever the cookie. */
export const CrossSiteRequest = (detail: Localized) =>
  new ProblemError(
    403,
    'cross-site-request',
    say('Forespørselen kommer fra et annet nettsted', 'The request comes from another web site'),
    detail,
  );

/** The session is older than SESSION_MAX_HOURS, or the password changed since it began. */
export const SessionExpired = (detail: Localized) =>
  new ProblemError(
    401,
    'session-expired',
    say('Økten er utløpt – logg inn igjen', 'Your session has expired – log in again'),
    detail,
  );

/** In production the public demo password is never accepted, neither to log in nor as a new password. */
export const DemoPasswordRefused = () =>
  new ProblemError(
    403,
    'demo-password-refused',
    say('Demo-passordet kan ikke brukes i produksjon', 'The demo password cannot be used in production'),
    say(
      'Det offentlige demo-passordet godtas ikke når NODE_ENV=production; en administrator må sette et annet passord.',
      'The public demo password is not accepted when NODE_ENV=production; an administrator must set another password.',
    ),
  );

/** A rule that a reason can override (paying beyond the frame, paying while hand-ins are overdue). */
export const OverrideRequired = (errors: FieldProblem[]) =>
  new ProblemError(
    409,
    'override-required',
    say('Krever overstyring med begrunnelse', 'Needs an override with a reason'),
    say(
      `Dette krever overstyring med begrunnelse: ${errors.map((e) => `${labelOf(e.field, 'nb')}: ${e.message.nb}`).join('; ')}`,
      `This needs an override with a reason: ${errors.map((e) => `${labelOf(e.field, 'en')}: ${e.message.en}`).join('; ')}`,
    ),
    errors,
  );

/** No payment before the centre has accepted the year's letter. */
export const LetterNotAccepted = (detail: Localized) =>
  new ProblemError(
    409,
    'letter-not-accepted',
    say('Tilskuddsbrevet er ikke akseptert', 'The grant letter is not accepted'),
    detail,
  );

/** How many problems of an uploaded sheet the answer lists; the detail counts the rest. */
export const MAX_LISTED_PROBLEMS = 100;

/** An uploaded spreadsheet with problems; `errors` names the row and column of each (the first 100). */
export const SpreadsheetInvalid = (errors: FieldProblem[]) => {
  const listed = errors.slice(0, MAX_LISTED_PROBLEMS);
  const unlisted = errors.length - listed.length;
  return new ProblemError(
    400,
    'spreadsheet-invalid',
    say('Regnearket har feil – ingenting er importert', 'The spreadsheet has errors – nothing was imported'),
    say(
      `${errors.length} feil i regnearket; ingenting er importert. ` +
        (unlisted > 0 ? `De første ${listed.length} er listet, ${unlisted} til er ikke. ` : '') +
        errors
          .slice(0, 5)
          .map((e) => `rad ${e.row ?? '?'} kolonne ${e.column ?? '?'}: ${e.message.nb}`)
          .join('; '),
      `${errors.length} problem(s) in the sheet; nothing was imported. ` +
        (unlisted > 0 ? `The first ${listed.length} are listed in errors, ${unlisted} more are not. ` : '') +
        errors
          .slice(0, 5)
          .map((e) => `row ${e.row ?? '?'} column ${e.column ?? '?'}: ${e.message.en}`)
          .join('; '),
    ),
    listed,
  );
};

/** An uploaded spreadsheet beyond the limits of an import (unpacked size, rows, cells): not read at all. */
export const SpreadsheetTooLarge = (message: Localized) =>
  new ProblemError(
    413,
    'spreadsheet-too-large',
    say('Regnearket er for stort – ingenting er importert', 'The spreadsheet is too large – nothing was imported'),
    say(`Arbeidsboken ${message.nb}; ingenting er importert.`, `The workbook ${message.en}; nothing was imported.`),
    [{ field: 'file', message }],
  );

/** A centre proposing an agenda item after the agenda deadline (or any side once the agenda is final). */
export const AgendaClosed = (detail: Localized) =>
  new ProblemError(
    409,
    'agenda-closed',
    say('Dagsorden er stengt for nye saker', 'The agenda is closed to new items'),
    detail,
  );

/** Approved minutes are locked: nothing in them may change. */
export const MinutesLocked = () =>
  new ProblemError(
    409,
    'minutes-locked',
    say('Referatet er godkjent og låst', 'The minutes are approved and locked'),
    say(
      'Referatet er godkjent av begge parter og låst; det kan ikke lenger endres.',
      'The minutes are approved by both sides and locked; they can no longer change.',
    ),
  );

/** An author changing a comment after the edit window: the text stands as the others read it. */
export const CommentEditClosed = (minutes: number) =>
  new ProblemError(
    409,
    'comment-edit-closed',
    say('Kommentaren kan ikke lenger endres', 'The comment can no longer be edited'),
    say(
      `En kommentar kan endres de første ${minutes} minuttene etter at den er skrevet. Skriv en ny kommentar i stedet.`,
      `A comment can be edited for ${minutes} minutes after it is written. Write a new comment instead.`,
    ),
  );
