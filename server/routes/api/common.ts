// Request pieces shared by every resource: ids, centre codes, dates, years, money and pagination.
import { z } from 'zod';
import { Centre } from '../../models/index.js';
import { fieldError } from '../../errors.js';
import { confinedCentreId } from '../../policies/index.js';
import type { User } from '../../models/index.js';
import { say } from '../../i18n/language.js';

export const idParams = z.object({ id: z.coerce.number().int().positive() });
export const isoDate = z.iso.date('must be a date YYYY-MM-DD').openapi({ example: '2009-02-15' });
export const year = z.coerce.number().int().min(2000).max(2100).openapi({ example: 2009 });
export const centreCode = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .transform((code) => code.toUpperCase())
  .openapi({ example: 'NAPHA', description: 'Centre code' });
export const amountOre = z
  .number()
  .int('must be whole øre')
  .min(0)
  .max(Number.MAX_SAFE_INTEGER)
  .openapi({ description: 'Amount in integer øre (kr 1 = 100 øre)', example: 1_800_000_000 });
export const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
export const optionalText = (max: number) => z.string().trim().max(max).nullable().optional();

export const paginationQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    total: z.number().int(),
  });
}

export function pageOptions(query: { page: number; pageSize: number }) {
  return { limit: query.pageSize, offset: (query.page - 1) * query.pageSize };
}

export function page<T>(items: T[], total: number, query: { page: number; pageSize: number }) {
  return { items, page: query.page, pageSize: query.pageSize, total };
}

/** Looks up a centre named by code in a request; an unknown code is a 400 naming the field. */
export async function centreByCode(code: string, field: string): Promise<Centre> {
  const centre = await Centre.findOne({ where: { code } });
  if (!centre) throw fieldError(field, say(`ukjent senterkode «${code}»`, `unknown centre code "${code}"`));
  return centre;
}

/**
 * The centre filter of a list: the code asked for, narrowed to the actor's own centre for centre
 * users (who then see an empty list when they ask for another centre).
 */
export async function centreFilter(actor: User, code: string | undefined): Promise<{ centreId?: number }> {
  const requested = code === undefined ? undefined : (await centreByCode(code, 'query.centre')).id;
  const confined = confinedCentreId(actor);
  if (confined === undefined) return requested === undefined ? {} : { centreId: requested };
  if (requested !== undefined && requested !== confined) return { centreId: -1 };
  return { centreId: confined };
}
