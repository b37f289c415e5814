// An issued letter's preview as sent: rendered from the view stored with its PDF, and gzipped, once
// per stored document and language asked for. A stored document never changes (another would have
// its own id and hash, both in the key), so what was rendered from it stays what it renders. A
// preview seen before then costs one small read (the letter's row and its document's id and hash),
// not reading and parsing the stored view, rendering the template and compressing it again.
import { LRUCache } from 'lru-cache';
import { LetterDocument } from '../../../models/index.js';
import type { letterLanguages } from '../../../models/GrantLetter.js';
import { ensureLetterDocument } from '../../../letters/letterDocument.js';
import { renderLetterHtml } from '../../../letters/renderLetter.js';
import { PreparedAnswer } from '../../sendWhole.js';

type LetterLanguage = (typeof letterLanguages)[number];

const previews = new LRUCache<string, PreparedAnswer>({ max: 200 });

const keyOf = (document: { id: number; sha256: string }, language: LetterLanguage | undefined) =>
  `${document.id}:${document.sha256}:${language ?? 'as issued'}`;

/**
 * The preview of issued letter `letterId`, whose stored document is `stored` (null: not made yet, so
 * it is made now), in `language` or the letter's own.
 */
export async function issuedLetterPreview(
  letterId: number,
  stored: { id: number; sha256: string } | null | undefined,
  language: LetterLanguage | undefined,
): Promise<PreparedAnswer> {
  const seen = stored && previews.get(keyOf(stored, language));
  if (seen) return seen;
  const document =
    (stored && (await LetterDocument.findByPk(stored.id, { attributes: ['id', 'sha256', 'viewData'] }))) ??
    (await ensureLetterDocument(letterId));
  const view = document.viewData;
  const preview = new PreparedAnswer(renderLetterHtml({ ...view, language: language ?? view.language }));
  previews.set(keyOf(document, language), preview);
  return preview;
}
