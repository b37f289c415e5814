// Changes a user (admin) in one transaction with its audit row: details, roles, centre, password or
// the active flag. A new password or a deactivation ends the user's sessions (middlewares/currentUser).
import type { Request } from 'express';
import type { Transaction } from 'sequelize';
import { Centre, User } from '../models/index.js';
import type { Role } from '../models/User.js';
import { authorize } from '../policies/index.js';
import { withTransaction } from '../db/transaction.js';
import { lockedIfWriting } from '../db/lockedIfWriting.js';
import { recordAudit } from '../audit.js';
import { presentUser } from '../presenters/user.js';
import { checkRolesFitCentre } from './userRoles.js';

export interface UserChanges {
  email?: string;
  name?: string;
  title?: string | null;
  roles?: Role[];
  active?: boolean;
  /** The centre looked up by its code; null clears it, undefined leaves it. */
  centre?: Centre | null;
  /** Hashed before the transaction, so the lock is not held while hashing. */
  passwordHash?: string;
}

export function findUser(id: number, transaction?: Transaction) {
  return User.findByPk(id, { include: [{ model: Centre, as: 'centre' }], ...lockedIfWriting(transaction) });
}

/**
 * Answers the user as now presented, and the actor's own new credential version when they changed
 * themselves, so the caller keeps this session once committed.
 */
export function updateUser(actor: User, userId: number, changes: UserChanges, req: Request) {
  return withTransaction(async (transaction) => {
    const user = await findUser(userId, transaction);
    authorize(actor, 'update', user, 'user');
    const before = presentUser(user);
    const { centre, passwordHash } = changes;
    const centreId = centre === undefined ? user.centreId : (centre?.id ?? null);
    checkRolesFitCentre(changes.roles ?? user.roles, centreId);
    const endSessions = passwordHash !== undefined || (changes.active === false && user.active);
    await user.update(
      {
        ...(endSessions ? { credentialVersion: user.credentialVersion + 1 } : {}),
        ...(changes.email !== undefined ? { email: changes.email } : {}),
        ...(changes.name !== undefined ? { name: changes.name } : {}),
        ...(changes.title !== undefined ? { title: changes.title } : {}),
        ...(changes.roles !== undefined ? { roles: changes.roles } : {}),
        ...(changes.active !== undefined ? { active: changes.active } : {}),
        ...(passwordHash ? { passwordHash } : {}),
        centreId,
      },
      { transaction },
    );
    user.centre = centre === undefined ? user.centre : centre;
    const after = presentUser(user);
    await recordAudit(transaction, {
      req,
      action: 'update',
      entityType: 'User',
      entityId: user.id,
      centreId,
      before,
      after,
    });
    return { after, ownCredentialVersion: user.id === actor.id ? user.credentialVersion : undefined };
  });
}
