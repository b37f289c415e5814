// The read-one, update and delete routes most resources share: load the record (locked for a
// write), authorize, change it in one transaction, and audit it with its presented form before
// and after. A resource adds its own checks through `check`.
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

/** findByPk with includes, locking the row when inside a transaction. */
export function lockedIfWriting(transaction?: Transaction) {
  return transaction ? { transaction, lock: transaction.LOCK.UPDATE } : {};
}
