// One outbox e-mail per active centre leader of the letter's centre, with the PDF attached.
// Keyed on (letter, user), so issuing twice or retrying the job writes no second e-mail.
import { GrantLetter, OutboxEmail, User } from '../models/index.js';
import { Centre } from '../models/index.js';
import { letterIssuedEmail } from '../mail/emails/letterIssuedEmail.js';
import type { LetterDocument } from '../models/index.js';
import { letterPdfFilename } from './letterDocument.js';
import { resolveYearWords } from '../../common/yearWords.js';

export async function createLetterIssuedEmails(letterId: number, document: LetterDocument): Promise<OutboxEmail[]> {
  const letter = await GrantLetter.findByPk(letterId, { include: [{ model: Centre, as: 'centre' }] });
  if (!letter?.centre || !letter.referenceNumber) throw new Error(`letter ${letterId} is not issued`);
  const leaders = (await User.findAll({ where: { centreId: letter.centreId, active: true } })).filter((u) =>
    u.hasRole('centre_leader'),
  );
  const emails: OutboxEmail[] = [];
  for (const leader of leaders) {
    const content = letterIssuedEmail({
      language: letter.language,
      recipientName: leader.name,
      centreName: letter.centre.name,
      year: letter.year,
      supplement: letter.kind === 'supplement',
      title: resolveYearWords(letter.title, letter.year),
      referenceNumber: letter.referenceNumber,
      letterId,
    });
    const [email] = await OutboxEmail.findOrCreate({
      where: { dedupeKey: `letter-issued:${letterId}:user:${leader.id}` },
      defaults: {
        dedupeKey: `letter-issued:${letterId}:user:${leader.id}`,
        kind: 'letter_issued',
        toAddress: leader.email,
        toUserId: leader.id,
        subject: content.subject,
        textBody: content.text,
        htmlBody: content.html,
        attachments: [
          {
            filename: letterPdfFilename(letter.centre.code, letter.year, letterId),
            contentType: 'application/pdf',
            storageKey: document.storageKey,
          },
        ],
      },
    });
    emails.push(email);
  }
  return emails;
}
