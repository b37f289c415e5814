// Grant letters (tilskuddsbrev/oppdragsbrev): case officers draft and edit them; centres read their
// own once issued. An issued letter never changes (409); corrections are supplements.
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute } from '../crud.js';
import { createLetterBody, listLettersQuery, updateLetterBody } from './schema.js';
import { Centre, GrantLetter } from '../../../models/index.js';
import type { User } from '../../../models/index.js';
import { authorize, confinedCentreId } from '../../../policies/index.js';
import {
  letterSchema,
  letterSummarySchema,
  presentLetter,
  presentLetterSummary,
} from '../../../presenters/grantLetter.js';
import { centreByCode, centreFilter, idParams, page, pageOptions, pageSchema } from '../common.js';
import { withTransaction } from '../../../db/transaction.js';
import { recordAudit } from '../../../audit.js';
import { Conflict } from '../../../errors.js';
import { createLetter } from '../../../commands/createLetter.js';
import { updateLetter } from '../../../commands/updateLetter.js';
import { findLetter, letterDetail } from '../../../letters/loadLetter.js';
import { presentLetterFresh } from './presentLetterFresh.js';
import { registerLetterWorkflowRoutes } from './workflow.js';
import { registerLetterFileRoutes } from './files.js';
import { registerLetterDraftingRoutes } from './drafting.js';
import { registerLetterBulkRoutes } from './bulk.js';
import { registerLetterCheckRoutes } from './checks.js';
import { assertLetterEditable } from '../../../letters/letterEditable.js';
import { say } from '../../../i18n/language.js';

const entityType = 'GrantLetter';

/** Loads a letter for a change: locked for the transaction, visible to the actor, and not issued. */
async function letterForChange(actor: User, id: number, action: 'update' | 'delete', transaction: Transaction) {
  await GrantLetter.findByPk(id, { transaction, lock: transaction.LOCK.UPDATE });
  const letter = await findLetter(id, transaction);
  authorize(actor, 'read', letter, 'letter');
  // Letters past draft answer 409 (not 403) so the caller learns why; the policy also forbids it.
  assertLetterEditable(letter);
  authorize(actor, action, letter, 'letter');
  return letter;
}

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
      const letter = await findLetter(params.id);
      authorize(actor, 'read', letter, 'letter');
      return presentLetter(await letterDetail(actor, letter));
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
    handler: async ({ req, actor, params, body }) =>
      withTransaction(async (transaction) => {
        const letter = await letterForChange(actor, params.id, 'update', transaction);
        const before = presentLetter(await letterDetail(actor, letter, transaction));
        await updateLetter(letter, body, transaction);
        const after = await presentLetterFresh(actor, letter.id, transaction);
        await recordAudit(transaction, {
          req,
          action: 'update',
          entityType,
          entityId: letter.id,
          centreId: letter.centreId,
          before,
          after,
        });
        return after;
      }),
  });

  defineRoute(router, {
    method: 'delete',
    path: '/api/letters/:id',
    tag: 'letters',
    summary: 'Delete a draft letter (case officer)',
    params: idParams,
    status: 204,
    handler: async ({ req, actor, params }) =>
      withTransaction(async (transaction) => {
        const letter = await letterForChange(actor, params.id, 'delete', transaction);
        if (await GrantLetter.count({ where: { parentId: letter.id }, transaction }))
          throw Conflict(
            say(
              `Brev ${letter.id} har tilleggsbrev; slett dem først.`,
              `Letter ${letter.id} has supplements; delete them first.`,
            ),
          );
        const before = presentLetter(await letterDetail(actor, letter, transaction));
        await letter.destroy({ transaction });
        await recordAudit(transaction, {
          req,
          action: 'delete',
          entityType,
          entityId: letter.id,
          centreId: letter.centreId,
          before,
        });
      }),
  });
}
