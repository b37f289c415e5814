// The one home of the rule "a budget frame may not be set below what is already paid on it": set
// by hand (PATCH /api/budget-frames/:id) or by import. Exactly what is paid is allowed. The caller
// locks the frame first, as recordDisbursement does before paying, so no payment slips in between.
import type { Transaction } from 'sequelize';
import { paidOnFrame } from './paymentHolds.js';
import { formatKroner } from '../../common/money.js';
import { say, type Localized } from '../i18n/language.js';

/** Whether a frame of `amountOre` covers `paidOre` already paid on it. */
export function frameCoversPaid(amountOre: number, paidOre: number): boolean {
  return amountOre >= paidOre;
}

/** null when the frame may be set to `amountOre`; otherwise what is paid on it and why not. */
export async function frameBelowPaid(
  budgetFrameId: number,
  amountOre: number,
  transaction: Transaction,
): Promise<{ paidOre: number; reason: Localized } | null> {
  const paidOre = await paidOnFrame(budgetFrameId, transaction);
  if (frameCoversPaid(amountOre, paidOre)) return null;
  return {
    paidOre,
    reason: say(
      `${formatKroner(paidOre)} er allerede utbetalt på denne rammen`,
      `${formatKroner(paidOre)} is already paid on this frame`,
    ),
  };
}
