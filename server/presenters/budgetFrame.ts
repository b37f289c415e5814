import { z } from 'zod';
import type { Transaction } from 'sequelize';
import { BudgetFrame, BudgetLine, Centre } from '../models/index.js';
import { lockedIfWriting } from '../db/lockedIfWriting.js';
import { centreRef, centreRefSchema } from './centre.js';

export const budgetLineSchema = z
  .object({
    id: z.number().int(),
    year: z.number().int(),
    chapter: z.number().int(),
    item: z.number().int(),
    name: z.string(),
    organisationId: z.number().int().nullable(),
    holdWhenOverdue: z
      .boolean()
      .openapi({ description: 'Payments on this line wait while the centre’s accounts or report are overdue' }),
  })
  .openapi('BudgetLine');

export function presentBudgetLine(line: BudgetLine): z.infer<typeof budgetLineSchema> {
  const { id, year, chapter, item, name, holdWhenOverdue } = line;
  return { id, year, chapter, item, name, organisationId: line.organisationId ?? null, holdWhenOverdue };
}

export const budgetFrameSchema = z
  .object({
    id: z.number().int(),
    centre: centreRefSchema,
    year: z.number().int(),
    budgetLine: budgetLineSchema,
    amountOre: z.number().int().openapi({ description: 'Integer øre' }),
    letterId: z.number().int().nullable(),
    note: z.string().nullable(),
  })
  .openapi('BudgetFrame');

/** Expects centre and budgetLine loaded. */
export function presentBudgetFrame(frame: BudgetFrame): z.infer<typeof budgetFrameSchema> {
  if (!frame.budgetLine) throw new Error('presentBudgetFrame needs budgetLine loaded');
  return {
    id: frame.id,
    centre: centreRef(frame.centre),
    year: frame.year,
    budgetLine: presentBudgetLine(frame.budgetLine),
    amountOre: frame.amountOre,
    letterId: frame.letterId,
    note: frame.note,
  };
}

/** The frame with what presenting it needs (centre, budget line); locked when inside a transaction. */
export function findBudgetFrame(id: number, transaction?: Transaction) {
  return BudgetFrame.findByPk(id, {
    include: [
      { model: Centre, as: 'centre' },
      { model: BudgetLine, as: 'budgetLine' },
    ],
    ...lockedIfWriting(transaction),
  });
}
