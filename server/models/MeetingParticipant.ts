import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { SteeringMeeting } from './SteeringMeeting.js';
import type { User } from './User.js';
import { meetingSides } from './SteeringMeeting.js';
import type { MeetingSide } from './SteeringMeeting.js';

/** Someone invited to a steering meeting: a user of the app, or a guest known only by e-mail. */
export class MeetingParticipant extends Model<
  InferAttributes<MeetingParticipant>,
  InferCreationAttributes<MeetingParticipant>
> {
  declare id: CreationOptional<number>;
  declare steeringMeetingId: ForeignKey<SteeringMeeting['id']>;
  declare userId: ForeignKey<User['id']> | null;
  declare name: string;
  declare email: string;
  declare side: MeetingSide;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

MeetingParticipant.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    name: { type: DataTypes.STRING(200), allowNull: false },
    email: { type: DataTypes.STRING(255), allowNull: false },
    side: { type: DataTypes.ENUM(...meetingSides), allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'meeting_participants', modelName: 'MeetingParticipant' },
);
