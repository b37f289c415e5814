// The create, read-one, update and delete routes most resources share: load the record (locked for
// a write) or the parent a creation is asked of, authorize, write in one transaction, and audit the
// record with its presented form before and after. A resource adds its own checks through `check`
// (or in `create`). The rule for every write: its transaction and audit row belong to one of the two
// route shapes (this file and steering-meetings/meetingChangeRoute.ts) or to a command in
// server/commands; no other route imports db/transaction or audit (eslint.config.js).
import type { EntityName } from '../../i18n/entityNames.js';
import type { Router } from 'express';
import type { Model, Transaction } from 'sequelize';
import type { z } from 'zod';
import { defineRoute } from '../defineRoute.js';
import { authorize } from '../../policies/index.js';
import { withTransaction } from '../../db/transaction.js';
import { recordAudit } from '../../audit.js';
import type { User } from '../../models/index.js';

interface RecordRoutes<P extends z.ZodType, R extends Model, Out> {
  /** Express path with its parameter, e.g. /api/deadlines/:id */
  path: string;
  tag: string;
  params: P;
  /** The noun used in 404 answers: "deadline" */
  entity: EntityName;
  /** The model name in the audit trail: "Deadline" */
  entityType: string;
  /** Loads the record with what its presenter needs; locks it when given a transaction. */
  find: (params: z.output<P>, transaction?: Transaction) => Promise<R | null>;
  present: (record: R) => Out;
  schema: z.ZodType;
  centreIdOf: (record: R) => number | null;
}

/**
 * POST a new record: inside one transaction, `authorize` finds what the creation is asked of (a
 * centre, a letter, `system`) and authorizes it, `create` checks and saves the record, `present`
 * reloads it as the answer; the audit row ('create') carries that answer. Answers 201.
 */
export function defineCreateRoute<B extends z.ZodType, Parent, R extends Model, Out>(
  router: Router,
  spec: {
    /** Express path of the collection, e.g. /api/deadlines */
    path: string;
    tag: string;
    summary: string;
    description?: string;
    body: B;
    schema: z.ZodType;
    /** The model name in the audit trail: "Deadline" */
    entityType: string;
    /** Finds the parent and authorizes the creation against it; throws 400 (no such parent), 404 or 403. */
    authorize: (input: { actor: User; body: z.output<B>; transaction: Transaction }) => Promise<Parent> | Parent;
    /** Checks and saves the record; throw a ProblemError to refuse (nothing is written). */
    create: (input: { actor: User; body: z.output<B>; parent: Parent; transaction: Transaction }) => Promise<R>;
    /** The saved record as the answer sends it, reloaded with what its presenter needs. */
    present: (record: R, input: { actor: User; transaction: Transaction }) => Promise<Out> | Out;
    centreIdOf: (record: R) => number | null;
  },
) {
  defineRoute(router, {
    method: 'post',
    path: spec.path,
    tag: spec.tag,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    body: spec.body,
    status: 201,
    response: spec.schema,
    handler: async ({ req, actor, body }) =>
      withTransaction(async (transaction) => {
        const parent = await spec.authorize({ actor, body, transaction });
        const record = await spec.create({ actor, body, parent, transaction });
        const after = await spec.present(record, { actor, transaction });
        await recordAudit(transaction, {
          req,
          action: 'create',
          entityType: spec.entityType,
          entityId: String(record.get('id')),
          centreId: spec.centreIdOf(record),
          after,
        });
        return after;
      }),
  });
}

export function defineReadOneRoute<P extends z.ZodType, R extends Model, Out>(
  router: Router,
  spec: RecordRoutes<P, R, Out> & { summary: string },
) {
  defineRoute(router, {
    method: 'get',
    path: spec.path,
    tag: spec.tag,
    summary: spec.summary,
    params: spec.params,
    response: spec.schema,
    handler: async ({ actor, params }) => {
      const record = await spec.find(params);
      authorize(actor, 'read', record, spec.entity);
      return spec.present(record);
    },
  });
}

export function defineUpdateRoute<P extends z.ZodType, B extends z.ZodType, R extends Model, Out>(
  router: Router,
  spec: RecordRoutes<P, R, Out> & {
    summary: string;
    body: B;
    /** Resource rules beyond the policy; throw a ProblemError to refuse. */
    check?: (input: { actor: User; record: R; body: z.output<B>; transaction: Transaction }) => Promise<void> | void;
    /** The attributes to write; the body itself by default. */
    changes?: (body: z.output<B>, record: R) => object;
  },
) {
  defineRoute(router, {
    method: 'patch',
    path: spec.path,
    tag: spec.tag,
    summary: spec.summary,
    params: spec.params,
    body: spec.body,
    response: spec.schema,
    handler: async ({ req, actor, params, body }) =>
      withTransaction(async (transaction) => {
        const record = await spec.find(params, transaction);
        authorize(actor, 'update', record, spec.entity);
        await spec.check?.({ actor, record, body, transaction });
        const before = spec.present(record);
        await record.update(spec.changes ? spec.changes(body, record) : (body as object), { transaction });
        const after = spec.present(record);
        await recordAudit(transaction, {
          req,
          action: 'update',
          entityType: spec.entityType,
          entityId: String(record.get('id')),
          centreId: spec.centreIdOf(record),
          before,
          after,
        });
        return after;
      }),
  });
}

export function defineDeleteRoute<P extends z.ZodType, R extends Model, Out>(
  router: Router,
  spec: RecordRoutes<P, R, Out> & {
    summary: string;
    check?: (input: { actor: User; record: R; transaction: Transaction }) => Promise<void> | void;
  },
) {
  defineRoute(router, {
    method: 'delete',
    path: spec.path,
    tag: spec.tag,
    summary: spec.summary,
    params: spec.params,
    status: 204,
    handler: async ({ req, actor, params }) =>
      withTransaction(async (transaction) => {
        const record = await spec.find(params, transaction);
        authorize(actor, 'delete', record, spec.entity);
        await spec.check?.({ actor, record, transaction });
        const before = spec.present(record);
        await record.destroy({ transaction });
        await recordAudit(transaction, {
          req,
          action: 'delete',
          entityType: spec.entityType,
          entityId: String(record.get('id')),
          centreId: spec.centreIdOf(record),
          before,
        });
      }),
  });
}
