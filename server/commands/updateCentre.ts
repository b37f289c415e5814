// Changes a centre (admin) in one transaction with its audit row: its fields, its host, and its teams
// when given (they replace the stored ones in order).
import type { Request } from 'express';
import type { InferCreationAttributes } from 'sequelize';
import type { Centre, User } from '../models/index.js';
import { authorize } from '../policies/index.js';
import { withTransaction } from '../db/transaction.js';
import { recordAudit } from '../audit.js';
import { presentCentre } from '../presenters/centre.js';
import { checkHost, findCentre, replaceTeams } from './centreParts.js';

export type CentreChanges = Partial<Omit<InferCreationAttributes<Centre>, 'id' | 'code'>> & {
  teams?: { name: string; regions: string[] }[];
};

/** Answers the centre as now presented. */
export function updateCentre(actor: User, code: string, changes: CentreChanges, req: Request) {
  return withTransaction(async (transaction) => {
    const centre = await findCentre(code, transaction);
    authorize(actor, 'update', centre, 'centre');
    const before = presentCentre(centre);
    const { teams, ...attributes } = changes;
    await checkHost(changes.hostOrganisationId, transaction);
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
  });
}
