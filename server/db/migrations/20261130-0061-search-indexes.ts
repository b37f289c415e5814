// FULLTEXT indexes for search (GET /api/search): centres, letters and their sections, special
// assignments, deadlines, meetings and agenda items. InnoDB indexes words of 3 characters or more
// (innodb_ft_min_token_size) and skips its stopwords; server/search handles shorter queries.
import type { QueryInterface } from 'sequelize';
import type { Migration } from './types.js';

const indexed = [
  ['centres', 'centres_search', ['name', 'code', 'city']],
  ['grant_letters', 'grant_letters_search', ['title', 'reference_number']],
  ['letter_sections', 'letter_sections_search', ['heading', 'body']],
  ['assignments', 'assignments_search', ['title', 'description']],
  ['deadlines', 'deadlines_search', ['title']],
  ['steering_meetings', 'steering_meetings_search', ['location']],
  ['agenda_items', 'agenda_items_search', ['title', 'description']],
] as const;

export const searchIndexes: Migration = {
  name: '20261130-0061-search-indexes',
  async up(queryInterface: QueryInterface) {
    // One at a time: InnoDB adds its hidden FTS_DOC_ID column with the first FULLTEXT index of a table.
    for (const [table, name, columns] of indexed)
      await queryInterface.sequelize.query(`ALTER TABLE ${table} ADD FULLTEXT INDEX ${name} (${columns.join(', ')})`);
  },
  async down(queryInterface: QueryInterface) {
    for (const [table, name] of indexed) await queryInterface.removeIndex(table, name);
  },
};
