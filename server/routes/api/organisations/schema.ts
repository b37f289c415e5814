import { z } from 'zod';
import { organisationTypes } from '../../../models/Organisation.js';
import { optionalText, paginationQuery, text } from '../common.js';

export const listOrganisationsQuery = paginationQuery.extend({ type: z.enum(organisationTypes).optional() });

export const createOrganisationBody = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(40)
    .regex(/^[A-Z0-9-]+$/i, 'letters, digits and - only')
    .nullable()
    .optional(),
  name: text(255),
  type: z.enum(organisationTypes),
  address: optionalText(255),
});

export const updateOrganisationBody = createOrganisationBody.partial();
