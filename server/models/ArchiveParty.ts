import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { ArchiveEntry } from './ArchiveEntry.js';

export const partyRoles = ['sender', 'recipient', 'copy_recipient'] as const;
export type PartyRole = (typeof partyRoles)[number];

/** A correspondence party (korrespondansepart) of a registry entry: sender, recipient or copy recipient. */
export class ArchiveParty extends Model<InferAttributes<ArchiveParty>, InferCreationAttributes<ArchiveParty>> {
  declare id: CreationOptional<number>;
  declare entryId: ForeignKey<ArchiveEntry['id']>;
  declare position: number;
  declare role: PartyRole;
  declare name: string;
  declare postalAddress: string | null;
  declare email: string | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;
}

ArchiveParty.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    position: { type: DataTypes.INTEGER, allowNull: false },
    role: { type: DataTypes.ENUM(...partyRoles), allowNull: false },
    name: { type: DataTypes.STRING(255), allowNull: false },
    postalAddress: { type: DataTypes.STRING(255), allowNull: true },
    email: { type: DataTypes.STRING(255), allowNull: true },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'archive_parties', modelName: 'ArchiveParty' },
);
