// Centres, named by code in every path. Directorate users see all; a centre user only their own.
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute, defineDeleteRoute } from '../crud.js';
import { centreParams, createCentreBody, listCentresQuery, updateCentreBody } from './schema.js';
import { Centre, GrantLetter } from '../../../models/index.js';
import { authorize, can, confinedCentreId, system } from '../../../policies/index.js';
import { centreAbilities, centreDetailSchema, centreSchema, presentCentre } from '../../../presenters/centre.js';
import { page, pageOptions, pageSchema } from '../common.js';
import { Conflict } from '../../../errors.js';
import { centreYears } from '../../../commands/centreYears.js';
import { centreIncludes, checkHost, findCentre, replaceTeams } from '../../../commands/centreParts.js';
import { updateCentre } from '../../../commands/updateCentre.js';
import { z } from 'zod';
import { say } from '../../../i18n/language.js';

const recordRoutes = {
  path: '/api/centres/:code',
  tag: 'centres',
  params: centreParams,
  entity: 'centre' as const,
  entityType: 'Centre',
  find: ({ code }: { code: string }, transaction?: Transaction) => findCentre(code, transaction),
  present: presentCentre,
  schema: centreSchema,
  centreIdOf: (centre: Centre) => centre.id,
};

export function registerCentreRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/centres',
    tag: 'centres',
    summary: 'List centres (a centre user sees only their own)',
    query: listCentresQuery,
    response: pageSchema(centreSchema),
    handler: async ({ actor, query }) => {
      const confined = confinedCentreId(actor);
      const where = {
        ...(confined !== undefined ? { id: confined } : {}),
        ...(query.active !== undefined ? { active: query.active } : {}),
        ...(query.scope ? { scope: query.scope } : {}),
        ...(query.group ? { group: query.group } : {}),
      };
      const { rows, count } = await Centre.findAndCountAll({
        where,
        include: centreIncludes,
        distinct: true,
        order: [['code', 'ASC']],
        ...pageOptions(query),
      });
      return page(rows.map(presentCentre), count, query);
    },
  });

  defineRoute(router, {
    method: 'get',
    path: recordRoutes.path,
    tag: recordRoutes.tag,
    summary: 'One centre with host organisation and teams, and what you may do with it (abilities)',
    params: centreParams,
    response: centreDetailSchema,
    handler: async ({ actor, params }) => {
      const centre = await findCentre(params.code);
      authorize(actor, 'read', centre, 'centre');
      return {
        ...presentCentre(centre),
        abilities: Object.fromEntries(centreAbilities.map((action) => [action, can(actor, action, centre)])),
      };
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/centres/:code/years',
    tag: recordRoutes.tag,
    summary:
      'The years the centre has a letter (issued ones for its own users), a deadline or a meeting in, newest first',
    params: centreParams,
    response: z.object({ years: z.array(z.number().int()) }).openapi('CentreYears'),
    handler: async ({ actor, params }) => {
      const centre = await Centre.findOne({ where: { code: params.code } });
      authorize(actor, 'read', centre, 'centre');
      return { years: await centreYears(centre.id, { issuedLettersOnly: confinedCentreId(actor) !== undefined }) };
    },
  });

  defineCreateRoute(router, {
    path: '/api/centres',
    tag: 'centres',
    summary: 'Create a centre (admin)',
    body: createCentreBody,
    schema: centreSchema,
    entityType: 'Centre',
    authorize: ({ actor }) => authorize(actor, 'createCentre', system, 'centre'),
    create: async ({ body, transaction }) => {
      const { teams, ...attributes } = body;
      await checkHost(body.hostOrganisationId, transaction);
      const created = await Centre.create(attributes, { transaction });
      if (teams) await replaceTeams(created, teams, transaction);
      return created;
    },
    present: async (created, { transaction }) => presentCentre((await findCentre(created.code, transaction))!),
    centreIdOf: (centre) => centre.id,
  });

  defineRoute(router, {
    method: 'patch',
    path: '/api/centres/:code',
    tag: 'centres',
    summary: 'Change a centre (admin)',
    params: centreParams,
    body: updateCentreBody,
    response: centreSchema,
    handler: ({ req, actor, params, body }) => updateCentre(actor, params.code, body, req),
  });

  defineDeleteRoute(router, {
    ...recordRoutes,
    summary: 'Delete a centre that has no letters (admin); otherwise set active=false',
    check: async ({ record, transaction }) => {
      if (await GrantLetter.count({ where: { centreId: record.id }, transaction }))
        throw Conflict(
          say(
            `Senter ${record.code} har brev og kan ikke slettes; gjør det inaktivt i stedet.`,
            `Centre ${record.code} has letters and cannot be deleted; set active to false instead.`,
          ),
        );
    },
  });
}
