// The centre's structured report against a report deadline, each submission kept as a version,
// and the directorate's assessments of it (per special assignment and of the whole report). An
// assessment is never changed: a later one for the same assignment (or the whole) supersedes it.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const ref = (table: string, allowNull: boolean, onDelete: 'CASCADE' | 'SET NULL') => ({
  type: DataTypes.INTEGER,
  allowNull,
  references: { model: table, key: 'id' },
  onDelete,
  onUpdate: 'CASCADE',
});
const stamps = {
  created_at: { type: DataTypes.DATE, allowNull: false },
  updated_at: { type: DataTypes.DATE, allowNull: false },
};
const utf8 = { charset: 'utf8mb4', collate: 'utf8mb4_unicode_ci' };

export const annualReports: Migration = {
  name: '20261204-0110-annual-reports',
  async up(queryInterface: QueryInterface) {
    await queryInterface.createTable(
      'annual_reports',
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
        deadline_id: { ...ref('deadlines', false, 'CASCADE'), unique: true },
        centre_id: ref('centres', false, 'CASCADE'),
        // The year reported on; its letter when there is one (a centre's first year in the
        // system reports on a year without a letter here: summary and figures only).
        year: { type: DataTypes.INTEGER, allowNull: false },
        letter_id: ref('grant_letters', true, 'SET NULL'),
        status: {
          type: DataTypes.ENUM('draft', 'submitted', 'returned', 'accepted'),
          allowNull: false,
          defaultValue: 'draft',
        },
        content: { type: DataTypes.TEXT('long'), allowNull: false },
        version: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        saved_by_id: ref('users', true, 'SET NULL'),
        ...stamps,
      },
      utf8,
    );
    await queryInterface.createTable(
      'annual_report_versions',
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
        report_id: ref('annual_reports', false, 'CASCADE'),
        version: { type: DataTypes.INTEGER, allowNull: false },
        content: { type: DataTypes.TEXT('long'), allowNull: false },
        submission_id: ref('deadline_submissions', true, 'SET NULL'),
        submitted_by_id: ref('users', true, 'SET NULL'),
        submitted_at: { type: DataTypes.DATE, allowNull: false },
        return_comment: { type: DataTypes.TEXT, allowNull: true },
        returned_at: { type: DataTypes.DATE, allowNull: true },
        ...stamps,
      },
      utf8,
    );
    await queryInterface.addIndex('annual_report_versions', ['report_id', 'version'], {
      unique: true,
      name: 'annual_report_versions_report_version',
    });
    await queryInterface.createTable(
      'report_assessments',
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true, allowNull: false },
        report_id: ref('annual_reports', false, 'CASCADE'),
        assignment_id: ref('assignments', true, 'CASCADE'),
        achievement: {
          type: DataTypes.ENUM('achieved', 'partly_achieved', 'not_achieved', 'not_assessable'),
          allowNull: false,
        },
        justification: { type: DataTypes.TEXT, allowNull: false },
        money_control: { type: DataTypes.TEXT, allowNull: true },
        assessed_by_id: ref('users', true, 'SET NULL'),
        supersedes_id: ref('report_assessments', true, 'SET NULL'),
        ...stamps,
      },
      utf8,
    );
    await queryInterface.addIndex('report_assessments', ['report_id', 'assignment_id', 'id'], {
      name: 'report_assessments_target',
    });
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.dropTable('report_assessments');
    await queryInterface.dropTable('annual_report_versions');
    await queryInterface.dropTable('annual_reports');
  },
};
