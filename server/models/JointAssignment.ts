import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { User } from './User.js';
import type { Assignment } from './Assignment.js';

/** A joint assignment (felles oppdrag) given to several centres: one Assignment per centre points here. */
export class JointAssignment extends Model<InferAttributes<JointAssignment>, InferCreationAttributes<JointAssignment>> {
  declare id: CreationOptional<number>;
  declare year: number;
  declare title: string;
  declare description: string | null;
  declare createdById: ForeignKey<User['id']> | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare assignments?: NonAttribute<Assignment[]>;
}

JointAssignment.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    year: { type: DataTypes.INTEGER, allowNull: false },
    title: { type: DataTypes.STRING(500), allowNull: false },
    description: { type: DataTypes.TEXT, allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'joint_assignments', modelName: 'JointAssignment' },
);
