import { z } from 'zod';
import { amountOre, isoDate, optionalText } from '../common.js';

export const putPaymentPlanBody = z.object({
  instalments: z
    .array(
      z.object({
        dueDate: isoDate,
        amountOre: amountOre.min(1, 'must be at least 1 øre'),
        note: optionalText(500),
      }),
    )
    .max(24, 'at most 24 instalments'),
});
