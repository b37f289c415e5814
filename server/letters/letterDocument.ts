// The stored PDF of an issued letter. Made once, under one lock per letter across every process:
// the bulk issue and the letter's own job (or two first views) may ask at the same moment, and only
// one renders; the other finds the document. The file's key carries its SHA-256, so a file can
// never be replaced by different bytes under a recorded hash; a job that died between writing the
// file and the row renders again under the lock.
import { createHash } from 'node:crypto';
import { LetterDocument } from '../models/index.js';
import { storage } from '../storage/index.js';
import { lockName, withNamedLock } from '../db/namedLock.js';
import { findLetter } from './loadLetter.js';
import { buildLetterView } from './letterView.js';
import { renderLetterPdf } from './renderLetter.js';
import { withTransaction } from '../db/transaction.js';
import { attachLetterDocument } from '../archive/letterJournal.js';

const letterPdfKey = (letterId: number, sha256: string) =>
  `letters/${letterId}/letter-${letterId}-${sha256.slice(0, 16)}.pdf`;

// Within one process, concurrent first views share one render instead of each holding a database
// connection while they wait on the lock.
const inFlight = new Map<number, Promise<LetterDocument>>();

export async function ensureLetterDocument(letterId: number): Promise<LetterDocument> {
  const existing = await LetterDocument.findOne({ where: { letterId } });
  if (existing) return existing;
  const pending = inFlight.get(letterId);
  if (pending) return pending;
  const made = makeLetterDocument(letterId).finally(() => inFlight.delete(letterId));
  inFlight.set(letterId, made);
  return made;
}

async function makeLetterDocument(letterId: number): Promise<LetterDocument> {
  return withNamedLock(lockName(`letter-document:${letterId}`), async () => {
    const stored = await LetterDocument.findOne({ where: { letterId } });
    if (stored) return stored;
    const letter = await findLetter(letterId);
    if (!letter) throw new Error(`letter ${letterId} does not exist`);
    if (letter.status !== 'issued') throw new Error(`letter ${letterId} is not issued`);
    const viewData = await buildLetterView(letter);
    const pdf = await renderLetterPdf(viewData);
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    const storageKey = letterPdfKey(letterId, sha256);
    await storage.put(storageKey, pdf);
    // The document row and the journal's document object commit together (server/archive).
    return withTransaction(async (transaction) => {
      const document = await LetterDocument.create(
        { letterId, storageKey, sha256, byteSize: pdf.length, viewData, renderedAt: new Date() },
        { transaction },
      );
      await attachLetterDocument(
        letterId,
        {
          role: 'main',
          title: letter.title,
          filename: letterPdfFilename(letter.centre!.code, letter.year, letterId),
          format: 'PDF/A-2b',
          contentType: 'application/pdf',
          byteSize: pdf.length,
          sha256,
          storageKey,
        },
        transaction,
      );
      return document;
    });
  });
}

export const letterPdfFilename = (centreCode: string, year: number, letterId: number) =>
  `tilskuddsbrev-${centreCode.toLowerCase()}-${year}-${letterId}.pdf`;
