// Long-term assignments (langsiktige oppdrag): an assignment may span several years. Each letter
// keeps a row of its own (a letter's content and rank freeze with it, and status is followed per
// year), and the rows of one assignment are tied together: carried_from_id is the same assignment
// in the previous letter, origin_id the first year's row (null on that row itself). A row is
// carried on at most once (unique carried_from_id), so one assignment's history is a chain.
// start_year/end_year null means a one-year assignment in its letter's year.
import { DataTypes } from 'sequelize';
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const sameAssignment = {
  type: DataTypes.INTEGER,
  allowNull: true,
  references: { model: 'assignments', key: 'id' },
  onDelete: 'SET NULL',
  onUpdate: 'CASCADE',
};

export const longTermAssignments: Migration = {
  name: '20261204-0120-long-term-assignments',
  async up(queryInterface: QueryInterface) {
    await queryInterface.addColumn('assignments', 'start_year', { type: DataTypes.INTEGER, allowNull: true });
    await queryInterface.addColumn('assignments', 'end_year', { type: DataTypes.INTEGER, allowNull: true });
    await queryInterface.addColumn('assignments', 'carried_from_id', sameAssignment);
    await queryInterface.addColumn('assignments', 'origin_id', sameAssignment);
    await queryInterface.addIndex('assignments', ['carried_from_id'], {
      unique: true,
      name: 'assignments_carried_from_id_unique',
    });
    await queryInterface.addIndex('assignments', ['origin_id'], { name: 'assignments_origin_id' });
  },
  async down(queryInterface: QueryInterface) {
    // removeColumn drops each column's foreign key first; its index goes with the column.
    await queryInterface.removeColumn('assignments', 'origin_id');
    await queryInterface.removeColumn('assignments', 'carried_from_id');
    await queryInterface.removeColumn('assignments', 'end_year');
    await queryInterface.removeColumn('assignments', 'start_year');
  },
};
