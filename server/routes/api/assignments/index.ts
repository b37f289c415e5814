// Special assignments (særskilte oppdrag) of a letter, ordered by rank with ties allowed.
// Their content is part of the letter and freezes when it is issued; their status moves on.
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute, defineDeleteRoute, defineReadOneRoute, defineUpdateRoute } from '../crud.js';
import { lockedIfWriting } from '../../../db/lockedIfWriting.js';
import { createAssignmentBody, listAssignmentsQuery, updateAssignmentBody } from './schema.js';
import { Assignment, Centre, GrantLetter } from '../../../models/index.js';
import { authorize, confinedCentreId } from '../../../policies/index.js';
import {
  assignmentDetailSchema,
  assignmentSchema,
  presentAssignment,
  presentAssignmentDetail,
} from '../../../presenters/assignment.js';
import { centreFilter, idParams, page, pageOptions, pageSchema } from '../common.js';
import { fieldError } from '../../../errors.js';
import { assertLetterEditable } from '../../../letters/letterEditable.js';
import { say } from '../../../i18n/language.js';
import { assignmentHistory, carriedFromInclude } from '../../../letters/assignmentHistory.js';
import { checkAssignmentYears } from '../../../letters/assignmentYears.js';
import { withReportResults } from '../../../reports/assignmentResults.js';

const entityType = 'Assignment';
const include = [{ model: Centre, as: 'centre' }, { model: GrantLetter, as: 'letter' }, carriedFromInclude];

/** The assignment with what its detail shows, its history across the years too. */
async function findAssignment(id: number, transaction?: Transaction) {
  const assignment = await Assignment.findByPk(id, { include, ...lockedIfWriting(transaction) });
  if (assignment) assignment.history = await withReportResults(await assignmentHistory(assignment.id, transaction));
  return assignment;
}

const recordRoutes = {
  path: '/api/assignments/:id',
  tag: 'assignments',
  params: idParams,
  entity: 'assignment' as const,
  entityType,
  find: ({ id }: { id: number }, transaction?: Transaction) => findAssignment(id, transaction),
  present: presentAssignmentDetail,
  schema: assignmentDetailSchema,
  centreIdOf: (assignment: Assignment) => assignment.centreId,
};

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
          carriedFromInclude,
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

  defineCreateRoute(router, {
    path: '/api/assignments',
    tag: 'assignments',
    summary: 'Add an assignment to a letter that is not issued (case officer)',
    body: createAssignmentBody,
    schema: assignmentDetailSchema,
    entityType,
    authorize: async ({ actor, body, transaction }) => {
      const letter = await GrantLetter.findByPk(body.letterId, {
        include: [{ model: Centre, as: 'centre' }],
        transaction,
        lock: transaction.LOCK.UPDATE,
      });
      if (!letter)
        throw fieldError(
          'body.letterId',
          say(`finnes ikke noe brev med id ${body.letterId}`, `no letter with id ${body.letterId}`),
        );
      authorize(actor, 'createAssignment', letter, 'letter');
      return letter;
    },
    create: ({ body, parent: letter, transaction }) => {
      assertLetterEditable(letter);
      const years = { startYear: body.startYear ?? null, endYear: body.endYear ?? null };
      checkAssignmentYears(years, letter.year);
      return Assignment.build({
        ...body,
        ...years,
        letterId: letter.id,
        centreId: letter.centreId,
        jointAssignmentId: null,
        description: body.description ?? null,
        deadlineDate: body.deadlineDate ?? null,
      }).save({ transaction });
    },
    present: async (created, { transaction }) =>
      presentAssignmentDetail((await findAssignment(created.id, transaction))!),
    centreIdOf: (assignment) => assignment.centreId,
  });

  defineUpdateRoute(router, {
    ...recordRoutes,
    summary: 'Change an assignment: anything while its letter is a draft, only its status after (case officer)',
    body: updateAssignmentBody,
    // Progress (status) is follow-up, not letter content: it may change at any time.
    check: ({ record, body }) => {
      if (Object.keys(body).some((key) => key !== 'status')) assertLetterEditable(record.letter!);
      checkAssignmentYears(
        {
          startYear: body.startYear === undefined ? record.startYear : body.startYear,
          endYear: body.endYear === undefined ? record.endYear : body.endYear,
        },
        record.letter!.year,
      );
    },
    // Setting one kind of deadline clears the other.
    changes: (body) => ({
      ...body,
      ...(body.deadlineDate ? { deadlineToBeAgreed: false } : body.deadlineToBeAgreed ? { deadlineDate: null } : {}),
    }),
  });

  defineDeleteRoute(router, {
    ...recordRoutes,
    summary: 'Remove an assignment from a draft letter (case officer)',
    check: ({ record }) => assertLetterEditable(record.letter!),
  });
}
