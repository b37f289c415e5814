// Why a letter's content may not change now, as the 409 the caller gets: an issued letter never
// changes (write a supplement); one in review or approved must be reopened first.
import type { GrantLetter } from '../models/index.js';
import { letterStatusName } from '../i18n/statusNames.js';
import { Conflict } from '../errors.js';
import { say } from '../i18n/language.js';

export function assertLetterEditable(letter: GrantLetter): void {
  if (letter.isLocked)
    throw Conflict(
      say(
        `Brev ${letter.id} er utstedt og kan ikke lenger endres; skriv et tilleggsbrev i stedet.`,
        `Letter ${letter.id} is issued and can no longer change; write a supplement instead.`,
      ),
    );
  if (!letter.isDraft)
    throw Conflict(
      say(
        `Brev ${letter.id} er ${letterStatusName(letter.status).nb}; åpne det igjen (det trekker tilbake godkjenningene) før du endrer det.`,
        `Letter ${letter.id} is ${letter.status}; reopen it (which withdraws its approvals) before changing it.`,
      ),
    );
}
