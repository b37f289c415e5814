import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Organisation } from './Organisation.js';
import type { CentreTeam } from './CentreTeam.js';

export const centreScopes = ['national', 'regional'] as const;
export type CentreScope = (typeof centreScopes)[number];

/** A competence centre (kompetansesenter) funded through yearly grant letters. */
export class Centre extends Model<InferAttributes<Centre>, InferCreationAttributes<Centre>> {
  declare id: CreationOptional<number>;
  declare code: string;
  declare name: string;
  declare group: string | null;
  declare scope: CentreScope;
  declare hostOrganisationId: ForeignKey<Organisation['id']> | null;
  declare city: string | null;
  declare address: string | null;
  declare established: number | null;
  declare staffApprox: number | null;
  declare active: CreationOptional<boolean>;
  declare note: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare hostOrganisation?: NonAttribute<Organisation | null>;
  declare teams?: NonAttribute<CentreTeam[]>;
}

Centre.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    code: { type: DataTypes.STRING(40), allowNull: false, unique: true },
    name: { type: DataTypes.STRING(255), allowNull: false },
    group: { type: DataTypes.STRING(40), allowNull: true, field: 'centre_group' },
    scope: { type: DataTypes.ENUM(...centreScopes), allowNull: false },
    city: { type: DataTypes.STRING(120), allowNull: true },
    address: { type: DataTypes.STRING(255), allowNull: true },
    established: { type: DataTypes.INTEGER, allowNull: true },
    staffApprox: { type: DataTypes.INTEGER, allowNull: true },
    active: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
    note: { type: DataTypes.TEXT, allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'centres', modelName: 'Centre' },
);
