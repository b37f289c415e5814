// Records a payment (utbetaling) on a budget frame in one transaction with its audit row: the frame is
// locked so two payments on it cannot both squeeze under its amount. Refuses before the centre has
// accepted the year's letter; beyond the frame, or while accounts or a report are overdue (when the
// budget line holds payments for that), it needs an override with a reason, which is stored.
import type { Request } from 'express';
import type { Transaction } from 'sequelize';
import { BudgetFrame, BudgetLine, Centre, Disbursement, User } from '../models/index.js';
import { recordAudit } from '../audit.js';
import { withTransaction } from '../db/transaction.js';
import { LetterNotAccepted, OverrideRequired, fieldError } from '../errors.js';
import type { FieldProblem } from '../errors.js';
import { formatKroner } from '../../common/money.js';
import { osloToday } from '../calendar.js';
import { formatDateShort } from '../../templates/formats.js';
import { presentDisbursement } from '../presenters/disbursement.js';
import { letterHold, overdueHandIns, paidOnFrame } from './paymentHolds.js';
import { say } from '../i18n/language.js';

export interface DisbursementInput {
  budgetFrameId: number;
  paidOn: string;
  amountOre: number;
  voucherReference: string;
  note?: string | null;
  overFrameReason?: string | null;
  overdueOverrideReason?: string | null;
}

export async function findDisbursement(id: number, transaction?: Transaction) {
  return Disbursement.findByPk(id, {
    include: [
      { model: Centre, as: 'centre' },
      { model: BudgetFrame, as: 'budgetFrame', include: [{ model: BudgetLine, as: 'budgetLine' }] },
      { model: User, as: 'recordedBy' },
      { model: Disbursement, as: 'reversal' },
    ],
    ...(transaction ? { transaction, lock: transaction.LOCK.UPDATE } : {}),
  });
}

/** Records the payment in one transaction of its own, with its audit row; answers it loaded for presenting. */
export function recordDisbursement(input: DisbursementInput, req: Request): Promise<Disbursement> {
  return withTransaction((transaction) => record(input, req, transaction));
}

async function record(input: DisbursementInput, req: Request, transaction: Transaction): Promise<Disbursement> {
  if (input.paidOn > osloToday())
    throw fieldError(
      'body.paidOn',
      say(
        'en utbetaling registreres når den er betalt: ikke en dato fram i tid',
        'a disbursement is recorded once paid: not a future date',
      ),
    );
  const frame = await BudgetFrame.findByPk(input.budgetFrameId, {
    include: [{ model: BudgetLine, as: 'budgetLine' }],
    transaction,
    lock: transaction.LOCK.UPDATE,
  });
  if (!frame)
    throw fieldError(
      'body.budgetFrameId',
      say(`finnes ingen budsjettramme ${input.budgetFrameId}`, `no budget frame ${input.budgetFrameId}`),
    );

  const hold = await letterHold(frame.centreId, frame.year, transaction);
  if (hold.problem) throw LetterNotAccepted(hold.problem);

  if (
    await Disbursement.count({
      where: { budgetFrameId: frame.id, voucherReference: input.voucherReference },
      transaction,
    })
  )
    throw fieldError(
      'body.voucherReference',
      say(
        `bilag ${input.voucherReference} er allerede registrert på denne rammen`,
        `voucher ${input.voucherReference} is already recorded on this frame`,
      ),
    );

  const overrides: FieldProblem[] = [];
  const paidBefore = await paidOnFrame(frame.id, transaction);
  const paidAfter = paidBefore + input.amountOre;
  const overFrame = paidAfter > frame.amountOre;
  if (overFrame && !input.overFrameReason)
    overrides.push({
      field: 'body.overFrameReason',
      message: say(
        `utbetalt blir ${formatKroner(paidAfter)}, ${formatKroner(paidAfter - frame.amountOre)} over rammen på ${formatKroner(frame.amountOre)}`,
        `paid would be ${formatKroner(paidAfter)}, beyond the frame of ${formatKroner(frame.amountOre)}`,
      ),
    });

  const overdue = frame.budgetLine!.holdWhenOverdue ? await overdueHandIns(frame.centreId, transaction) : [];
  if (overdue.length && !input.overdueOverrideReason)
    overrides.push({
      field: 'body.overdueOverrideReason',
      message: say(
        `senteret har forfalte innleveringer: ${overdue.map((d) => `${d.title} (${formatDateShort(d.dueDate)})`).join(', ')}`,
        `the centre has overdue hand-ins: ${overdue.map((d) => `${d.title} (${d.dueDate})`).join(', ')}`,
      ),
    });
  if (overrides.length) throw OverrideRequired(overrides);

  const created = await Disbursement.create(
    {
      centreId: frame.centreId,
      year: frame.year,
      budgetFrameId: frame.id,
      paidOn: input.paidOn,
      amountOre: input.amountOre,
      voucherReference: input.voucherReference,
      note: input.note ?? null,
      // A reason is kept only when the override was needed, so a stored reason always means one was used.
      overFrameReason: overFrame ? input.overFrameReason! : null,
      overdueOverrideReason: overdue.length ? input.overdueOverrideReason! : null,
      overdueDeadlines: overdue.length ? overdue : null,
      recordedById: req.user?.id ?? null,
      reversesId: null,
      reversalReason: null,
    },
    { transaction },
  );
  const payment = (await findDisbursement(created.id, transaction))!;
  await recordAudit(transaction, {
    req,
    action: overFrame || overdue.length ? 'create_with_override' : 'create',
    entityType: 'Disbursement',
    entityId: payment.id,
    centreId: payment.centreId,
    after: presentDisbursement(payment),
  });
  return payment;
}
