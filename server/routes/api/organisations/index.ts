// Organisations: directorates, the ministry, host institutions, county governors, user organisations.
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute, defineDeleteRoute, defineReadOneRoute, defineUpdateRoute } from '../crud.js';
import { lockedIfWriting } from '../../../db/lockedIfWriting.js';
import { createOrganisationBody, listOrganisationsQuery, updateOrganisationBody } from './schema.js';
import { Organisation } from '../../../models/index.js';
import { authorize, system } from '../../../policies/index.js';
import { organisationSchema, presentOrganisation } from '../../../presenters/organisation.js';
import { idParams, page, pageOptions, pageSchema } from '../common.js';

const entityType = 'Organisation';

const recordRoutes = {
  path: '/api/organisations/:id',
  tag: 'organisations',
  params: idParams,
  entity: 'organisation' as const,
  entityType,
  find: ({ id }: { id: number }, transaction?: Transaction) => Organisation.findByPk(id, lockedIfWriting(transaction)),
  present: presentOrganisation,
  schema: organisationSchema,
  centreIdOf: () => null,
};

export function registerOrganisationRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/organisations',
    tag: 'organisations',
    summary: 'List organisations',
    query: listOrganisationsQuery,
    response: pageSchema(organisationSchema),
    handler: async ({ query }) => {
      const { rows, count } = await Organisation.findAndCountAll({
        where: query.type ? { type: query.type } : {},
        order: [['name', 'ASC']],
        ...pageOptions(query),
      });
      return page(rows.map(presentOrganisation), count, query);
    },
  });

  defineReadOneRoute(router, { ...recordRoutes, summary: 'One organisation' });

  defineCreateRoute(router, {
    path: '/api/organisations',
    tag: 'organisations',
    summary: 'Create an organisation (admin)',
    body: createOrganisationBody,
    schema: organisationSchema,
    entityType,
    authorize: ({ actor }) => authorize(actor, 'createOrganisation', system, 'organisation'),
    create: ({ body, transaction }) => Organisation.create(body, { transaction }),
    present: presentOrganisation,
    centreIdOf: () => null,
  });

  defineUpdateRoute(router, {
    ...recordRoutes,
    summary: 'Change an organisation (admin)',
    body: updateOrganisationBody,
  });

  defineDeleteRoute(router, { ...recordRoutes, summary: 'Delete an organisation (admin)' });
}
