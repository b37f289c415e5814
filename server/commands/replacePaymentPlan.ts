// Replaces a budget frame's payment plan as a whole (finance), in one transaction with its audit
// row; the instalments may not add up to more than the frame. Answers the plan as it now stands.
import type { Request } from 'express';
import { PaymentInstalment } from '../models/index.js';
import type { User } from '../models/index.js';
import { authorize } from '../policies/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { fieldError } from '../errors.js';
import { formatKroner } from '../../common/money.js';
import { say } from '../i18n/language.js';
import { buildPaymentPlan } from './buildPaymentPlan.js';
import { findBudgetFrame } from '../presenters/budgetFrame.js';

export interface PlannedInstalment {
  dueDate: string;
  amountOre: number;
  note?: string | null;
}

export function replacePaymentPlan(actor: User, frameId: number, instalments: PlannedInstalment[], req: Request) {
  return withTransaction(async (transaction) => {
    const frame = await findBudgetFrame(frameId, transaction);
    authorize(actor, 'planPayments', frame, 'budget frame');
    const plannedOre = instalments.reduce((sum, instalment) => sum + instalment.amountOre, 0);
    if (plannedOre > frame.amountOre)
      throw fieldError(
        'body.instalments',
        say(
          `avdragene blir til sammen ${formatKroner(plannedOre)}, mer enn rammen på ${formatKroner(frame.amountOre)}`,
          `the instalments add up to ${formatKroner(plannedOre)}, more than the frame of ${formatKroner(frame.amountOre)}`,
        ),
      );
    const before = await buildPaymentPlan(frame, transaction);
    await PaymentInstalment.destroy({ where: { budgetFrameId: frame.id }, transaction });
    await PaymentInstalment.bulkCreate(
      instalments.map((instalment) => ({
        budgetFrameId: frame.id,
        dueDate: instalment.dueDate,
        amountOre: instalment.amountOre,
        note: instalment.note ?? null,
      })),
      { transaction },
    );
    const after = await buildPaymentPlan(frame, transaction);
    await recordAudit(transaction, {
      req,
      action: 'update_payment_plan',
      entityType: 'BudgetFrame',
      entityId: frame.id,
      centreId: frame.centreId,
      before: before.instalments,
      after: after.instalments,
    });
    return after;
  });
}
