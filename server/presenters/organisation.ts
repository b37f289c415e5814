import { z } from 'zod';
import { organisationTypes } from '../models/Organisation.js';
import type { Organisation } from '../models/index.js';

export const organisationSchema = z
  .object({
    id: z.number().int(),
    code: z.string().nullable(),
    name: z.string(),
    type: z.enum(organisationTypes),
    address: z.string().nullable(),
  })
  .openapi('Organisation');

export function presentOrganisation(organisation: Organisation): z.infer<typeof organisationSchema> {
  const { id, code, name, type, address } = organisation;
  return { id, code, name, type, address };
}
