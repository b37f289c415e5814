// One uploaded file per request, kept in memory (spreadsheets are small), with a size limit.
// multer only reads multipart/form-data; any other request passes through without a file.
import multer from 'multer';
import type { RequestHandler } from 'express';
import { PayloadTooLarge, fieldError } from '../errors.js';

/** A multer error as the problem the client gets: 413 for size, 400 naming the field otherwise. */
export function uploadProblem(error: unknown, field: string, sizeLimit: string): Error {
  if (!(error instanceof multer.MulterError)) return error instanceof Error ? error : new Error('upload failed');
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
