// One stored-file table for every uploaded document: a hand-in's files and an agenda item's
// attachments were two tables of the same shape (submission_files, agenda_item_files). A file
// belongs to exactly one owner, a submission or an agenda item: the model checks it (MariaDB allows
// no CHECK on a column whose foreign key cascades, and deleting the owner must delete its files).
// Hand-in files keep their ids; agenda attachments get new ids after them (their URLs carry the
// agenda item too, and only the live client links to them).
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const id = { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false };
const timestamps = {
  created_at: { type: DataTypes.DATE, allowNull: false },
  updated_at: { type: DataTypes.DATE, allowNull: false },
};
const ref = (table: string, allowNull: boolean) => ({
  type: DataTypes.INTEGER,
  allowNull,
  references: { model: table, key: 'id' },
  onDelete: 'CASCADE',
  onUpdate: 'CASCADE',
});
const tableOptions = { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' };
const fileColumns = (storageKeyLength: number) => ({
  filename: { type: DataTypes.STRING(255), allowNull: false },
  content_type: { type: DataTypes.STRING(120), allowNull: false },
  byte_size: { type: DataTypes.INTEGER, allowNull: false },
  sha256: { type: DataTypes.CHAR(64), allowNull: false },
  storage_key: { type: DataTypes.STRING(storageKeyLength), allowNull: false },
  ...timestamps,
});
const copied = 'filename, content_type, byte_size, sha256, storage_key, created_at, updated_at';

export const storedFiles: Migration = {
  name: '20261130-0011-stored-files',
  async up(queryInterface: QueryInterface) {
    await queryInterface.createTable(
      'stored_files',
      {
        id,
        submission_id: ref('deadline_submissions', true),
        agenda_item_id: ref('agenda_items', true),
        ...fileColumns(255),
      },
      tableOptions,
    );
    await queryInterface.sequelize.query(
      `INSERT INTO stored_files (id, submission_id, ${copied}) SELECT id, submission_id, ${copied} FROM submission_files ORDER BY id`,
    );
    await queryInterface.sequelize.query(
      `INSERT INTO stored_files (agenda_item_id, ${copied}) SELECT agenda_item_id, ${copied} FROM agenda_item_files ORDER BY id`,
    );
    await queryInterface.dropTable('submission_files');
    await queryInterface.dropTable('agenda_item_files');
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.createTable(
      'submission_files',
      { id, submission_id: ref('deadline_submissions', false), ...fileColumns(255) },
      tableOptions,
    );
    await queryInterface.createTable(
      'agenda_item_files',
      { id, agenda_item_id: ref('agenda_items', false), ...fileColumns(191) },
      tableOptions,
    );
    await queryInterface.sequelize.query(
      `INSERT INTO submission_files (id, submission_id, ${copied}) SELECT id, submission_id, ${copied} FROM stored_files WHERE submission_id IS NOT NULL ORDER BY id`,
    );
    await queryInterface.sequelize.query(
      `INSERT INTO agenda_item_files (agenda_item_id, ${copied}) SELECT agenda_item_id, ${copied} FROM stored_files WHERE agenda_item_id IS NOT NULL ORDER BY id`,
    );
    await queryInterface.dropTable('stored_files');
  },
};
