// Centres, named by code in every path. Directorate users see all; a centre user only their own.
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute, defineDeleteRoute } from '../crud.js';
import { lockedIfWriting } from '../../../db/lockedIfWriting.js';
import { centreParams, createCentreBody, listCentresQuery, updateCentreBody } from './schema.js';
import { Centre, CentreTeam, GrantLetter, Organisation } from '../../../models/index.js';
import { authorize, can, confinedCentreId, system } from '../../../policies/index.js';
import { centreAbilities, centreDetailSchema, centreSchema, presentCentre } from '../../../presenters/centre.js';
import { page, pageOptions, pageSchema } from '../common.js';
import { withTransaction } from '../../../db/transaction.js';
import { recordAudit } from '../../../audit.js';
import { Conflict, fieldError } from '../../../errors.js';
import { centreYears } from '../../../commands/centreYears.js';
import { z } from 'zod';
import { say } from '../../../i18n/language.js';

const include = [
  { model: Organisation, as: 'hostOrganisation' },
  { model: CentreTeam, as: 'teams' },
];

async function findCentre(code: string, transaction?: Transaction) {
  return Centre.findOne({ where: { code }, include, ...lockedIfWriting(transaction) });
}

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

async function checkHost(hostOrganisationId: number | null | undefined, transaction: Transaction) {
  if (hostOrganisationId == null) return;
  if (!(await Organisation.findByPk(hostOrganisationId, { transaction })))
    throw fieldError(
      'body.hostOrganisationId',
      say(`finnes ingen organisasjon med id ${hostOrganisationId}`, `no organisation with id ${hostOrganisationId}`),
    );
}

async function replaceTeams(centre: Centre, teams: { name: string; regions: string[] }[], transaction: Transaction) {
  await CentreTeam.destroy({ where: { centreId: centre.id }, transaction });
  await CentreTeam.bulkCreate(
    teams.map((team, position) => ({ centreId: centre.id, position, name: team.name, regions: team.regions })),
    { transaction },
  );
}

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
        include,
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
    handler: async ({ req, actor, params, body }) =>
      withTransaction(async (transaction) => {
        const centre = await findCentre(params.code, transaction);
        authorize(actor, 'update', centre, 'centre');
        const before = presentCentre(centre);
        const { teams, ...attributes } = body;
        await checkHost(body.hostOrganisationId, transaction);
        await centre.update(attributes, { transaction });
        if (teams) await replaceTeams(centre, teams, transaction);
        const after = presentCentre((await findCentre(centre.code, transaction))!);
        await recordAudit(transaction, {
          req,
          action: 'update',
          entityType: 'Centre',
          entityId: centre.id,
          centreId: centre.id,
          before,
          after,
        });
        return after;
      }),
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
