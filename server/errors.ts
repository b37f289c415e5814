// Errors with stable ids, rendered as application/problem+json (RFC 9457) by the error handler.
import type { ZodError } from 'zod';
import { fieldLabel } from './i18n/fieldLabels.js';
import { localize, type Language, type Localized } from './i18n/language.js';
import { ownMessage, validationMessage } from './i18n/validationMessages.js';

/** Text for a person: both languages (the answer picks one by the request), or one fixed string. */
export type Text = string | Localized;

export interface FieldProblem {
  /** Where the problem is: body.dueDate, query.year, params.id */
  field: string;
  message: Text;
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

/** One field's problem; an English message we wrote gets its bokmål from the catalogue. */
export const fieldError = (field: string, message: Text) =>
  ValidationError([{ field, message: typeof message === 'string' ? (ownMessage(message) ?? message) : message }]);

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
  new ProblemError(401, 'authentication-required', 'Innlogging kreves', 'You must log in to do this.');

export const InvalidCredentials = () =>
  new ProblemError(401, 'invalid-credentials', 'Feil e-post eller passord', 'Wrong e-mail address or password.');

export const Forbidden = (detail = 'Your role does not allow this.') =>
  new ProblemError(403, 'forbidden', 'Ingen tilgang', detail);

export const NotFound = (entity: string) =>
  new ProblemError(404, 'not-found', 'Finnes ikke', `No ${entity} with that id, or you may not see it.`);

export const Conflict = (detail: string) => new ProblemError(409, 'conflict', 'Konflikt', detail);

export const TooManyRequests = (detail: string) => new ProblemError(429, 'rate-limited', 'For mange forsøk', detail);
/** The one 413 for a body or an uploaded file over its limit (a workbook beyond its unpacked limits: spreadsheet-too-large). */
export const PayloadTooLarge = (detail: string) =>
  new ProblemError(413, 'payload-too-large', 'For stor forespørsel', detail);
export const UnsupportedMediaType = (detail: string, errors?: FieldProblem[]) =>
  new ProblemError(415, 'unsupported-media-type', 'Filtypen støttes ikke', detail, errors);

/** A request the server cannot read at all: a path with broken percent-encoding, a broken multipart body. */
export const MalformedRequest = (detail: string, errors?: FieldProblem[]) =>
  new ProblemError(400, 'malformed-request', 'Ugyldig forespørsel', detail, errors);

/** A request body of another content type than the route reads (JSON or multipart/form-data). */
export const UnsupportedContentType = (detail: string) =>
  new ProblemError(415, 'unsupported-content-type', 'Innholdstypen støttes ikke', detail);

/** A change sent from another web site (Origin or Sec-Fetch-Site): refused, whatever the cookie. */
export const CrossSiteRequest = (detail: string) =>
  new ProblemError(403, 'cross-site-request', 'Forespørselen kommer fra et annet nettsted', detail);

/** The session is older than SESSION_MAX_HOURS, or the password changed since it began. */
export const SessionExpired = (detail: string) =>
  new ProblemError(401, 'session-expired', 'Økten er utløpt – logg inn igjen', detail);

/** In production the public demo password is never accepted, neither to log in nor as a new password. */
export const DemoPasswordRefused = () =>
  new ProblemError(
    403,
    'demo-password-refused',
    'Demo-passordet kan ikke brukes i produksjon',
    'The public demo password is not accepted when NODE_ENV=production; an administrator must set another password.',
  );

/** A rule that a reason can override (paying beyond the frame, paying while hand-ins are overdue). */
export const OverrideRequired = (errors: FieldProblem[]) =>
  new ProblemError(
    409,
    'override-required',
    'Krever overstyring med begrunnelse',
    `This needs an override with a reason: ${errors.map((e) => `${e.field}: ${localize(e.message, 'en')}`).join('; ')}`,
    errors,
  );

/** No payment before the centre has accepted the year's letter. */
export const LetterNotAccepted = (detail: string) =>
  new ProblemError(409, 'letter-not-accepted', 'Tilskuddsbrevet er ikke akseptert', detail);

/** How many problems of an uploaded sheet the answer lists; the detail counts the rest. */
export const MAX_LISTED_PROBLEMS = 100;

/** An uploaded spreadsheet with problems; `errors` names the row and column of each (the first 100). */
export const SpreadsheetInvalid = (errors: FieldProblem[]) => {
  const listed = errors.slice(0, MAX_LISTED_PROBLEMS);
  const unlisted = errors.length - listed.length;
  return new ProblemError(
    400,
    'spreadsheet-invalid',
    'Regnearket har feil – ingenting er importert',
    `${errors.length} problem(s) in the sheet; nothing was imported. ` +
      (unlisted > 0 ? `The first ${listed.length} are listed in errors, ${unlisted} more are not. ` : '') +
      errors
        .slice(0, 5)
        .map((e) => `row ${e.row ?? '?'} column ${e.column ?? '?'}: ${localize(e.message, 'en')}`)
        .join('; '),
    listed,
  );
};

/** An uploaded spreadsheet beyond the limits of an import (unpacked size, rows, cells): not read at all. */
export const SpreadsheetTooLarge = (message: string) =>
  new ProblemError(
    413,
    'spreadsheet-too-large',
    'Regnearket er for stort – ingenting er importert',
    `The workbook ${message}; nothing was imported.`,
    [{ field: 'file', message }],
  );

/** A centre proposing an agenda item after the agenda deadline (or any side once the agenda is final). */
export const AgendaClosed = (detail: string) =>
  new ProblemError(409, 'agenda-closed', 'Dagsorden er stengt for nye saker', detail);

/** Approved minutes are locked: nothing in them may change. */
export const MinutesLocked = () =>
  new ProblemError(
    409,
    'minutes-locked',
    'Referatet er godkjent og låst',
    'The minutes are approved by both sides and locked; they can no longer change.',
  );
