// Live money: NAPHA has accepted last year's and this year's letters; last year's frame is paid in
// full and its accounts approved with the unspent money carried over; this year's frame has a
// quarterly payment plan, paid as far as today. KORUS-NORD has not accepted its letter yet, so its
// plan waits unpaid. Voucher references and the split of the money are invented.
import { AccountsReport, BudgetFrame, Disbursement, GrantLetter, PaymentInstalment } from '../server/models/index.js';
import type { SeedContext } from './context.js';
import { budgetLineKey, lookUp } from './context.js';
import { isBefore, notAfterNow } from './calendar.js';
import { kroner } from './letterBuilder.js';

const financeEmail = 'okonomi@helsedir.example';

/** Four equal instalments at the end of January, April, July and October (the last one takes the øre left over). */
function quarterly(year: number, amountOre: number) {
  const share = Math.floor(amountOre / 4);
  return ['01-31', '04-30', '07-31', '10-31'].map((day, index) => ({
    dueDate: `${year}-${day}`,
    amountOre: index === 3 ? amountOre - 3 * share : share,
  }));
}

async function frameOf(context: SeedContext, centreCode: string, year: number, item: 62 | 70) {
  const { transaction } = context;
  return BudgetFrame.findOne({
    where: {
      centreId: lookUp(context.centres, centreCode, 'centre').id,
      budgetLineId: lookUp(context.budgetLines, budgetLineKey(year, item), 'budget line').id,
    },
    transaction,
    rejectOnEmpty: true,
  });
}

async function accept(context: SeedContext, centreCode: string, year: number, leaderEmail: string) {
  const letter = await GrantLetter.findOne({
    where: { centreId: lookUp(context.centres, centreCode, 'centre').id, year, kind: 'main' },
    transaction: context.transaction,
    rejectOnEmpty: true,
  });
  const acceptedAt = notAfterNow(new Date(Date.UTC(year, 0, 27, 10, 0)));
  await letter.update(
    {
      acceptedAt,
      acceptedById: lookUp(context.users, leaderEmail, 'user').id,
      acceptedBankAccount: '15032080119',
    },
    { transaction: context.transaction },
  );
}

/** A plan for the frame, and a payment for each instalment due before today. */
async function planAndPay(
  context: SeedContext,
  frame: BudgetFrame,
  today: string,
  pay: boolean,
  voucherPrefix: string,
) {
  const { transaction } = context;
  const plan = quarterly(frame.year, frame.amountOre);
  await PaymentInstalment.bulkCreate(
    plan.map((instalment) => ({ ...instalment, budgetFrameId: frame.id, note: null })),
    { transaction },
  );
  if (!pay) return;
  const recordedById = lookUp(context.users, financeEmail, 'user').id;
  await Disbursement.bulkCreate(
    plan
      .filter((instalment) => isBefore(instalment.dueDate, today))
      .map((instalment, index) => ({
        centreId: frame.centreId,
        year: frame.year,
        budgetFrameId: frame.id,
        paidOn: instalment.dueDate,
        amountOre: instalment.amountOre,
        voucherReference: `${voucherPrefix}-${index + 1}`,
        note: null,
        overFrameReason: null,
        overdueOverrideReason: null,
        overdueDeadlines: null,
        recordedById,
      })),
    { transaction },
  );
}

export async function seedFinance(context: SeedContext, year: number, today: string): Promise<void> {
  const napha = 'leder@napha.example';
  await accept(context, 'NAPHA', year - 1, napha);
  await accept(context, 'NAPHA', year, napha);

  const naphaLast = await frameOf(context, 'NAPHA', year - 1, 70);
  await planAndPay(context, naphaLast, today, true, `${year - 1}-NAPHA`);
  const submittedAt = notAfterNow(new Date(Date.UTC(year, 2, 28, 12, 0)));
  const approved = isBefore(`${year}-04-20`, today);
  await AccountsReport.create(
    {
      centreId: naphaLast.centreId,
      year: year - 1,
      budgetLineId: naphaLast.budgetLineId,
      spentOre: kroner(30_400_000),
      unspentOre: kroner(600_000),
      comment: 'Ubrukte midler skyldes en stilling som sto ledig i fire måneder.',
      status: approved ? 'approved' : 'submitted',
      submittedAt,
      submittedById: lookUp(context.users, napha, 'user').id,
      unspentOutcome: approved ? 'carried_over' : null,
      unspentOutcomeStatus: approved ? 'completed' : null,
      reviewNote: approved ? 'Overføres til neste år etter søknad.' : null,
      reviewedAt: approved ? notAfterNow(new Date(Date.UTC(year, 3, 20, 9, 0))) : null,
      reviewedById: approved ? lookUp(context.users, financeEmail, 'user').id : null,
    },
    { transaction: context.transaction },
  );

  await planAndPay(context, await frameOf(context, 'NAPHA', year, 70), today, true, `${year}-NAPHA`);
  for (const item of [62, 70] as const)
    await planAndPay(context, await frameOf(context, 'KORUS-NORD', year, item), today, false, '');
}
