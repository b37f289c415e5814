// One uploaded file per request, kept in memory (spreadsheets are small), with a size limit.
// multer only reads multipart/form-data; any other request passes through without a file.
import multer from 'multer';
import type { RequestHandler } from 'express';
import { ProblemError, fieldError } from '../errors.js';

export const maxUploadBytes = 5 * 1024 * 1024;

export function singleFileUpload(field: string): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: maxUploadBytes, files: 1 } }).single(
    field,
  );
  return (req, res, next) => {
    upload(req, res, (error: unknown) => {
      if (!error) return next();
      if (error instanceof multer.MulterError) {
        if (error.code === 'LIMIT_FILE_SIZE')
          return next(
            new ProblemError(413, 'too-large', 'For stor fil', `The file is larger than ${maxUploadBytes} bytes.`),
          );
        return next(fieldError(`body.${error.field ?? field}`, error.message));
      }
      next(error);
    });
  };
}
