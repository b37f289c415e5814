// Indexes that serve the lists' orders, so a page of deadlines or meetings reads its page instead of
// sorting every row: deadlines by due date (all, or of one year), meetings newest year first, then
// centre and sequence (a descending key part: MariaDB 10.8+ and MySQL 8 keep it in that order).
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

export const listOrderIndexes: Migration = {
  name: '20261130-0090-list-order-indexes',
  async up(queryInterface: QueryInterface) {
    await queryInterface.addIndex('deadlines', ['due_date', 'id'], { name: 'deadlines_due_date_id' });
    await queryInterface.addIndex('deadlines', ['year', 'due_date', 'id'], { name: 'deadlines_year_due_date_id' });
    await queryInterface.addIndex('steering_meetings', {
      name: 'steering_meetings_year_centre_sequence',
      fields: [{ name: 'year', order: 'DESC' }, 'centre_id', 'sequence'],
    });
  },
  async down(queryInterface: QueryInterface) {
    await queryInterface.removeIndex('deadlines', 'deadlines_due_date_id');
    await queryInterface.removeIndex('deadlines', 'deadlines_year_due_date_id');
    await queryInterface.removeIndex('steering_meetings', 'steering_meetings_year_centre_sequence');
  },
};
