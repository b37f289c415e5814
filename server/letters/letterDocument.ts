// The stored PDF of an issued letter. Made once: a retried job finds the document and stops;
// a job that died between writing the file and the row rewrites the same file (same key).
import { createHash } from 'node:crypto';
import { LetterDocument } from '../models/index.js';
import { storage } from '../storage/index.js';
import { findLetter } from './loadLetter.js';
import { buildLetterView } from './letterView.js';
import { renderLetterPdf } from './renderLetter.js';

const letterPdfKey = (letterId: number) => `letters/${letterId}/letter-${letterId}.pdf`;

export async function ensureLetterDocument(letterId: number): Promise<LetterDocument> {
  const existing = await LetterDocument.findOne({ where: { letterId } });
  if (existing) return existing;
  const letter = await findLetter(letterId);
  if (!letter) throw new Error(`letter ${letterId} does not exist`);
  if (letter.status !== 'issued') throw new Error(`letter ${letterId} is not issued`);
  const viewData = await buildLetterView(letter);
  const pdf = await renderLetterPdf(viewData);
  const storageKey = letterPdfKey(letterId);
  await storage.put(storageKey, pdf);
  const [document] = await LetterDocument.findOrCreate({
    where: { letterId },
    defaults: {
      letterId,
      storageKey,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      byteSize: pdf.length,
      viewData,
      renderedAt: new Date(),
    },
  });
  return document;
}

export const letterPdfFilename = (centreCode: string, year: number, letterId: number) =>
  `tilskuddsbrev-${centreCode.toLowerCase()}-${year}-${letterId}.pdf`;
