import { z } from 'zod';
import { Op } from 'sequelize';
import type { Transaction } from 'sequelize';
import { AccountsReport, BudgetFrame, BudgetLine, Centre, Disbursement, User } from '../models/index.js';
import { lockedIfWriting } from '../db/lockedIfWriting.js';
import { accountsStatuses, unspentOutcomeStatuses, unspentOutcomes } from '../models/AccountsReport.js';
import { centreRef, centreRefSchema } from './centre.js';
import { budgetLineSchema, presentBudgetLine } from './budgetFrame.js';

const ore = (description = 'Integer øre') => z.number().int().openapi({ description });
const person = z.object({ email: z.string(), name: z.string() }).nullable();

export const accountsReportSchema = z
  .object({
    id: z.number().int(),
    centre: centreRefSchema,
    year: z.number().int(),
    budgetLine: budgetLineSchema,
    spentOre: ore(),
    unspentOre: ore(),
    comment: z.string().nullable(),
    status: z.enum(accountsStatuses),
    submittedAt: z.string(),
    submittedBy: person,
    unspentOutcome: z.enum(unspentOutcomes).nullable(),
    unspentOutcomeStatus: z.enum(unspentOutcomeStatuses).nullable(),
    reviewNote: z.string().nullable(),
    reviewedAt: z.string().nullable(),
    reviewedBy: person,
    variance: z.object({
      frameOre: ore('The centre’s frame on this line and year (0 when none)'),
      paidOre: ore('Paid out on that frame'),
      spentVsFrameOre: ore('Spent minus frame: negative when less than the frame was spent'),
      unaccountedOre: ore('Paid minus (spent + unspent): what the accounts leave unexplained; 0 when they balance'),
    }),
  })
  .openapi('AccountsReport');

/** Expects centre, budgetLine, submittedBy and reviewedBy loaded; loads frames and payments in two queries. */
export async function presentAccountsReports(
  reports: AccountsReport[],
  transaction?: Transaction,
): Promise<z.infer<typeof accountsReportSchema>[]> {
  const options = transaction ? { transaction } : {};
  const frames = reports.length
    ? await BudgetFrame.findAll({
        where: {
          [Op.or]: reports.map((report) => ({ centreId: report.centreId, budgetLineId: report.budgetLineId })),
        },
        ...options,
      })
    : [];
  const paid = frames.length
    ? ((await Disbursement.findAll({
        attributes: [
          'budgetFrameId',
          [Disbursement.sequelize!.fn('SUM', Disbursement.sequelize!.col('amount_ore')), 'paid'],
        ],
        where: { budgetFrameId: { [Op.in]: frames.map((frame) => frame.id) } },
        group: ['budgetFrameId'],
        raw: true,
        ...options,
      })) as unknown as { budgetFrameId: number; paid: string | number }[])
    : [];
  const paidByFrame = new Map(paid.map((row) => [row.budgetFrameId, Number(row.paid)]));
  return reports.map((report) => {
    if (!report.budgetLine) throw new Error('presentAccountsReports needs budgetLine loaded');
    const frame = frames.find((f) => f.centreId === report.centreId && f.budgetLineId === report.budgetLineId);
    const frameOre = frame?.amountOre ?? 0;
    const paidOre = frame ? (paidByFrame.get(frame.id) ?? 0) : 0;
    const by = (user: AccountsReport['submittedBy']) => (user ? { email: user.email, name: user.name } : null);
    return {
      id: report.id,
      centre: centreRef(report.centre),
      year: report.year,
      budgetLine: presentBudgetLine(report.budgetLine),
      spentOre: report.spentOre,
      unspentOre: report.unspentOre,
      comment: report.comment,
      status: report.status,
      submittedAt: report.submittedAt.toISOString(),
      submittedBy: by(report.submittedBy),
      unspentOutcome: report.unspentOutcome,
      unspentOutcomeStatus: report.unspentOutcomeStatus,
      reviewNote: report.reviewNote,
      reviewedAt: report.reviewedAt ? report.reviewedAt.toISOString() : null,
      reviewedBy: by(report.reviewedBy),
      variance: {
        frameOre,
        paidOre,
        spentVsFrameOre: report.spentOre - frameOre,
        unaccountedOre: paidOre - report.spentOre - report.unspentOre,
      },
    };
  });
}

/** What presenting accounts needs loaded with them. */
export const accountsReportIncludes = [
  { model: Centre, as: 'centre' },
  { model: BudgetLine, as: 'budgetLine' },
  { model: User, as: 'submittedBy' },
  { model: User, as: 'reviewedBy' },
];

/** The accounts with what presenting them needs; locked when inside a transaction. */
export function findAccountsReport(id: number, transaction?: Transaction) {
  return AccountsReport.findByPk(id, { include: accountsReportIncludes, ...lockedIfWriting(transaction) });
}

export async function presentAccountsReport(report: AccountsReport, transaction?: Transaction) {
  return (await presentAccountsReports([report], transaction))[0]!;
}
