import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import type { GrantLetter } from './GrantLetter.js';
import type { Assignment } from './Assignment.js';
import type { SteeringMeeting } from './SteeringMeeting.js';
import type { User } from './User.js';

import { deadlineKinds } from './deadlineKinds.js';
import type { DeadlineKind } from './deadlineKinds.js';

export { deadlineKinds };
export type { DeadlineKind };
export const deadlineStatuses = [
  'upcoming',
  'due_soon',
  'overdue',
  'submitted',
  'accepted',
  'returned',
  'cancelled',
] as const;
export type DeadlineStatus = (typeof deadlineStatuses)[number];
/** Statuses in which the centre still owes something; only these move with the calendar. */
export const openDeadlineStatuses: DeadlineStatus[] = ['upcoming', 'due_soon', 'overdue', 'returned'];

/** A due date (frist) for one centre: plan, accounts, report, an assignment, meeting preparation or an action item. */
export class Deadline extends Model<InferAttributes<Deadline>, InferCreationAttributes<Deadline>> {
  declare id: CreationOptional<number>;
  declare centreId: ForeignKey<Centre['id']>;
  declare year: number;
  declare kind: DeadlineKind;
  declare title: string;
  declare dueDate: string;
  // The year the hand-in is about, e.g. accounts for 2008 are due in 2009.
  declare periodYear: number | null;
  declare status: CreationOptional<DeadlineStatus>;
  declare letterId: ForeignKey<GrantLetter['id']> | null;
  declare assignmentId: ForeignKey<Assignment['id']> | null;
  declare steeringMeetingId: ForeignKey<SteeringMeeting['id']> | null;
  // Who must do it, when not the centre's leaders (an action item owned by a case officer);
  // reminders go to this person instead.
  declare ownerId: CreationOptional<ForeignKey<User['id']> | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare centre?: NonAttribute<Centre>;
  declare letter?: NonAttribute<GrantLetter | null>;
  declare steeringMeeting?: NonAttribute<SteeringMeeting | null>;
  declare owner?: NonAttribute<User | null>;
}

Deadline.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    year: { type: DataTypes.INTEGER, allowNull: false },
    kind: { type: DataTypes.ENUM(...deadlineKinds), allowNull: false },
    title: { type: DataTypes.STRING(500), allowNull: false },
    dueDate: { type: DataTypes.DATEONLY, allowNull: false },
    periodYear: { type: DataTypes.INTEGER, allowNull: true },
    status: { type: DataTypes.ENUM(...deadlineStatuses), allowNull: false, defaultValue: 'upcoming' },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'deadlines', modelName: 'Deadline' },
);
