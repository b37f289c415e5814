import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { SteeringMeeting } from './SteeringMeeting.js';
import type { User } from './User.js';
import type { ActionItem } from './ActionItem.js';
import { jsonText } from './jsonText.js';

/**
 * The minutes (referat) of a steering meeting: a summary, the decisions and the action items.
 * One person from each side approves; with both approvals they are locked for good.
 */
export class MeetingMinutes extends Model<InferAttributes<MeetingMinutes>, InferCreationAttributes<MeetingMinutes>> {
  declare id: CreationOptional<number>;
  declare steeringMeetingId: ForeignKey<SteeringMeeting['id']>;
  declare summary: string | null;
  declare decisions: string[];
  declare directorateApprovedById: ForeignKey<User['id']> | null;
  declare directorateApprovedAt: Date | null;
  declare centreApprovedById: ForeignKey<User['id']> | null;
  declare centreApprovedAt: Date | null;
  declare lockedAt: Date | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare actionItems?: NonAttribute<ActionItem[]>;
  declare directorateApprovedBy?: NonAttribute<User | null>;
  declare centreApprovedBy?: NonAttribute<User | null>;

  // methods
  get isLocked(): NonAttribute<boolean> {
    return this.lockedAt !== null;
  }
}

MeetingMinutes.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    summary: { type: DataTypes.TEXT, allowNull: true },
    decisions: jsonText<string[]>('decisions'),
    directorateApprovedAt: { type: DataTypes.DATE, allowNull: true },
    centreApprovedAt: { type: DataTypes.DATE, allowNull: true },
    lockedAt: { type: DataTypes.DATE, allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'meeting_minutes', modelName: 'MeetingMinutes' },
);
