import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { ArchiveEntry } from './ArchiveEntry.js';

/**
 * A document of a registry entry (dokumentbeskrivelse with its one dokumentobjekt): the stored file
 * under `storageKey`, its format, size and SHA-256 (the bytes of that file, as served).
 */
export class ArchiveDocument extends Model<InferAttributes<ArchiveDocument>, InferCreationAttributes<ArchiveDocument>> {
  declare id: CreationOptional<number>;
  declare entryId: ForeignKey<ArchiveEntry['id']>;
  declare documentNumber: number;
  declare role: 'main' | 'attachment';
  declare title: string;
  declare filename: string;
  declare format: string;
  declare contentType: string;
  declare byteSize: number;
  declare sha256: string;
  declare storageKey: string;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

ArchiveDocument.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    documentNumber: { type: DataTypes.INTEGER, allowNull: false },
    role: { type: DataTypes.ENUM('main', 'attachment'), allowNull: false },
    title: { type: DataTypes.STRING(255), allowNull: false },
    filename: { type: DataTypes.STRING(255), allowNull: false },
    format: { type: DataTypes.STRING(40), allowNull: false },
    contentType: { type: DataTypes.STRING(120), allowNull: false },
    byteSize: { type: DataTypes.INTEGER, allowNull: false },
    sha256: { type: DataTypes.CHAR(64), allowNull: false },
    storageKey: { type: DataTypes.STRING(255), allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'archive_documents', modelName: 'ArchiveDocument' },
);
