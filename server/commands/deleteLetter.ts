// Deletes a draft letter in one transaction with its audit row; a main letter with supplements stays
// until they are gone (409).
import type { Request } from 'express';
import { GrantLetter } from '../models/index.js';
import type { User } from '../models/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { Conflict } from '../errors.js';
import { letterForChange } from '../letters/letterForChange.js';
import { letterDetail } from '../letters/loadLetter.js';
import { presentLetter } from '../presenters/grantLetter.js';
import { say } from '../i18n/language.js';

export function deleteLetter(actor: User, letterId: number, req: Request): Promise<void> {
  return withTransaction(async (transaction) => {
    const letter = await letterForChange(actor, letterId, 'delete', transaction);
    if (await GrantLetter.count({ where: { parentId: letter.id }, transaction }))
      throw Conflict(
        say(
          `Brev ${letter.id} har tilleggsbrev; slett dem først.`,
          `Letter ${letter.id} has supplements; delete them first.`,
        ),
      );
    const before = presentLetter(await letterDetail(actor, letter, transaction));
    await letter.destroy({ transaction });
    await recordAudit(transaction, {
      req,
      action: 'delete',
      entityType: 'GrantLetter',
      entityId: letter.id,
      centreId: letter.centreId,
      before,
    });
  });
}
