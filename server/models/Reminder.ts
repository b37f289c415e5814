import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Deadline } from './Deadline.js';
import type { User } from './User.js';
import type { OutboxEmail } from './OutboxEmail.js';

export const reminderStatuses = ['pending', 'sent', 'cancelled', 'failed'] as const;
export type ReminderStatus = (typeof reminderStatuses)[number];

/**
 * One reminder: a step (days from the due date) of one deadline to one person. Unique on
 * (deadline, due date, step, user): a moved due date gets its own reminders; nothing else repeats.
 */
export class Reminder extends Model<InferAttributes<Reminder>, InferCreationAttributes<Reminder>> {
  declare id: CreationOptional<number>;
  declare deadlineId: ForeignKey<Deadline['id']>;
  declare dueDate: string;
  declare step: number;
  declare userId: ForeignKey<User['id']>;
  declare sendOn: string;
  declare status: CreationOptional<ReminderStatus>;
  declare outboxEmailId: ForeignKey<OutboxEmail['id']> | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  declare user?: NonAttribute<User>;
  declare deadline?: NonAttribute<Deadline>;
  declare outboxEmail?: NonAttribute<OutboxEmail | null>;
}

Reminder.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    dueDate: { type: DataTypes.DATEONLY, allowNull: false },
    step: { type: DataTypes.INTEGER, allowNull: false },
    sendOn: { type: DataTypes.DATEONLY, allowNull: false },
    status: { type: DataTypes.ENUM(...reminderStatuses), allowNull: false, defaultValue: 'pending' },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'reminders', modelName: 'Reminder' },
);
