// Reading documents (hand-ins, agenda attachments) from a multipart request: size and count
// limits, names in UTF-8, then every file checked by its name and bytes (storage/fileTypes) before
// any is stored. Files are held in memory only until a command stores them; a refused request
// stores nothing.
import type { Request, Response } from 'express';
import multer from 'multer';
import { env } from '../../../env.js';
import { fieldError } from '../../../errors.js';
import { uploadProblem } from '../../../middlewares/upload.js';
import { checkDocuments } from '../../../storage/fileTypes.js';
import type { UploadedFile } from '../../../storage/uploadedFiles.js';
import { say } from '../../../i18n/language.js';

const MAX_FILES = 10;

const upload = multer({
  storage: multer.memoryStorage(),
  limits: { fileSize: env.UPLOAD_MAX_MB * 1024 * 1024, files: MAX_FILES, fields: 5 },
  defParamCharset: 'utf8',
}).array('files', MAX_FILES);

/** The request's files with their checked types: 400/413/415 naming body.files otherwise. */
export async function readDocumentFiles(
  req: Request,
  res: Response,
  { required = true }: { required?: boolean } = {},
): Promise<UploadedFile[]> {
  await new Promise<void>((resolve, reject) => {
    upload(req, res, (error: unknown) => {
      if (!error) return resolve();
      const tooMany =
        error instanceof multer.MulterError &&
        (error.code === 'LIMIT_FILE_COUNT' || error.code === 'LIMIT_UNEXPECTED_FILE');
      if (tooMany)
        return reject(
          fieldError(
            'body.files',
            say(`legg ved høyst ${MAX_FILES} filer`, `give at most ${MAX_FILES} files in the field "files"`),
          ),
        );
      reject(uploadProblem(error, 'files', `${env.UPLOAD_MAX_MB} MB`));
    });
  });
  const files = (req.files ?? []) as Express.Multer.File[];
  if (!files.length && required)
    throw fieldError('body.files', say('legg ved minst én fil', 'attach at least one file (multipart field "files")'));
  return checkDocuments('body.files', files);
}
