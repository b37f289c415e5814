// Issuing and accepting letters: the centre's acceptance (who, when, bank account), per-letter
// deadline rules, and the stored PDF of an issued letter with its SHA-256 and the data it was made from.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const letterColumns = {
  accepted_at: { type: DataTypes.DATE, allowNull: true },
  accepted_by_id: {
    type: DataTypes.INTEGER,
    allowNull: true,
    references: { model: 'users', key: 'id' },
    onDelete: 'SET NULL',
    onUpdate: 'CASCADE',
  },
  accepted_bank_account: { type: DataTypes.STRING(20), allowNull: true },
  deadline_rules: { type: DataTypes.TEXT, allowNull: true },
};

export const letterIssuing: Migration = {
  name: '20261123-0002-letter-issuing',
  async up(queryInterface: QueryInterface) {
    for (const [column, attributes] of Object.entries(letterColumns)) {
      await queryInterface.addColumn('grant_letters', column, attributes);
    }
    await queryInterface.createTable(
      'letter_documents',
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
        letter_id: {
          type: DataTypes.INTEGER,
          allowNull: false,
          unique: true,
          references: { model: 'grant_letters', key: 'id' },
          onDelete: 'CASCADE',
          onUpdate: 'CASCADE',
        },
        storage_key: { type: DataTypes.STRING(255), allowNull: false },
        sha256: { type: DataTypes.CHAR(64), allowNull: false },
        byte_size: { type: DataTypes.INTEGER, allowNull: false },
        view_data: { type: DataTypes.TEXT('long'), allowNull: false },
        rendered_at: { type: DataTypes.DATE, allowNull: false },
        created_at: { type: DataTypes.DATE, allowNull: false },
        updated_at: { type: DataTypes.DATE, allowNull: false },
      },
      { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' },
    );
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.dropTable('letter_documents');
    for (const column of Object.keys(letterColumns).reverse()) {
      await queryInterface.removeColumn('grant_letters', column);
    }
  },
};
