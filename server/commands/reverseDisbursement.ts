// Reverses a payment recorded in error, in one transaction with its audit row: never a delete, but a
// reversing entry of the negative amount on the same frame, dated today, pointing at the payment
// and carrying the reason; its voucher is the payment's prefixed R-. A payment is reversed once (409 the second time, and the unique index
// on reverses_id holds under a race); a reversal is not itself reversed.
import type { Request } from 'express';
import type { Transaction } from 'sequelize';
import { Disbursement } from '../models/index.js';
import type { User } from '../models/index.js';
import { authorize } from '../policies/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { Conflict } from '../errors.js';
import { osloToday } from '../calendar.js';
import { presentDisbursement } from '../presenters/disbursement.js';
import { findDisbursement } from './recordDisbursement.js';
import { say } from '../i18n/language.js';

/** Locks the payment, asks the policy, and reverses it in one transaction of its own; answers the reversal. */
export function reverseDisbursement(actor: User, paymentId: number, reason: string, req: Request) {
  return withTransaction(async (transaction) => {
    const payment = await findDisbursement(paymentId, transaction);
    authorize(
      actor,
      'reverse',
      payment,
      'disbursement',
      say('Bare økonomimedarbeidere kan reversere utbetalinger.', 'Only finance officers reverse payments.'),
    );
    // A reversal or a reversed payment is a 409 below (the state), not a 403 (the role).
    return reverse(payment, reason, req, transaction);
  });
}

async function reverse(
  payment: Disbursement,
  reason: string,
  req: Request,
  transaction: Transaction,
): Promise<Disbursement> {
  if (payment.reversesId !== null)
    throw Conflict(
      say(
        `Utbetaling ${payment.id} er selv en tilbakeføring og kan ikke tilbakeføres.`,
        `Disbursement ${payment.id} is itself a reversal and cannot be reversed.`,
      ),
    );
  if (payment.reversal || (await Disbursement.count({ where: { reversesId: payment.id }, transaction })))
    throw Conflict(
      say(`Utbetaling ${payment.id} er allerede tilbakeført.`, `Disbursement ${payment.id} has already been reversed.`),
    );
  const before = presentDisbursement(payment);
  const created = await Disbursement.create(
    {
      centreId: payment.centreId,
      year: payment.year,
      budgetFrameId: payment.budgetFrameId,
      paidOn: osloToday(),
      amountOre: -payment.amountOre,
      // Vouchers are unique per frame; the reversal's names the payment's.
      voucherReference: `R-${payment.voucherReference}`.slice(0, 60),
      note: null,
      overFrameReason: null,
      overdueOverrideReason: null,
      overdueDeadlines: null,
      recordedById: req.user?.id ?? null,
      reversesId: payment.id,
      reversalReason: reason,
    },
    { transaction },
  );
  const reversal = (await findDisbursement(created.id, transaction))!;
  await recordAudit(transaction, {
    req,
    action: 'reverse',
    entityType: 'Disbursement',
    entityId: payment.id,
    centreId: payment.centreId,
    before,
    after: presentDisbursement(reversal),
  });
  return reversal;
}
