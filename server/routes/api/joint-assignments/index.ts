// Joint assignments (felles oppdrag): one action gives the same assignment to several centres;
// progress is followed per centre and rolled up. Directorate only; centres see their own copy.
import type { Router } from 'express';
import type { Transaction } from 'sequelize';
import { defineRoute } from '../../defineRoute.js';
import { defineCreateRoute } from '../crud.js';
import { createJointAssignmentBody, listJointAssignmentsQuery } from './schema.js';
import { Assignment, Centre, GrantLetter, JointAssignment } from '../../../models/index.js';
import { authorize, system } from '../../../policies/index.js';
import { jointAssignmentSchema, presentJointAssignment } from '../../../presenters/jointAssignment.js';
import { centreByCode, idParams, page, pageOptions, pageSchema } from '../common.js';
import { giveJointAssignment } from '../../../commands/giveJointAssignment.js';
import { say } from '../../../i18n/language.js';

const withCopies = {
  include: [
    {
      model: Assignment,
      as: 'assignments',
      include: [
        { model: Centre, as: 'centre' },
        { model: GrantLetter, as: 'letter' },
      ],
    },
  ],
};

const findJoint = (id: number, transaction?: Transaction) =>
  JointAssignment.findByPk(id, { ...withCopies, transaction });

export function registerJointAssignmentRoutes(router: Router) {
  defineRoute(router, {
    method: 'get',
    path: '/api/joint-assignments',
    tag: 'assignments',
    summary: 'Joint assignments with progress per centre and in total (directorate)',
    query: listJointAssignmentsQuery,
    response: pageSchema(jointAssignmentSchema),
    handler: async ({ actor, query }) => {
      authorize(
        actor,
        'listJointAssignments',
        system,
        'joint assignments',
        say(
          'Felles oppdrag følges opp av direktoratet; se /api/assignments.',
          'Joint assignments are followed by the directorate; see /api/assignments.',
        ),
      );
      const where = query.year ? { year: query.year } : {};
      const count = await JointAssignment.count({ where });
      const rows = await JointAssignment.findAll({
        where,
        ...withCopies,
        order: [
          ['year', 'DESC'],
          ['id', 'DESC'],
        ],
        ...pageOptions(query),
      });
      return page(rows.map(presentJointAssignment), count, query);
    },
  });

  defineRoute(router, {
    method: 'get',
    path: '/api/joint-assignments/:id',
    tag: 'assignments',
    summary: 'One joint assignment: each centre’s copy, its letter and status, and the roll-up',
    params: idParams,
    response: jointAssignmentSchema,
    handler: async ({ actor, params }) => {
      const joint = await findJoint(params.id);
      authorize(actor, 'read', joint, 'joint assignment');
      return presentJointAssignment(joint);
    },
  });

  defineCreateRoute(router, {
    path: '/api/joint-assignments',
    tag: 'assignments',
    summary:
      'Give one assignment to several centres: into each draft main letter, or a draft supplement once the main letter is approved or issued (case officer)',
    body: createJointAssignmentBody,
    schema: jointAssignmentSchema,
    entityType: 'JointAssignment',
    authorize: async ({ actor, body }) => {
      const centres = await Promise.all(body.centres.map((code, i) => centreByCode(code, `body.centres.${i}`)));
      authorize(actor, 'createJointAssignment', system, 'joint assignment');
      return centres;
    },
    create: ({ actor, body, parent: centres, transaction }) =>
      giveJointAssignment(actor, { ...body, centres }, transaction),
    present: async (joint, { transaction }) => presentJointAssignment((await findJoint(joint.id, transaction))!),
    centreIdOf: () => null,
  });
}
