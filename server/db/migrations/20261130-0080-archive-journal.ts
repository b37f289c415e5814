// Noark 5 journal data: one case (saksmappe) per centre and year, a registry entry (journalpost)
// for every issued letter, acceptance and hand-in, its correspondence parties and document objects,
// and the counters that hand out case and registry numbers (one row per kind and year, taken under
// a row lock in the transaction of the step, so a number is never shared nor reused). Organisations
// get the organisation number and e-mail a letter's footer prints; a letter the recipient's
// reference ("Deres ref.") when known.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const id = { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false };
const timestamps = {
  created_at: { type: DataTypes.DATE, allowNull: false },
  updated_at: { type: DataTypes.DATE, allowNull: false },
};
const ref = (table: string, allowNull: boolean, onDelete: 'CASCADE' | 'SET NULL' | 'RESTRICT') => ({
  type: DataTypes.INTEGER,
  allowNull,
  references: { model: table, key: 'id' },
  onDelete,
  onUpdate: 'CASCADE',
});
const tableOptions = { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' };

export const archiveJournal: Migration = {
  name: '20261130-0080-archive-journal',
  async up(queryInterface: QueryInterface) {
    await queryInterface.addColumn('organisations', 'org_number', { type: DataTypes.STRING(9), allowNull: true });
    await queryInterface.addColumn('organisations', 'email', { type: DataTypes.STRING(255), allowNull: true });
    await queryInterface.addColumn('grant_letters', 'their_reference', { type: DataTypes.STRING(60), allowNull: true });
    await queryInterface.createTable(
      'archive_counters',
      {
        name: { type: DataTypes.STRING(20), allowNull: false, primaryKey: true },
        year: { type: DataTypes.INTEGER, allowNull: false, primaryKey: true },
        last_value: { type: DataTypes.INTEGER, allowNull: false },
      },
      tableOptions,
    );
    await queryInterface.createTable(
      'archive_cases',
      {
        id,
        centre_id: ref('centres', false, 'RESTRICT'),
        year: { type: DataTypes.INTEGER, allowNull: false },
        case_year: { type: DataTypes.INTEGER, allowNull: false },
        case_sequence: { type: DataTypes.INTEGER, allowNull: false },
        case_date: { type: DataTypes.DATEONLY, allowNull: false },
        title: { type: DataTypes.STRING(255), allowNull: false },
        case_responsible: { type: DataTypes.STRING(255), allowNull: false },
        ...timestamps,
      },
      tableOptions,
    );
    await queryInterface.addIndex('archive_cases', ['centre_id', 'year'], { unique: true });
    await queryInterface.addIndex('archive_cases', ['case_year', 'case_sequence'], { unique: true });
    await queryInterface.createTable(
      'archive_entries',
      {
        id,
        case_id: ref('archive_cases', false, 'RESTRICT'),
        journal_year: { type: DataTypes.INTEGER, allowNull: false },
        journal_sequence: { type: DataTypes.INTEGER, allowNull: false },
        registry_number: { type: DataTypes.INTEGER, allowNull: false },
        entry_type: { type: DataTypes.ENUM('outgoing', 'incoming'), allowNull: false },
        kind: { type: DataTypes.ENUM('letter', 'acceptance', 'hand_in'), allowNull: false },
        journal_date: { type: DataTypes.DATEONLY, allowNull: false },
        document_date: { type: DataTypes.DATEONLY, allowNull: false },
        title: { type: DataTypes.STRING(255), allowNull: false },
        case_officer: { type: DataTypes.STRING(255), allowNull: false },
        letter_id: ref('grant_letters', true, 'SET NULL'),
        submission_id: ref('deadline_submissions', true, 'SET NULL'),
        ...timestamps,
      },
      tableOptions,
    );
    await queryInterface.addIndex('archive_entries', ['journal_year', 'journal_sequence'], { unique: true });
    await queryInterface.addIndex('archive_entries', ['case_id', 'registry_number'], { unique: true });
    await queryInterface.addIndex('archive_entries', ['letter_id', 'kind'], { unique: true });
    await queryInterface.addIndex('archive_entries', ['submission_id'], { unique: true });
    await queryInterface.createTable(
      'archive_parties',
      {
        id,
        entry_id: ref('archive_entries', false, 'CASCADE'),
        position: { type: DataTypes.INTEGER, allowNull: false },
        role: { type: DataTypes.ENUM('sender', 'recipient', 'copy_recipient'), allowNull: false },
        name: { type: DataTypes.STRING(255), allowNull: false },
        postal_address: { type: DataTypes.STRING(255), allowNull: true },
        email: { type: DataTypes.STRING(255), allowNull: true },
        ...timestamps,
      },
      tableOptions,
    );
    await queryInterface.createTable(
      'archive_documents',
      {
        id,
        entry_id: ref('archive_entries', false, 'CASCADE'),
        document_number: { type: DataTypes.INTEGER, allowNull: false },
        role: { type: DataTypes.ENUM('main', 'attachment'), allowNull: false },
        title: { type: DataTypes.STRING(255), allowNull: false },
        filename: { type: DataTypes.STRING(255), allowNull: false },
        format: { type: DataTypes.STRING(40), allowNull: false },
        content_type: { type: DataTypes.STRING(120), allowNull: false },
        byte_size: { type: DataTypes.INTEGER, allowNull: false },
        sha256: { type: DataTypes.CHAR(64), allowNull: false },
        storage_key: { type: DataTypes.STRING(255), allowNull: false },
        ...timestamps,
      },
      tableOptions,
    );
    await queryInterface.addIndex('archive_documents', ['entry_id', 'document_number'], { unique: true });
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.dropTable('archive_documents');
    await queryInterface.dropTable('archive_parties');
    await queryInterface.dropTable('archive_entries');
    await queryInterface.dropTable('archive_cases');
    await queryInterface.dropTable('archive_counters');
    await queryInterface.removeColumn('grant_letters', 'their_reference');
    await queryInterface.removeColumn('organisations', 'email');
    await queryInterface.removeColumn('organisations', 'org_number');
  },
};
