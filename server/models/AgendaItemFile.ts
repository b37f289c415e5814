import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { AgendaItem } from './AgendaItem.js';

/** A document attached to an agenda item; the bytes live in storage under a content-addressed key. */
export class AgendaItemFile extends Model<InferAttributes<AgendaItemFile>, InferCreationAttributes<AgendaItemFile>> {
  declare id: CreationOptional<number>;
  declare agendaItemId: ForeignKey<AgendaItem['id']>;
  declare filename: string;
  declare contentType: string;
  declare byteSize: number;
  declare sha256: string;
  declare storageKey: string;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare agendaItem?: NonAttribute<AgendaItem>;
}

AgendaItemFile.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    filename: { type: DataTypes.STRING(255), allowNull: false },
    contentType: { type: DataTypes.STRING(120), allowNull: false },
    byteSize: { type: DataTypes.INTEGER, allowNull: false },
    sha256: { type: DataTypes.CHAR(64), allowNull: false },
    storageKey: { type: DataTypes.STRING(191), allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'agenda_item_files', modelName: 'AgendaItemFile' },
);
