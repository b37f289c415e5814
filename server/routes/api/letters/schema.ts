import { z } from 'zod';
import { letterKinds, letterLanguages, letterStatuses } from '../../../models/GrantLetter.js';
import { isValidBankAccount, normaliseBankAccount } from '../../../letters/bankAccount.js';
import { centreCode, isoDate, optionalText, paginationQuery, text, year } from '../common.js';

export const listLettersQuery = paginationQuery.extend({
  centre: centreCode.optional(),
  year: year.optional(),
  status: z.enum(letterStatuses).optional(),
  kind: z.enum(letterKinds).optional(),
});

const sections = z
  .array(z.object({ heading: text(500), body: z.string().max(100_000), recurring: z.boolean().optional() }))
  .max(100);
const priorityAreas = z.array(z.object({ title: text(500), description: optionalText(20_000) })).max(50);
const signatories = z
  .array(z.object({ name: text(255), title: text(255), byAuthority: z.boolean().optional() }))
  .max(10);
const copyRecipients = z
  .array(z.object({ name: text(255), organisationId: z.number().int().positive().nullable().optional() }))
  .max(50);

const monthDay = z
  .object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) })
  .refine(({ month, day }) => day <= new Date(Date.UTC(2001, month, 0)).getUTCDate(), 'no such day in that month')
  .nullable()
  .optional();
const deadlineRules = z.object({ plan: monthDay, accounts: monthDay, report: monthDay }).nullable().optional().openapi({
  description: 'Move (month/day in the letter year) or drop (null) the yearly deadlines; omit for the standard rules',
});

const content = {
  title: text(500),
  language: z.enum(letterLanguages).optional(),
  letterDate: isoDate.nullable().optional(),
  theirReference: z
    .string()
    .trim()
    .min(1)
    .max(60)
    .nullable()
    .optional()
    .openapi({ description: 'The recipient’s reference (Deres ref.)' }),
  senderOrganisationId: z.number().int().positive().nullable().optional(),
  sections: sections.optional(),
  priorityAreas: priorityAreas.optional(),
  signatories: signatories.optional(),
  copyRecipients: copyRecipients.optional(),
  deadlineRules,
};

export const createLetterBody = z
  .object({
    centre: centreCode,
    year,
    kind: z.enum(letterKinds).default('main'),
    parentId: z.number().int().positive().nullable().optional(),
    startFrom: z
      .enum(['blank', 'template', 'previous_year'])
      .default('blank')
      .openapi({ description: "Start from the standard template or the centre's previous letter" }),
    carryOverAssignmentIds: z
      .array(z.number().int().positive())
      .max(100)
      .optional()
      .openapi({ description: "Open assignments of the previous letter to carry over (startFrom 'previous_year')" }),
    ...content,
  })
  .superRefine((body, ctx) => {
    if (body.kind === 'supplement' && !body.parentId)
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'is required for a supplement' });
    if (body.kind === 'main' && body.parentId)
      ctx.addIssue({ code: 'custom', path: ['parentId'], message: 'must be empty for a main letter' });
  });

export const updateLetterBody = z.object(content).partial();

export const acceptLetterBody = z.object({
  bankAccount: z
    .string()
    .trim()
    .refine(isValidBankAccount, 'must be a Norwegian bank account number (11 digits with a valid check digit)')
    .transform(normaliseBankAccount)
    .openapi({ example: '8601.11.17947' }),
  confirmConditions: z.literal(true, 'must be true: the centre confirms the conditions of the letter'),
});

export const reopenLetterBody = z.object({
  reason: text(2000).openapi({
    description: 'Why the letter goes back to draft; the case officer sees it on the letter',
  }),
});

export const previewQuery = z.object({
  language: z.enum(letterLanguages).optional().openapi({ description: 'Render in another language than the letter' }),
});

export const draftBasisQuery = z.object({ centre: centreCode, year });
