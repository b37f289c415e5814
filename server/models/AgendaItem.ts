import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { SteeringMeeting } from './SteeringMeeting.js';
import type { User } from './User.js';
import type { StoredFile } from './StoredFile.js';
import { meetingSides } from './SteeringMeeting.js';
import type { MeetingSide } from './SteeringMeeting.js';

/** An item proposed for a steering meeting's agenda, by either side; the case officer orders them. */
export class AgendaItem extends Model<InferAttributes<AgendaItem>, InferCreationAttributes<AgendaItem>> {
  declare id: CreationOptional<number>;
  declare steeringMeetingId: ForeignKey<SteeringMeeting['id']>;
  declare position: number;
  declare title: string;
  declare description: string | null;
  declare proposedById: ForeignKey<User['id']> | null;
  declare side: MeetingSide;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare proposedBy?: NonAttribute<User | null>;
  declare files?: NonAttribute<StoredFile[]>;
  declare steeringMeeting?: NonAttribute<SteeringMeeting>;
}

AgendaItem.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    position: { type: DataTypes.INTEGER, allowNull: false },
    title: { type: DataTypes.STRING(300), allowNull: false },
    description: { type: DataTypes.TEXT, allowNull: true },
    side: { type: DataTypes.ENUM(...meetingSides), allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'agenda_items', modelName: 'AgendaItem' },
);
