// Issues an approved letter: journal entry and reference number ("Vår ref."), date, status issued, and the year's deadlines from
// its rules. Issuing an issued letter changes nothing (the caller gets `alreadyIssued`), so a
// double click or a retry makes no second set of deadlines or e-mails. The PDF and the e-mail
// are the IssueLetterTask's work, enqueued by the caller after this transaction commits. A main
// letter also plans the year's two steering meetings if none exist.
import type { Transaction } from 'sequelize';
import { Assignment, Deadline } from '../models/index.js';
import type { GrantLetter } from '../models/index.js';
import { Conflict } from '../errors.js';
import { letterStatusName } from '../i18n/statusNames.js';
import { plannedDeadlines } from '../letters/deadlineRules.js';
import { journalIssuedLetter } from '../archive/letterJournal.js';
import { osloToday } from '../calendar.js';
import { planLetterMeetings } from './planLetterMeetings.js';
import { say } from '../i18n/language.js';

export async function issueLetter(letter: GrantLetter, transaction: Transaction): Promise<{ alreadyIssued: boolean }> {
  if (letter.status === 'issued') return { alreadyIssued: true };
  if (letter.status !== 'approved')
    throw Conflict(
      say(
        `Brev ${letter.id} er ${letterStatusName(letter.status).nb}; bare et godkjent brev kan utstedes.`,
        `Letter ${letter.id} is ${letter.status}; only an approved letter can be issued.`,
      ),
    );
  await letter.update(
    { status: 'issued', issuedAt: new Date(), letterDate: letter.letterDate ?? osloToday() },
    { transaction },
  );
  // "Vår ref." is the letter's registry entry in the centre's case for the year (server/archive).
  await letter.update({ referenceNumber: await journalIssuedLetter(letter.id, transaction) }, { transaction });
  const assignments = await Assignment.findAll({ where: { letterId: letter.id }, transaction });
  await Deadline.bulkCreate(
    plannedDeadlines(letter, assignments).map((d) => ({
      centreId: letter.centreId,
      year: letter.year,
      kind: d.kind,
      title: d.title,
      dueDate: d.dueDate,
      periodYear: d.periodYear,
      letterId: letter.id,
      assignmentId: d.assignmentId,
      steeringMeetingId: null,
    })),
    { transaction },
  );
  await planLetterMeetings(letter, transaction);
  return { alreadyIssued: false };
}
