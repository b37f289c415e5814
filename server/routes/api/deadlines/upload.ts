// Reading documents (hand-ins, agenda attachments) from a multipart request: size and type limits,
// names in UTF-8. Files are held in memory only until a command stores them; a refused request
// stores nothing.
import type { Request, Response } from 'express';
import multer from 'multer';
import { env } from '../../../env.js';
import { UnsupportedMediaType, fieldError } from '../../../errors.js';
import { uploadProblem } from '../../../middlewares/upload.js';

const allowedHandInTypes = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'text/csv',
  'text/plain',
  'image/png',
  'image/jpeg',
]);
const MAX_FILES = 10;

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: env.UPLOAD_MAX_MB * 1024 * 1024, files: MAX_FILES, fields: 5 },
  defParamCharset: 'utf8',
  fileFilter: (_req, file, accept) => {
    if (allowedHandInTypes.has(file.mimetype)) accept(null, true);
    else
      accept(
        UnsupportedMediaType(
          `${file.originalname} is ${file.mimetype}; use PDF, Word, Excel, OpenDocument, CSV, text or images.`,
        ),
      );
  },
}).array('files', MAX_FILES);

export async function readDocumentFiles(req: Request, res: Response): Promise<Express.Multer.File[]> {
  await new Promise<void>((resolve, reject) => {
    upload(req, res, (error: unknown) => {
      if (!error) return resolve();
      const tooMany =
        error instanceof multer.MulterError &&
        (error.code === 'LIMIT_FILE_COUNT' || error.code === 'LIMIT_UNEXPECTED_FILE');
      if (tooMany) return reject(fieldError('body.files', `give at most ${MAX_FILES} files in the field "files"`));
      reject(uploadProblem(error, 'files', `${env.UPLOAD_MAX_MB} MB`));
    });
  });
  const files = (req.files ?? []) as Express.Multer.File[];
  if (!files.length) throw fieldError('body.files', 'attach at least one file (multipart field "files")');
  return files;
}
