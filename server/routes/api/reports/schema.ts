import { z } from 'zod';
import { achievements } from '../../../models/AnnualReport.js';
import { reportContentSchema } from '../../../reports/reportContent.js';
import { optionalText, text } from '../common.js';

export const saveReportBody = z.object({ content: reportContentSchema });

export const submitReportFields = z.object({ comment: optionalText(20_000) });

export const versionParams = z.object({
  id: z.coerce.number().int().positive(),
  version: z.coerce.number().int().positive(),
});

export const assessReportBody = z.object({
  assignmentId: z.number().int().positive().nullable().openapi({ description: 'Null: the report as a whole' }),
  achievement: z.enum(achievements),
  justification: text(20_000),
  moneyControl: optionalText(20_000).openapi({ description: 'Required for the whole report; not for an assignment' }),
});
