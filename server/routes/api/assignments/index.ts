// Special assignments (særskilte oppdrag) of a letter, ordered by rank with ties allowed.
// Their content is part of the letter and freezes when it is issued; their status moves on.
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { defineDeleteRoute, defineReadOneRoute, defineUpdateRoute, lockedIfWriting } from '../crud.js';
import { createAssignmentBody, listAssignmentsQuery, updateAssignmentBody } from './schema.js';
import { Assignment, Centre, GrantLetter } from '../../../models/index.js';
import { authorize, confinedCentreId } from '../../../policies/index.js';
import { assignmentSchema, presentAssignment } from '../../../presenters/assignment.js';
import { centreFilter, idParams, page, pageOptions, pageSchema } from '../common.js';
import { withTransaction } from '../../../db/transaction.js';
import { recordAudit } from '../../../audit.js';
import { Conflict, fieldError } from '../../../errors.js';

const entityType = 'Assignment';
const include = [
  { model: Centre, as: 'centre' },
  { model: GrantLetter, as: 'letter' },
];

async function findAssignment(id: number, transaction?: Transaction) {
  return Assignment.findByPk(id, { include, ...lockedIfWriting(transaction) });
}

const recordRoutes = {
  path: '/api/assignments/:id',
  tag: 'assignments',
  params: idParams,
  entity: 'assignment',
  entityType,
  find: ({ id }: { id: number }, transaction?: Transaction) => findAssignment(id, transaction),
  present: presentAssignment,
  schema: assignmentSchema,
  centreIdOf: (assignment: Assignment) => assignment.centreId,
};

const issuedConflict = (letter: GrantLetter) =>
  Conflict(`Letter ${letter.id} is issued; its assignments can only change status. Add new ones in a supplement.`);

export function registerAssignmentRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/assignments',
    tag: 'assignments',
    summary: 'List assignments by rank; filters centre, year, letterId, status',
    query: listAssignmentsQuery,
    response: pageSchema(assignmentSchema),
    handler: async ({ actor, query }) => {
      const letterWhere = {
        ...(query.year ? { year: query.year } : {}),
        ...(confinedCentreId(actor) !== undefined ? { status: 'issued' as const } : {}),
      };
      const { rows, count } = await Assignment.findAndCountAll({
        where: {
          ...(await centreFilter(actor, query.centre)),
          ...(query.letterId ? { letterId: query.letterId } : {}),
          ...(query.status ? { status: query.status } : {}),
        },
        include: [
          { model: Centre, as: 'centre' },
          { model: GrantLetter, as: 'letter', where: letterWhere },
        ],
        order: [
          ['letterId', 'ASC'],
          ['rank', 'ASC'],
          ['id', 'ASC'],
        ],
        ...pageOptions(query),
      });
      return page(rows.map(presentAssignment), count, query);
    },
  });

  defineReadOneRoute(router, { ...recordRoutes, summary: 'One assignment' });

  defineRoute(router, {
    method: 'post',
    path: '/api/assignments',
    tag: 'assignments',
    summary: 'Add an assignment to a letter that is not issued (case officer)',
    body: createAssignmentBody,
    status: 201,
    response: assignmentSchema,
    handler: async ({ req, actor, body }) =>
      withTransaction(async (transaction) => {
        const letter = await GrantLetter.findByPk(body.letterId, {
          include: [{ model: Centre, as: 'centre' }],
          transaction,
          lock: transaction.LOCK.UPDATE,
        });
        if (!letter) throw fieldError('body.letterId', `no letter with id ${body.letterId}`);
        authorize(actor, 'read', letter, 'letter');
        const candidate = Assignment.build({
          ...body,
          letterId: letter.id,
          centreId: letter.centreId,
          jointAssignmentId: null,
          description: body.description ?? null,
          deadlineDate: body.deadlineDate ?? null,
        });
        candidate.letter = letter;
        authorize(actor, 'create', candidate, 'assignment');
        if (letter.isLocked) throw issuedConflict(letter);
        const created = await candidate.save({ transaction });
        const after = presentAssignment((await findAssignment(created.id, transaction))!);
        await recordAudit(transaction, {
          req,
          action: 'create',
          entityType,
          entityId: created.id,
          centreId: letter.centreId,
          after,
        });
        return after;
      }),
  });

  defineUpdateRoute(router, {
    ...recordRoutes,
    summary: 'Change an assignment: anything while the letter is not issued, only status after (case officer)',
    body: updateAssignmentBody,
    check: ({ record, body }) => {
      if (record.letter!.isLocked && Object.keys(body).some((key) => key !== 'status'))
        throw issuedConflict(record.letter!);
    },
    // Setting one kind of deadline clears the other.
    changes: (body) => ({
      ...body,
      ...(body.deadlineDate ? { deadlineToBeAgreed: false } : body.deadlineToBeAgreed ? { deadlineDate: null } : {}),
    }),
  });

  defineDeleteRoute(router, {
    ...recordRoutes,
    summary: 'Remove an assignment from a letter that is not issued (case officer)',
    check: ({ record }) => {
      if (record.letter!.isLocked) throw issuedConflict(record.letter!);
    },
  });
}
