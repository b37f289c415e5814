// Grant letters (tilskuddsbrev/oppdragsbrev): case officers draft and edit them; centres read their
// own once issued. An issued letter never changes (409); corrections are supplements.
import type { Router } from 'express';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute } from '../crud.js';
import { createLetterBody, listLettersQuery, updateLetterBody } from './schema.js';
import { Centre, GrantLetter } from '../../../models/index.js';
import { authorize, confinedCentreId } from '../../../policies/index.js';
import { letterSchema, letterSummarySchema, presentLetterSummary } from '../../../presenters/grantLetter.js';
import { centreByCode, centreFilter, idParams, page, pageOptions, pageSchema } from '../common.js';
import { createLetter } from '../../../commands/createLetter.js';
import { updateLetter } from '../../../commands/updateLetter.js';
import { deleteLetter } from '../../../commands/deleteLetter.js';
import { findLetterDetail } from '../../../letters/loadLetter.js';
import { letterDetailAnswer } from './detailAnswer.js';
import { presentLetterFresh } from '../../../letters/presentLetterFresh.js';
import { registerLetterWorkflowRoutes } from './workflow.js';
import { registerLetterFileRoutes } from './files.js';
import { registerLetterDraftingRoutes } from './drafting.js';
import { registerLetterBulkRoutes } from './bulk.js';
import { registerLetterCheckRoutes } from './checks.js';

const entityType = 'GrantLetter';

export function registerLetterRoutes(router: Router) {
  registerLetterDraftingRoutes(router);
  registerLetterBulkRoutes(router);
  registerLetterWorkflowRoutes(router);
  registerLetterFileRoutes(router);
  registerLetterCheckRoutes(router);
  defineRoute(router, {
    method: 'get',
    path: '/api/letters',
    tag: 'letters',
    summary: 'List letters; filters centre, year, status, kind (centres see only their issued letters)',
    query: listLettersQuery,
    response: pageSchema(letterSummarySchema),
    handler: async ({ actor, query }) => {
      const where = {
        ...(await centreFilter(actor, query.centre)),
        ...(query.year ? { year: query.year } : {}),
        ...(query.kind ? { kind: query.kind } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(confinedCentreId(actor) !== undefined ? { status: 'issued' as const } : {}),
      };
      if (confinedCentreId(actor) !== undefined && query.status && query.status !== 'issued') where.centreId = -1;
      const { rows, count } = await GrantLetter.findAndCountAll({
        where,
        include: [{ model: Centre, as: 'centre' }],
        order: [
          ['year', 'DESC'],
          ['centreId', 'ASC'],
          ['id', 'ASC'],
        ],
        ...pageOptions(query),
      });
      return page(rows.map(presentLetterSummary), count, query);
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/letters/:id',
    tag: 'letters',
    summary: 'One letter with sections, priority areas, assignments by rank, budget frames, deadlines and meetings',
    params: idParams,
    response: letterSchema,
    handler: async ({ actor, params }) => {
      // The letter and its lists in one statement: the lists of a letter the reader may not see are read for nothing.
      const found = await findLetterDetail(params.id);
      authorize(actor, 'read', found?.letter ?? null, 'letter');
      return letterDetailAnswer(found!, actor);
    },
  });

  defineCreateRoute(router, {
    path: '/api/letters',
    tag: 'letters',
    summary: 'Create a draft letter (main or supplement) for a centre and year (case officer)',
    body: createLetterBody,
    schema: letterSchema,
    entityType,
    authorize: async ({ actor, body }) => {
      const centre = await centreByCode(body.centre, 'body.centre');
      authorize(actor, 'createLetter', centre, 'centre');
      return centre;
    },
    create: ({ actor, body, parent: centre, transaction }) => createLetter(actor, { ...body, centre }, transaction),
    present: (letter, { actor, transaction }) => presentLetterFresh(actor, letter.id, transaction),
    centreIdOf: (letter) => letter.centreId,
  });

  defineRoute(router, {
    method: 'patch',
    path: '/api/letters/:id',
    tag: 'letters',
    summary: 'Change a letter that is not issued; a list given replaces the stored list in its order (case officer)',
    params: idParams,
    body: updateLetterBody,
    response: letterSchema,
    handler: ({ req, actor, params, body }) => updateLetter(actor, params.id, body, req),
  });

  defineRoute(router, {
    method: 'delete',
    path: '/api/letters/:id',
    tag: 'letters',
    summary: 'Delete a draft letter (case officer)',
    params: idParams,
    status: 204,
    handler: ({ req, actor, params }) => deleteLetter(actor, params.id, req),
  });
}
