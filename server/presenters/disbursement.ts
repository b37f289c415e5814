import { z } from 'zod';
import type { Disbursement, PaymentInstalment } from '../models/index.js';
import { centreRef, centreRefSchema } from './centre.js';
import { budgetLineSchema, presentBudgetLine } from './budgetFrame.js';

const ore = (description = 'Integer øre') => z.number().int().openapi({ description });

export const overdueDeadlineSchema = z.object({
  deadlineId: z.number().int(),
  kind: z.string(),
  title: z.string(),
  dueDate: z.string(),
});

export const disbursementSchema = z
  .object({
    id: z.number().int(),
    centre: centreRefSchema,
    year: z.number().int(),
    budgetFrameId: z.number().int(),
    budgetLine: budgetLineSchema,
    paidOn: z.string(),
    amountOre: ore(),
    voucherReference: z.string(),
    note: z.string().nullable(),
    overrides: z.object({
      overFrameReason: z.string().nullable(),
      overdueOverrideReason: z.string().nullable(),
      overdueDeadlines: z.array(overdueDeadlineSchema),
    }),
    recordedBy: z.object({ email: z.string(), name: z.string() }).nullable(),
    reversesId: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'On a reversal: the payment it takes back (its amount is negative)' }),
    reversalReason: z.string().nullable().openapi({ description: 'On a reversal: why the payment was reversed' }),
    reversedById: z.number().int().nullable().openapi({ description: 'On a reversed payment: its reversal' }),
    createdAt: z.string(),
  })
  .openapi('Disbursement');

/** Expects centre, budgetFrame.budgetLine, recordedBy and reversal loaded. */
export function presentDisbursement(payment: Disbursement): z.infer<typeof disbursementSchema> {
  const line = payment.budgetFrame?.budgetLine;
  if (!line) throw new Error('presentDisbursement needs budgetFrame.budgetLine loaded');
  return {
    id: payment.id,
    centre: centreRef(payment.centre),
    year: payment.year,
    budgetFrameId: payment.budgetFrameId,
    budgetLine: presentBudgetLine(line),
    paidOn: payment.paidOn,
    amountOre: payment.amountOre,
    voucherReference: payment.voucherReference,
    note: payment.note,
    overrides: {
      overFrameReason: payment.overFrameReason,
      overdueOverrideReason: payment.overdueOverrideReason,
      overdueDeadlines: payment.overdueDeadlines ?? [],
    },
    recordedBy: payment.recordedBy ? { email: payment.recordedBy.email, name: payment.recordedBy.name } : null,
    reversesId: payment.reversesId ?? null,
    reversalReason: payment.reversalReason ?? null,
    reversedById: payment.reversal?.id ?? null,
    createdAt: payment.createdAt.toISOString(),
  };
}

export const instalmentStatuses = ['paid', 'partly_paid', 'due', 'upcoming'] as const;

export const instalmentSchema = z.object({
  id: z.number().int(),
  dueDate: z.string(),
  amountOre: ore(),
  note: z.string().nullable(),
  coveredOre: ore('How much of this instalment the payments so far cover (paid in date order against the plan)'),
  status: z.enum(instalmentStatuses),
});

/**
 * The plan in date order, each instalment covered by the payments so far in turn: payments are not
 * tied to instalments, so a late or split payment still settles the earliest open instalment first.
 */
export function presentInstalments(
  instalments: PaymentInstalment[],
  paidOre: number,
  today: string,
): z.infer<typeof instalmentSchema>[] {
  let left = paidOre;
  return [...instalments]
    .sort((a, b) => a.dueDate.localeCompare(b.dueDate) || a.id - b.id)
    .map((instalment) => {
      const coveredOre = Math.min(left, instalment.amountOre);
      left -= coveredOre;
      const status =
        coveredOre === instalment.amountOre
          ? 'paid'
          : coveredOre > 0
            ? 'partly_paid'
            : instalment.dueDate <= today
              ? 'due'
              : 'upcoming';
      return {
        id: instalment.id,
        dueDate: instalment.dueDate,
        amountOre: instalment.amountOre,
        note: instalment.note,
        coveredOre,
        status,
      };
    });
}
