// Who a step hands work to. Active users only; roles are matched as the policies match them.
import type { Transaction } from 'sequelize';
import { User } from '../models/index.js';
import type { Role } from '../models/User.js';
import { can, type Action } from '../policies/index.js';

/**
 * The active users the policies let take `action` on `record`: among the directorate (`centreId`
 * null) or one centre's people. Who is asked to act is who may act; no second list of roles.
 */
export async function whoMay<T extends object>(
  action: Action,
  record: T,
  centreId: number | null,
  transaction: Transaction,
): Promise<User[]> {
  const users = await User.findAll({ where: { active: true, centreId }, transaction });
  return users.filter((user) => can(user, action, record));
}

/** The directorate's users with any of the roles. */
export async function directorateWith(roles: Role[], transaction: Transaction): Promise<User[]> {
  const users = await User.findAll({ where: { active: true, centreId: null }, transaction });
  return users.filter((user) => user.hasRole(...roles));
}

/** The centre's users with any of the roles (by default its leaders). */
export async function centreWith(
  centreId: number,
  transaction: Transaction,
  roles: Role[] = ['centre_leader'],
): Promise<User[]> {
  const users = await User.findAll({ where: { active: true, centreId }, transaction });
  return users.filter((user) => user.hasRole(...roles));
}

/**
 * The case officer of a letter: the one who drafted it, while active and still a case officer;
 * otherwise every case officer (someone must pick it up).
 */
export async function caseOfficersOf(createdById: number | null, transaction: Transaction): Promise<User[]> {
  const drafter = createdById === null ? null : await User.findByPk(createdById, { transaction });
  if (drafter?.active && drafter.hasRole('case_officer')) return [drafter];
  return directorateWith(['case_officer'], transaction);
}
