// The budget frames list is ordered by year (newest first), centre and id. An index on the year alone
// served the filter but not the order, so a page of one year's frames sorted all of them; on
// (year, centre_id) — InnoDB appends the id — a page reads its own rows in order. It replaces the
// year index, whose lookups it serves as well.
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

export const budgetFrameListOrder: Migration = {
  name: '20261205-0140-budget-frame-list-order',
  async up(queryInterface: QueryInterface) {
    await queryInterface.addIndex('budget_frames', ['year', 'centre_id'], { name: 'budget_frames_year_centre_id' });
    await queryInterface.removeIndex('budget_frames', 'budget_frames_year');
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.addIndex('budget_frames', ['year'], { name: 'budget_frames_year' });
    await queryInterface.removeIndex('budget_frames', 'budget_frames_year_centre_id');
  },
};
