import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import type { ReferenceGroupMember } from './ReferenceGroupMember.js';

/** A centre's advisory reference group (referansegruppe). */
export class ReferenceGroup extends Model<InferAttributes<ReferenceGroup>, InferCreationAttributes<ReferenceGroup>> {
  declare id: CreationOptional<number>;
  declare centreId: ForeignKey<Centre['id']>;
  declare name: string;
  declare mandate: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare members?: NonAttribute<ReferenceGroupMember[]>;
}

ReferenceGroup.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    name: { type: DataTypes.STRING(255), allowNull: false },
    mandate: { type: DataTypes.TEXT, allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'reference_groups', modelName: 'ReferenceGroup' },
);
