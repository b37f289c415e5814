import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import type { GrantLetter } from './GrantLetter.js';

export const meetingStatuses = ['planned', 'scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

/** A steering meeting (styringsmøte): a fixed date, or only a planned month until one is agreed. */
export class SteeringMeeting extends Model<InferAttributes<SteeringMeeting>, InferCreationAttributes<SteeringMeeting>> {
  declare id: CreationOptional<number>;
  declare centreId: ForeignKey<Centre['id']>;
  declare year: number;
  declare sequence: number;
  declare meetingDate: string | null;
  declare plannedMonth: number | null;
  declare status: MeetingStatus;
  declare location: string | null;
  declare letterId: ForeignKey<GrantLetter['id']> | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare centre?: NonAttribute<Centre>;
}

SteeringMeeting.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    year: { type: DataTypes.INTEGER, allowNull: false },
    sequence: { type: DataTypes.INTEGER, allowNull: false },
    meetingDate: { type: DataTypes.DATEONLY, allowNull: true },
    plannedMonth: { type: DataTypes.TINYINT, allowNull: true },
    status: { type: DataTypes.ENUM(...meetingStatuses), allowNull: false },
    location: { type: DataTypes.STRING(255), allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'steering_meetings', modelName: 'SteeringMeeting' },
);
