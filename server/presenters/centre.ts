import { z } from 'zod';
import { centreScopes } from '../models/Centre.js';
import type { Centre } from '../models/index.js';

export const centreSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    group: z.string().nullable(),
    scope: z.enum(centreScopes),
    hostOrganisation: z.object({ id: z.number().int(), name: z.string(), address: z.string().nullable() }).nullable(),
    city: z.string().nullable(),
    address: z.string().nullable(),
    established: z.number().int().nullable(),
    staffApprox: z.number().int().nullable(),
    active: z.boolean(),
    note: z.string().nullable(),
    teams: z.array(z.object({ name: z.string(), regions: z.array(z.string()) })),
  })
  .openapi('Centre');

/** What the reader of one centre may do with it and create for it (the policies' answers). */
export const centreAbilities = [
  'update',
  'delete',
  'createLetter',
  'createDeadline',
  'createSteeringMeeting',
  'createBudgetFrame',
  'createAccountsReport',
] as const;
export const centreDetailSchema = centreSchema
  .extend({ abilities: z.object(Object.fromEntries(centreAbilities.map((action) => [action, z.boolean()]))) })
  .openapi('CentreDetail');

/** Expects hostOrganisation and teams loaded. */
export function presentCentre(centre: Centre): z.infer<typeof centreSchema> {
  const host = centre.hostOrganisation;
  return {
    code: centre.code,
    name: centre.name,
    group: centre.group,
    scope: centre.scope,
    hostOrganisation: host ? { id: host.id, name: host.name, address: host.address } : null,
    city: centre.city,
    address: centre.address,
    established: centre.established,
    staffApprox: centre.staffApprox,
    active: centre.active,
    note: centre.note,
    teams: [...(centre.teams ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((team) => ({ name: team.name, regions: team.regions })),
  };
}

/** How other records name their centre. */
/** The `centre` reference as it goes out: code and name. */
export const centreRefSchema = z.object({ code: z.string(), name: z.string() });
export const centreRef = (centre: Centre | undefined) => ({ code: centre?.code ?? '', name: centre?.name ?? '' });
