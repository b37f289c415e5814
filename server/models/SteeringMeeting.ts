import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import type { GrantLetter } from './GrantLetter.js';
import type { MeetingParticipant } from './MeetingParticipant.js';
import type { AgendaItem } from './AgendaItem.js';
import type { MeetingMinutes } from './MeetingMinutes.js';

export const meetingStatuses = ['planned', 'scheduled', 'held', 'cancelled'] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];
export const agendaStatuses = ['open', 'final'] as const;
export type AgendaStatus = (typeof agendaStatuses)[number];
export const meetingSides = ['directorate', 'centre'] as const;
/** Which side of the steering dialogue a person or an agenda item belongs to. */
export type MeetingSide = (typeof meetingSides)[number];

/**
 * A steering meeting (styringsmøte): a fixed date, or only a planned month until one is agreed.
 * The time is Oslo wall-clock time ("10:00") on that date. `invitationSequence` is the calendar
 * invitation's SEQUENCE: raised on every change that calendars must pick up.
 */
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
  declare startTime: CreationOptional<string | null>;
  declare durationMinutes: CreationOptional<number>;
  declare videoLink: CreationOptional<string | null>;
  declare invitationSequence: CreationOptional<number>;
  declare invitedAt: CreationOptional<Date | null>;
  declare agendaStatus: CreationOptional<AgendaStatus>;
  declare agendaFinalisedAt: CreationOptional<Date | null>;
  declare packStorageKey: CreationOptional<string | null>;
  declare packSha256: CreationOptional<string | null>;
  declare packStoredAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare centre?: NonAttribute<Centre>;
  declare participants?: NonAttribute<MeetingParticipant[]>;
  declare agendaItems?: NonAttribute<AgendaItem[]>;
  declare minutes?: NonAttribute<MeetingMinutes | null>;
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
    startTime: { type: DataTypes.STRING(5), allowNull: true },
    durationMinutes: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 120 },
    videoLink: { type: DataTypes.STRING(500), allowNull: true },
    invitationSequence: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
    invitedAt: { type: DataTypes.DATE, allowNull: true },
    agendaStatus: { type: DataTypes.ENUM(...agendaStatuses), allowNull: false, defaultValue: 'open' },
    agendaFinalisedAt: { type: DataTypes.DATE, allowNull: true },
    packStorageKey: { type: DataTypes.STRING(191), allowNull: true },
    packSha256: { type: DataTypes.CHAR(64), allowNull: true },
    packStoredAt: { type: DataTypes.DATE, allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'steering_meetings', modelName: 'SteeringMeeting' },
);
