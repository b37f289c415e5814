// What has been paid on a frame, and what holds a payment to a centre: the year's main letter not
// issued and accepted, and (on budget lines with the rule switched on) accounts or a report that
// are overdue. Read by recordDisbursement and by the payment-plan view, so the finance officer sees
// the warning before paying.
import { Op } from 'sequelize';
import type { Transaction } from 'sequelize';
import { Deadline, Disbursement, GrantLetter } from '../models/index.js';
import { openDeadlineStatuses } from '../models/Deadline.js';
import type { OverdueDeadlineNote } from '../models/Disbursement.js';
import { osloToday } from '../calendar.js';
import { say, type Localized } from '../i18n/language.js';

/** The kinds of hand-in whose delay holds payments. */
const holdingDeadlineKinds = ['accounts', 'report'] as const;

export interface LetterHold {
  /** null when the payment may go ahead */
  problem: Localized | null;
  letter: GrantLetter | null;
}

/** A payment for centre C in year Y needs C's main letter for Y issued and accepted. */
export async function letterHold(centreId: number, year: number, transaction?: Transaction): Promise<LetterHold> {
  const letter = await GrantLetter.findOne({
    where: { centreId, year, kind: 'main' },
    ...(transaction ? { transaction } : {}),
  });
  if (!letter || letter.status !== 'issued')
    return {
      letter,
      problem: say(
        `Tilskuddsbrevet for ${year} er ikke sendt ut ennå, så det kan ikke utbetales.`,
        `The ${year} grant letter has not been issued, so nothing can be paid yet.`,
      ),
    };
  if (!letter.acceptedAt)
    return {
      letter,
      problem: say(
        `Senteret har ikke akseptert tilskuddsbrevet for ${year} ennå, så det kan ikke utbetales.`,
        `The centre has not accepted the ${year} grant letter yet, so nothing can be paid.`,
      ),
    };
  return { letter, problem: null };
}

/**
 * The centre's accounts and report deadlines that are overdue: marked overdue, or past their due
 * date in Oslo and still owed (not handed in, accepted or cancelled). Any year counts.
 */
export async function overdueHandIns(
  centreId: number,
  transaction?: Transaction,
  today = osloToday(),
): Promise<OverdueDeadlineNote[]> {
  const deadlines = await Deadline.findAll({
    where: {
      centreId,
      kind: { [Op.in]: [...holdingDeadlineKinds] },
      status: { [Op.in]: openDeadlineStatuses },
      [Op.or]: [{ status: 'overdue' }, { dueDate: { [Op.lt]: today } }],
    },
    order: [
      ['dueDate', 'ASC'],
      ['id', 'ASC'],
    ],
    ...(transaction ? { transaction } : {}),
  });
  return deadlines.map((deadline) => ({
    deadlineId: deadline.id,
    kind: deadline.kind,
    title: deadline.title,
    dueDate: deadline.dueDate,
  }));
}

/** What has been paid on a frame so far, in øre. */
export async function paidOnFrame(budgetFrameId: number, transaction?: Transaction): Promise<number> {
  return Number(
    (await Disbursement.sum('amountOre', { where: { budgetFrameId }, ...(transaction ? { transaction } : {}) })) ?? 0,
  );
}
