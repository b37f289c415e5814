import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { User } from './User.js';
import { jsonText } from './jsonText.js';

/** One recorded write: who did what to which record, with the record before and after. Never updated. */
export class AuditEvent extends Model<InferAttributes<AuditEvent>, InferCreationAttributes<AuditEvent>> {
  declare id: CreationOptional<number>;
  declare actorId: ForeignKey<User['id']> | null;
  declare actorEmail: string | null;
  declare action: string;
  declare entityType: string;
  declare entityId: string | null;
  declare centreId: number | null;
  declare beforeData: unknown;
  declare afterData: unknown;
  declare requestId: string | null;
  declare createdAt: CreationOptional<Date>;

  // associations
  declare actor?: NonAttribute<User | null>;
}

AuditEvent.init(
  {
    id: { type: DataTypes.BIGINT, autoIncrement: true, primaryKey: true },
    actorEmail: { type: DataTypes.STRING(255), allowNull: true },
    action: { type: DataTypes.STRING(40), allowNull: false },
    entityType: { type: DataTypes.STRING(60), allowNull: false },
    entityId: { type: DataTypes.STRING(60), allowNull: true },
    centreId: { type: DataTypes.INTEGER, allowNull: true },
    beforeData: jsonText<unknown>('beforeData', { allowNull: true, long: true }),
    afterData: jsonText<unknown>('afterData', { allowNull: true, long: true }),
    requestId: { type: DataTypes.STRING(64), allowNull: true },
    createdAt: DataTypes.DATE(3),
  },
  { sequelize, tableName: 'audit_events', modelName: 'AuditEvent', updatedAt: false },
);
