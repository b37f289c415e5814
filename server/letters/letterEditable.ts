// Why a letter's content may not change now, as the 409 the caller gets: an issued letter never
// changes (write a supplement); one in review or approved must be reopened first.
import type { GrantLetter } from '../models/index.js';
import { Conflict } from '../errors.js';

export function assertLetterEditable(letter: GrantLetter): void {
  if (letter.isLocked)
    throw Conflict(`Letter ${letter.id} is issued and can no longer change; write a supplement instead.`);
  if (!letter.isDraft)
    throw Conflict(
      `Letter ${letter.id} is ${letter.status}; reopen it (which withdraws its approvals) before changing it.`,
    );
}
