import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { Centre } from './Centre.js';
import type { ArchiveEntry } from './ArchiveEntry.js';

/**
 * A Noark 5 case (saksmappe): one per centre and grant year. `caseYear`/`caseSequence` (saksår,
 * sakssekvensnummer) are the year it was opened and its number in that year, never reused.
 */
export class ArchiveCase extends Model<InferAttributes<ArchiveCase>, InferCreationAttributes<ArchiveCase>> {
  declare id: CreationOptional<number>;
  declare centreId: ForeignKey<Centre['id']>;
  declare year: number;
  declare caseYear: number;
  declare caseSequence: number;
  declare caseDate: string;
  declare title: string;
  declare caseResponsible: string;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare centre?: NonAttribute<Centre>;
  declare entries?: NonAttribute<ArchiveEntry[]>;
}

ArchiveCase.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    year: { type: DataTypes.INTEGER, allowNull: false },
    caseYear: { type: DataTypes.INTEGER, allowNull: false },
    caseSequence: { type: DataTypes.INTEGER, allowNull: false },
    caseDate: { type: DataTypes.DATEONLY, allowNull: false },
    title: { type: DataTypes.STRING(255), allowNull: false },
    caseResponsible: { type: DataTypes.STRING(255), allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'archive_cases', modelName: 'ArchiveCase' },
);
