import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { MeetingMinutes } from './MeetingMinutes.js';
import type { User } from './User.js';
import type { Deadline } from './Deadline.js';

/** A follow-up (oppfølgingspunkt) agreed in the minutes; it becomes a Deadline when they are locked. */
export class ActionItem extends Model<InferAttributes<ActionItem>, InferCreationAttributes<ActionItem>> {
  declare id: CreationOptional<number>;
  declare meetingMinutesId: ForeignKey<MeetingMinutes['id']>;
  declare position: number;
  declare title: string;
  declare ownerId: ForeignKey<User['id']> | null;
  declare dueDate: string;
  declare deadlineId: ForeignKey<Deadline['id']> | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare owner?: NonAttribute<User | null>;
  declare deadline?: NonAttribute<Deadline | null>;
}

ActionItem.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    position: { type: DataTypes.INTEGER, allowNull: false },
    title: { type: DataTypes.STRING(500), allowNull: false },
    dueDate: { type: DataTypes.DATEONLY, allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'action_items', modelName: 'ActionItem' },
);
