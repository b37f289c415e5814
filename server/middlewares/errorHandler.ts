// Turns every error into application/problem+json. Unknown errors are logged and answered as 500
// without internals; database constraint errors become the 4xx they mean, and so does any error
// Express, its router or a body parser marks with a 4xx status (a path with broken
// percent-encoding is the client's fault, not the server's); a database or Redis that cannot be
// reached is 503 with Retry-After, so clients (and load balancers) try again.
import type { NextFunction, Request, Response } from 'express';
import { UniqueConstraintError, ForeignKeyConstraintError } from 'sequelize';
import { ProblemError, Conflict, MalformedRequest, PayloadTooLarge } from '../errors.js';
import { ServiceUnavailable, unavailableDependency } from '../availability.js';
import { env } from '../env.js';
import { requestLanguage, say, type Localized } from '../i18n/language.js';

/** The 4xx status an error from Express or a library carries in `status` or `statusCode`, if any. */
function clientStatus(error: object): number | undefined {
  const { status, statusCode } = error as { status?: unknown; statusCode?: unknown };
  const code = typeof status === 'number' ? status : statusCode;
  return typeof code === 'number' && Number.isInteger(code) && code >= 400 && code < 500 ? code : undefined;
}

const clientTitles: Record<number, Localized> = {
  400: say('Ugyldig forespørsel', 'Bad request'),
  405: say('Metoden støttes ikke', 'Method not allowed'),
  413: say('For stor forespørsel', 'Request too large'),
  415: say('Innholdstypen støttes ikke', 'Content type not supported'),
};
const badRequest = say('Ugyldig forespørsel', 'Bad request');

function toProblemError(error: unknown): ProblemError | undefined {
  if (error instanceof ProblemError) return error;
  if (error instanceof UniqueConstraintError) {
    const fields = Object.keys(error.fields ?? {}).join(', ');
    return Conflict(
      say(
        `Det finnes allerede en post med samme ${fields || 'nøkkel'}.`,
        `A record with the same ${fields || 'key'} already exists.`,
      ),
    );
  }
  const dependency = unavailableDependency(error);
  if (dependency) return ServiceUnavailable(dependency);
  if (error instanceof ForeignKeyConstraintError) {
    return Conflict(
      say(
        'Andre poster avhenger av denne (eller den viser til en som ikke finnes).',
        'Other records depend on this one (or it refers to one that does not exist).',
      ),
    );
  }
  if (typeof error === 'object' && error !== null && 'type' in error) {
    // body-parser errors carry a status and a type
    const { type, status } = error as { type: string; status?: number };
    if (type === 'entity.parse.failed')
      return new ProblemError(
        400,
        'malformed-json',
        say('Ugyldig JSON', 'Invalid JSON'),
        say('Innholdet i forespørselen er ikke gyldig JSON.', 'The request body is not valid JSON.'),
      );
    if (type === 'entity.too.large')
      return PayloadTooLarge(
        say(
          'Innholdet i forespørselen er større enn tjeneren tar imot (1 MB JSON).',
          'The request body is larger than the server accepts (1 MB of JSON).',
        ),
      );
    if (status && status >= 400 && status < 500)
      return new ProblemError(
        status,
        'bad-request',
        clientTitles[status] ?? badRequest,
        say(String(type), String(type)),
      );
  }
  if (error instanceof URIError && clientStatus(error) === 400)
    return MalformedRequest(
      say(
        'Adressen har ugyldig prosentkoding (en % som ikke følges av gyldige UTF-8-byte).',
        'The path has malformed percent-encoding (a % not followed by valid UTF-8 bytes).',
      ),
    );
  if (typeof error === 'object' && error !== null) {
    const status = clientStatus(error);
    // http-errors marks messages safe to show with `expose`; others are not shown.
    const { expose, message } = error as { expose?: unknown; message?: unknown };
    if (status)
      return new ProblemError(
        status,
        'bad-request',
        clientTitles[status] ?? badRequest,
        expose === true && typeof message === 'string'
          ? say(message, message)
          : say(`Forespørselen ble avvist (HTTP ${status}).`, `The request was refused (HTTP ${status}).`),
      );
  }
  return undefined;
}

export function errorHandler(error: unknown, req: Request, res: Response, _next: NextFunction) {
  const problem =
    toProblemError(error) ??
    new ProblemError(
      500,
      'internal',
      say('Noe gikk galt', 'Something went wrong'),
      say('Det oppstod en uventet feil. Den er logget.', 'An unexpected error occurred. It has been logged.'),
    );
  if (problem.status === 503) req.log.warn({ err: error }, 'request failed: dependency unavailable');
  else if (problem.status >= 500) req.log.error({ err: error }, 'request failed');
  // Too late for a problem answer (a stream or file under way): cut the connection, so the client
  // sees the answer is incomplete.
  if (res.headersSent) return void res.destroy();
  if (problem.status === 503) res.setHeader('retry-after', String(env.RETRY_AFTER_SECONDS));
  res
    .status(problem.status)
    .type('application/problem+json')
    .json(problem.toProblem(req.originalUrl, requestLanguage(req)));
}

export function notFoundHandler(req: Request, _res: Response, next: NextFunction) {
  next(
    new ProblemError(
      404,
      'no-route',
      say('Finnes ikke', 'Not found'),
      say(`Ingen API-adresse ${req.method} ${req.path}.`, `No API route ${req.method} ${req.path}.`),
    ),
  );
}
