import { DataTypes, Model } from 'sequelize';
import type { CreationOptional, ForeignKey, InferAttributes, InferCreationAttributes, NonAttribute } from 'sequelize';
import { sequelize } from '../db/sequelize.js';
import type { AgendaItem } from './AgendaItem.js';
import type { DeadlineSubmission } from './DeadlineSubmission.js';

/**
 * One uploaded document: a file of a hand-in or an attachment of an agenda item (exactly one of the
 * two, checked here: MariaDB takes no CHECK on a cascading foreign key; bulkCreate with `validate: true`). The bytes live in the file storage under `storageKey`; the type was
 * checked from the bytes (storage/fileTypes) before the row was written.
 */
export class StoredFile extends Model<InferAttributes<StoredFile>, InferCreationAttributes<StoredFile>> {
  declare id: CreationOptional<number>;
  declare submissionId: ForeignKey<DeadlineSubmission['id']> | null;
  declare agendaItemId: ForeignKey<AgendaItem['id']> | null;
  declare filename: string;
  declare contentType: string;
  declare byteSize: number;
  declare sha256: string;
  declare storageKey: string;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  // associations
  declare submission?: NonAttribute<DeadlineSubmission>;
  declare agendaItem?: NonAttribute<AgendaItem>;
}

StoredFile.init(
  {
    id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
    filename: { type: DataTypes.STRING(255), allowNull: false },
    contentType: { type: DataTypes.STRING(120), allowNull: false },
    byteSize: { type: DataTypes.INTEGER, allowNull: false },
    sha256: { type: DataTypes.CHAR(64), allowNull: false },
    storageKey: { type: DataTypes.STRING(255), allowNull: false },
    createdAt: DataTypes.DATE,
    updatedAt: DataTypes.DATE,
  },
  {
    sequelize,
    tableName: 'stored_files',
    modelName: 'StoredFile',
    validate: {
      oneOwner(this: StoredFile) {
        if ((this.submissionId == null) === (this.agendaItemId == null))
          throw new Error('a stored file belongs to one hand-in or one agenda item');
      },
    },
  },
);
