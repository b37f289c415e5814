// A budget frame's payment plan as the money pages read it: the instalments against what has been
// paid, what remains, and what would hold the next payment (letter not accepted, overdue hand-ins).
import type { Transaction } from 'sequelize';
import { PaymentInstalment } from '../models/index.js';
import type { BudgetFrame } from '../models/index.js';
import { presentBudgetFrame } from '../presenters/budgetFrame.js';
import { presentInstalments } from '../presenters/disbursement.js';
import { osloToday } from '../calendar.js';
import type { Language } from '../i18n/language.js';
import { letterHold, overdueHandIns, paidOnFrame } from './paymentHolds.js';

export async function buildPaymentPlan(frame: BudgetFrame, transaction?: Transaction, language: Language = 'nb') {
  const options = transaction ? { transaction } : {};
  const instalments = await PaymentInstalment.findAll({ where: { budgetFrameId: frame.id }, ...options });
  const paidOre = await paidOnFrame(frame.id, transaction);
  const today = osloToday();
  const hold = await letterHold(frame.centreId, frame.year, transaction);
  return {
    budgetFrame: presentBudgetFrame(frame),
    instalments: presentInstalments(instalments, paidOre, today),
    plannedOre: instalments.reduce((sum, instalment) => sum + instalment.amountOre, 0),
    paidOre,
    remainingOre: frame.amountOre - paidOre,
    holds: {
      letter: hold.problem ? hold.problem[language] : null,
      overdue: frame.budgetLine!.holdWhenOverdue ? await overdueHandIns(frame.centreId, transaction, today) : [],
    },
  };
}
