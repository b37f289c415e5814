import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';

export const organisationTypes = ['directorate', 'ministry', 'host', 'county_governor', 'user_organisation'] as const;
export type OrganisationType = (typeof organisationTypes)[number];

/** A directorate, ministry, host institution (vertsinstitusjon), county governor or user organisation. */
export class Organisation extends Model<InferAttributes<Organisation>, InferCreationAttributes<Organisation>> {
  declare id: CreationOptional<number>;
  declare code: string | null;
  declare name: string;
  declare type: OrganisationType;
  declare address: string | null;
  /** Organisasjonsnummer (nine digits) and the post e-mail a letter's footer prints. */
  declare orgNumber: CreationOptional<string | null>;
  declare email: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

Organisation.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    code: { type: DataTypes.STRING(40), allowNull: true, unique: true },
    name: { type: DataTypes.STRING(255), allowNull: false },
    type: { type: DataTypes.ENUM(...organisationTypes), allowNull: false },
    address: { type: DataTypes.STRING(255), allowNull: true },
    orgNumber: { type: DataTypes.STRING(9), allowNull: true },
    email: { type: DataTypes.STRING(255), allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'organisations', modelName: 'Organisation' },
);
