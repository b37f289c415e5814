import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import type { OutboxEmail } from './OutboxEmail.js';
import type { User } from './User.js';

/**
 * A step handed work to a person (a letter waits for approval, a hand-in for review …). One row
 * per (step, person), by its dedupe key; sent as an e-mail of its own, or in the person's digest
 * (outboxEmailId is null until the digest is written).
 */
export class Notification extends Model<InferAttributes<Notification>, InferCreationAttributes<Notification>> {
  declare id: CreationOptional<number>;
  declare dedupeKey: string;
  declare kind: string;
  declare userId: ForeignKey<User['id']>;
  declare centreId: ForeignKey<Centre['id']> | null;
  declare title: string;
  declare body: string;
  /** The client path where the person acts, e.g. /letters/12. */
  declare link: string;
  declare outboxEmailId: CreationOptional<ForeignKey<OutboxEmail['id']> | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare user?: NonAttribute<User>;
  declare centre?: NonAttribute<Centre | null>;
}

Notification.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    dedupeKey: { type: DataTypes.STRING(191), allowNull: false, unique: true },
    kind: { type: DataTypes.STRING(40), allowNull: false },
    title: { type: DataTypes.STRING(500), allowNull: false },
    body: { type: DataTypes.TEXT, allowNull: false },
    link: { type: DataTypes.STRING(300), allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'notifications', modelName: 'Notification' },
);
