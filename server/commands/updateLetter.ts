// Changes a letter that is not issued: its own fields, and any list of parts given (which replaces
// the stored list in its order).
import type { Transaction } from 'sequelize';
import type { GrantLetter } from '../models/index.js';
import { checkLetterOrganisations, replaceLetterParts } from './letterParts.js';
import type { LetterContent } from './letterParts.js';
import { assertLetterEditable } from '../letters/letterEditable.js';

export async function updateLetter(
  letter: GrantLetter,
  content: LetterContent,
  transaction: Transaction,
): Promise<void> {
  assertLetterEditable(letter);
  await checkLetterOrganisations(content, transaction);
  const { sections: _s, priorityAreas: _p, signatories: _g, copyRecipients: _c, ...fields } = content;
  await letter.update(fields, { transaction });
  await replaceLetterParts(letter.id, content, transaction);
}
