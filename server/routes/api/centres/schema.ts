import { z } from 'zod';
import { centreScopes } from '../../../models/Centre.js';
import { centreCode, optionalText, paginationQuery, text } from '../common.js';

export const centreParams = z.object({ code: centreCode });

export const listCentresQuery = paginationQuery.extend({
  active: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  scope: z.enum(centreScopes).optional(),
  group: z.string().trim().max(40).optional(),
});

const teams = z.array(z.object({ name: text(120), regions: z.array(text(120)).max(50) })).max(20);

export const createCentreBody = z.object({
  code: centreCode.pipe(z.string().regex(/^[A-Z0-9-]+$/, 'letters, digits and - only')),
  name: text(255),
  group: optionalText(40),
  scope: z.enum(centreScopes),
  hostOrganisationId: z.number().int().positive().nullable().optional(),
  city: optionalText(120),
  address: optionalText(255),
  established: z.number().int().min(1900).max(2100).nullable().optional(),
  staffApprox: z.number().int().min(0).max(100000).nullable().optional(),
  active: z.boolean().optional(),
  note: optionalText(5000),
  teams: teams.optional(),
});

export const updateCentreBody = createCentreBody.omit({ code: true }).partial();
