// The one rule for documents people upload (hand-ins, agenda attachments) and for serving them
// again. A file's type comes from its bytes (file-type reads the magic numbers), never from the
// name or the type the browser declared: PDF, Office, OpenDocument and images must be what their
// bytes say and carry a fitting extension; text (which has no magic number) must be UTF-8 without
// NUL bytes and be named .txt or .csv. Everything else (HTML, scripts, SVG, programs) is refused,
// so nothing stored can run as a page or script of this site. Stored files go out as attachments
// with their checked type, nosniff and a sandboxing CSP.
import { say, type Localized } from '../i18n/language.js';
import { isUtf8 } from 'node:buffer';
import type { Response } from 'express';
import { fileTypeFromBuffer } from 'file-type';
import { UnsupportedMediaType, ValidationError } from '../errors.js';
import type { FieldProblem } from '../errors.js';
import type { UploadedFile } from './uploadedFiles.js';

interface DocumentType {
  mime: string;
  /** Name endings that fit this type; the first is the one to suggest. */
  extensions: string[];
  label: string;
  labelNb: string;
}

/** Types known by their magic numbers, keyed by file-type's `ext`. */
const binaryTypes: Record<string, DocumentType> = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'], label: 'PDF document', labelNb: 'et PDF-dokument' },
  docx: {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    label: 'Word document',
    labelNb: 'et Word-dokument',
  },
  xlsx: {
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    label: 'Excel workbook',
    labelNb: 'en Excel-arbeidsbok',
  },
  pptx: {
    mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    label: 'PowerPoint presentation',
    labelNb: 'en PowerPoint-presentasjon',
  },
  odt: {
    mime: 'application/vnd.oasis.opendocument.text',
    extensions: ['odt'],
    label: 'OpenDocument text',
    labelNb: 'en OpenDocument-tekst',
  },
  ods: {
    mime: 'application/vnd.oasis.opendocument.spreadsheet',
    extensions: ['ods'],
    label: 'OpenDocument spreadsheet',
    labelNb: 'et OpenDocument-regneark',
  },
  odp: {
    mime: 'application/vnd.oasis.opendocument.presentation',
    extensions: ['odp'],
    label: 'OpenDocument presentation',
    labelNb: 'en OpenDocument-presentasjon',
  },
  png: { mime: 'image/png', extensions: ['png'], label: 'PNG image', labelNb: 'et PNG-bilde' },
  jpg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], label: 'JPEG image', labelNb: 'et JPEG-bilde' },
  gif: { mime: 'image/gif', extensions: ['gif'], label: 'GIF image', labelNb: 'et GIF-bilde' },
};

/** Text has no magic number: accepted only under these name endings, as UTF-8 without NUL. */
const textTypes: Record<string, string> = { txt: 'text/plain', csv: 'text/csv' };

/** Every type a stored document may be served with. */
const storedTypes = new Set([...Object.values(binaryTypes).map((type) => type.mime), ...Object.values(textTypes)]);

export const acceptedDocuments =
  'PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF or UTF-8 text (.txt, .csv)';
const acceptedDocumentsNb = 'PDF, Word, Excel, PowerPoint, OpenDocument, PNG, JPEG, GIF eller UTF-8-tekst (.txt, .csv)';

/** At most this many characters in a file name (the database column holds 255). */
export const MAX_FILENAME_LENGTH = 255;

// C0 and C1 controls, DEL, and the marks that reorder text (which can disguise a name's ending).
// eslint-disable-next-line no-control-regex
const unsafeNameCharacters = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** A name as it can be shown in a message: unsafe characters replaced, long names shortened. */
function shown(name: string): string {
  const safe = name.replace(new RegExp(unsafeNameCharacters.source, 'g'), '�');
  const characters = [...safe];
  return characters.length > 60 ? `${characters.slice(0, 60).join('')}…` : safe;
}

function nameProblem(name: string): Localized | undefined {
  if (!name.trim()) return say('en fil mangler navn', 'a file has no name');
  if (unsafeNameCharacters.test(name))
    return say(`filnavnet «${shown(name)}» har kontrolltegn`, `the file name “${shown(name)}” has control characters`);
  const length = [...name].length;
  if (length > MAX_FILENAME_LENGTH)
    return say(
      `filnavnet «${shown(name)}» har ${length} tegn; høyst ${MAX_FILENAME_LENGTH}`,
      `the file name “${shown(name)}” has ${length} characters; at most ${MAX_FILENAME_LENGTH}`,
    );
  return undefined;
}

