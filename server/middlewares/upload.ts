// One uploaded file per request, kept in memory (spreadsheets are small), with a size limit.
// multer only reads multipart/form-data; any other request passes through without a file.
import multer from 'multer';
import type { RequestHandler } from 'express';
import { MalformedRequest, PayloadTooLarge, ProblemError, fieldError } from '../errors.js';

/**
 * A multer error as the problem the client gets: 413 for size, 400 naming the field otherwise.
 * Anything else multer passes on comes from busboy reading the body (a malformed part header, a
 * NUL in a file name, a body cut short): the request's fault, so 400 too.
 */
export function uploadProblem(error: unknown, field: string, sizeLimit: string): Error {
  if (error instanceof ProblemError) return error;
  if (!(error instanceof multer.MulterError)) {
    const reason = error instanceof Error ? error.message : String(error);
    return MalformedRequest(`The multipart/form-data body cannot be read: ${reason}.`, [
      { field: `body.${field}`, message: `cannot be read (${reason})` },
    ]);
  }
  if (error.code === 'LIMIT_FILE_SIZE')
    return PayloadTooLarge(`A file is larger than ${sizeLimit}; nothing was stored.`);
  return fieldError(`body.${error.field ?? field}`, error.message);
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
