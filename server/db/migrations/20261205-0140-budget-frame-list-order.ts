// The budget frames list is ordered by year (newest first), centre and id. An index on the year alone
// served the filter but not the order, so a page of one year's frames sorted all of them; on
// (year, centre_id) — InnoDB appends the id — a page reads its own rows in order. It replaces the
// year index, whose lookups it serves as well. Each step checks first: index changes are not
// transactional, so a run stopped between the two steps must be able to run again.
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const table = 'budget_frames';
const byYear = 'budget_frames_year';
const byYearAndCentre = 'budget_frames_year_centre_id';

async function indexNames(queryInterface: QueryInterface): Promise<string[]> {
  return ((await queryInterface.showIndex(table)) as { name: string }[]).map((index) => index.name);
}

export const budgetFrameListOrder: Migration = {
  name: '20261205-0140-budget-frame-list-order',
  async up(queryInterface: QueryInterface) {
    if (!(await indexNames(queryInterface)).includes(byYearAndCentre))
      await queryInterface.addIndex(table, ['year', 'centre_id'], { name: byYearAndCentre });
    if ((await indexNames(queryInterface)).includes(byYear)) await queryInterface.removeIndex(table, byYear);
  },
  async down(queryInterface: QueryInterface) {
    if (!(await indexNames(queryInterface)).includes(byYear))
      await queryInterface.addIndex(table, ['year'], { name: byYear });
    if ((await indexNames(queryInterface)).includes(byYearAndCentre))
      await queryInterface.removeIndex(table, byYearAndCentre);
  },
};