const extensionOf = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
};

/** The checked type of a document, or why it is refused. */
export async function documentType(name: string, content: Buffer): Promise<{ mime: string } | { problem: Localized }> {
  const extension = extensionOf(name);
  const detected = await fileTypeFromBuffer(content);
  if (detected) {
    const type = binaryTypes[detected.ext];
    if (!type)
      return {
        problem: say(
          `«${shown(name)}» er ${detected.mime}; bruk ${acceptedDocumentsNb}`,
          `“${shown(name)}” is ${detected.mime}; use ${acceptedDocuments}`,
        ),
      };
    if (!type.extensions.includes(extension))
      return {
        problem: say(
          `«${shown(name)}» er ${type.labelNb}, men navnet slutter ikke på .${type.extensions[0]}`,
          `“${shown(name)}” is a ${type.label}, but its name does not end in .${type.extensions[0]}`,
        ),
      };
    return { mime: type.mime };
  }
  const text = textTypes[extension];
  if (!text)
    return {
      problem: say(`«${shown(name)}» er ikke ${acceptedDocumentsNb}`, `“${shown(name)}” is not ${acceptedDocuments}`),
    };
  if (content.includes(0) || !isUtf8(content))
    return {
      problem: say(
        `«${shown(name)}» er ikke UTF-8-tekst (lagre den som UTF-8, f.eks. «CSV UTF-8» i Excel)`,
        `“${shown(name)}” is not UTF-8 text (save it as UTF-8, e.g. “CSV UTF-8” in Excel)`,
      ),
    };
  return { mime: text };
}

/**
 * Checks uploaded documents by name and bytes, all of them before any is stored: 400 naming
 * `field` for a bad name or an empty file, 415 for a type not on the list. Gives each file with
 * its detected type.
 */
export async function checkDocuments(
  field: string,
  files: { originalname: string; buffer: Buffer }[],
): Promise<UploadedFile[]> {
  const invalid: FieldProblem[] = [];
  for (const file of files) {
    const problem =
      nameProblem(file.originalname) ??
      (file.buffer.length === 0
        ? say(`«${shown(file.originalname)}» er tom (0 byte)`, `“${shown(file.originalname)}” is empty (0 bytes)`)
        : undefined);
    if (problem) invalid.push({ field, message: problem });
  }
  if (invalid.length) throw ValidationError(invalid);

  const checked: UploadedFile[] = [];
  const unsupported: FieldProblem[] = [];
  for (const file of files) {
    const type = await documentType(file.originalname, file.buffer);
    if ('problem' in type) unsupported.push({ field, message: type.problem });
    else checked.push({ filename: file.originalname, contentType: type.mime, content: file.buffer });
  }
  if (unsupported.length)
    throw UnsupportedMediaType(
      say(
        `${unsupported.map((p) => p.message.nb).join('; ')}. Ingenting er lagret.`,
        `${unsupported.map((p) => p.message.en).join('; ')}. Nothing was stored.`,
      ),
      unsupported,
    );
  return checked;
}

/** The Content-Type a stored file goes out with: its recorded type if on the list, else bytes. */
export function servedContentType(recorded: string): string {
  if (!storedTypes.has(recorded)) return 'application/octet-stream';
  return recorded.startsWith('text/') ? `${recorded}; charset=utf-8` : recorded;
}

/**
 * Content-Disposition for a download (RFC 6266): always `attachment`, an ASCII stand-in as
 * `filename` for old clients, and the exact name as `filename*` (RFC 8187, formerly RFC 5987).
 */
export function attachmentDisposition(filename: string): string {
  const wellFormed = filename.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
  const fallback = wellFormed.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  // encodeURIComponent leaves ' ( ) * as they are; RFC 8187's attr-char does not allow them.
  const encoded = encodeURIComponent(wellFormed).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

/** Sends a stored document as a download that no browser will render or run as part of this site. */
export function sendStoredFile(res: Response, file: { filename: string; contentType: string }, content: Buffer) {
  res.set('Content-Type', servedContentType(file.contentType));
  res.set('Content-Disposition', attachmentDisposition(file.filename));
  res.set('X-Content-Type-Options', 'nosniff');
  res.set('Content-Security-Policy', "default-src 'none'; sandbox");
  res.send(content);
}
