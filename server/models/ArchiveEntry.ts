import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { ArchiveCase } from './ArchiveCase.js';
import type { ArchiveDocument } from './ArchiveDocument.js';
import type { ArchiveParty } from './ArchiveParty.js';
import type { DeadlineSubmission } from './DeadlineSubmission.js';
import type { GrantLetter } from './GrantLetter.js';

export const entryKinds = ['letter', 'acceptance', 'hand_in'] as const;
export type EntryKind = (typeof entryKinds)[number];

/**
 * A Noark 5 registry entry (journalpost): an issued letter or supplement (outgoing), a letter's
 * acceptance or a hand-in (incoming). `journalYear`/`journalSequence` number it in the year's
 * journal; `registryNumber` (journalpostnummer, the letter's dokumentnummer in "Vår ref.") numbers
 * it in its case.
 */
export class ArchiveEntry extends Model<InferAttributes<ArchiveEntry>, InferCreationAttributes<ArchiveEntry>> {
  declare id: CreationOptional<number>;
  declare caseId: ForeignKey<ArchiveCase['id']>;
  declare journalYear: number;
  declare journalSequence: number;
  declare registryNumber: number;
  declare entryType: 'outgoing' | 'incoming';
  declare kind: EntryKind;
  declare journalDate: string;
  declare documentDate: string;
  declare title: string;
  declare caseOfficer: string;
  declare letterId: ForeignKey<GrantLetter['id']> | null;
  declare submissionId: ForeignKey<DeadlineSubmission['id']> | null;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare case?: NonAttribute<ArchiveCase>;
  declare parties?: NonAttribute<ArchiveParty[]>;
  declare documents?: NonAttribute<ArchiveDocument[]>;
}

ArchiveEntry.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    journalYear: { type: DataTypes.INTEGER, allowNull: false },
    journalSequence: { type: DataTypes.INTEGER, allowNull: false },
    registryNumber: { type: DataTypes.INTEGER, allowNull: false },
    entryType: { type: DataTypes.ENUM('outgoing', 'incoming'), allowNull: false },
    kind: { type: DataTypes.ENUM(...entryKinds), allowNull: false },
    journalDate: { type: DataTypes.DATEONLY, allowNull: false },
    documentDate: { type: DataTypes.DATEONLY, allowNull: false },
    title: { type: DataTypes.STRING(255), allowNull: false },
    caseOfficer: { type: DataTypes.STRING(255), allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  { sequelize, tableName: 'archive_entries', modelName: 'ArchiveEntry' },
);
