import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import { jsonText } from './jsonText.js';

/** A centre's regional team (e.g. NAPHA's Team Nord) and the counties it covers. */
export class CentreTeam extends Model<InferAttributes<CentreTeam>, InferCreationAttributes<CentreTeam>> {
  declare id: CreationOptional<number>;
  declare centreId: ForeignKey<Centre['id']>;
  declare position: number;
  declare name: string;
  declare regions: string[];
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

CentreTeam.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    position: { type: DataTypes.INTEGER, allowNull: false },
    name: { type: DataTypes.STRING(120), allowNull: false },
    regions: jsonText<string[]>('regions'),
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'centre_teams', modelName: 'CentreTeam' },
);
