import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { GrantLetter } from './GrantLetter.js';

/** A main priority area (hovedsatsingsområde) of a letter, in order. */
export class PriorityArea extends Model<InferAttributes<PriorityArea>, InferCreationAttributes<PriorityArea>> {
  declare id: CreationOptional<number>;
  declare letterId: ForeignKey<GrantLetter['id']>;
  declare position: number;
  declare title: string;
  declare description: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

PriorityArea.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    position: { type: DataTypes.INTEGER, allowNull: false },
    title: { type: DataTypes.STRING(500), allowNull: false },
    description: { type: DataTypes.TEXT, allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'priority_areas', modelName: 'PriorityArea' },
);
