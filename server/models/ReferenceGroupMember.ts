import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { ReferenceGroup } from './ReferenceGroup.js';
import type { Organisation } from './Organisation.js';

/** A member of a reference group, with the organisation they represent. */
export class ReferenceGroupMember extends Model<
  InferAttributes<ReferenceGroupMember>,
  InferCreationAttributes<ReferenceGroupMember>
> {
  declare id: CreationOptional<number>;
  declare referenceGroupId: ForeignKey<ReferenceGroup['id']>;
  declare position: number;
  declare name: string;
  declare organisationId: ForeignKey<Organisation['id']> | null;
  declare organisationName: string | null;
  declare role: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

ReferenceGroupMember.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    position: { type: DataTypes.INTEGER, allowNull: false },
    name: { type: DataTypes.STRING(255), allowNull: false },
    organisationName: { type: DataTypes.STRING(255), allowNull: true },
    role: { type: DataTypes.STRING(120), allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'reference_group_members', modelName: 'ReferenceGroupMember' },
);
