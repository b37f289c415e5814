// One uploaded file per request, kept in memory (spreadsheets are small), with a size limit.
// multer only reads multipart/form-data; any other request passes through without a file.
import multer from 'multer';
import type { RequestHandler } from 'express';
import { MalformedRequest, PayloadTooLarge, ProblemError, fieldError } from '../errors.js';
import { say, type Localized } from '../i18n/language.js';

/**
 * A multer error as the problem the client gets: 413 for size, 400 naming the field otherwise.
 * Anything else multer passes on comes from busboy reading the body (a malformed part header, a
 * NUL in a file name, a body cut short): the request's fault, so 400 too.
 */
/** multer's refusals in our words. */
const multerMessages: Partial<Record<multer.ErrorCode, Localized>> = {
  LIMIT_PART_COUNT: say('har for mange deler', 'has too many parts'),
  LIMIT_FILE_COUNT: say('har for mange filer', 'has too many files'),
  LIMIT_FIELD_KEY: say('har et for langt feltnavn', 'has a field name that is too long'),
  LIMIT_FIELD_VALUE: say('har en for lang verdi', 'has a value that is too long'),
  LIMIT_FIELD_COUNT: say('har for mange felt', 'has too many fields'),
  LIMIT_UNEXPECTED_FILE: say('tar ikke imot filer i dette feltet', 'takes no file in this field'),
};

export function uploadProblem(error: unknown, field: string, sizeLimit: string): Error {
  if (error instanceof ProblemError) return error;
  if (!(error instanceof multer.MulterError)) {
    const reason = error instanceof Error ? error.message : String(error);
    return MalformedRequest(
      say(
        `Innholdet (multipart/form-data) kan ikke leses: ${reason}.`,
        `The multipart/form-data body cannot be read: ${reason}.`,
      ),
      [{ field: `body.${field}`, message: say(`kan ikke leses (${reason})`, `cannot be read (${reason})`) }],
    );
  }
  if (error.code === 'LIMIT_FILE_SIZE')
    return PayloadTooLarge(
      say(
        `En fil er større enn ${sizeLimit}; ingenting er lagret.`,
        `A file is larger than ${sizeLimit}; nothing was stored.`,
      ),
    );
  return fieldError(`body.${error.field ?? field}`, multerMessages[error.code] ?? say('ble avvist', error.message));
}

export const maxUploadBytes = 5 * 1024 * 1024;

export function singleFileUpload(field: string): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxUploadBytes, files: 1 } }).single(
    field,
  );
  return (req, res, next) => {
    upload(req, res, (error: unknown) => {
      next(error ? uploadProblem(error, field, `${maxUploadBytes / 1024 / 1024} MB`) : undefined);
    });
  };
}
