// A letter is read in a bounded number of small queries: joined, its lists multiplied (the NAPHA
// 2009 letter came back as 1,728 rows and 21 MB per read), and the stored view data (a large JSON
// text) was read for every detail view although only the issued preview needs it.
import { expect } from 'chai';
import { sequelize } from '../../../server/db/sequelize.js';
import { as } from '../../support/http.js';

/** The SQL statements run while `work` runs. */
async function statementsDuring(work: () => Promise<unknown>): Promise<string[]> {
  const statements: string[] = [];
  sequelize.addHook('afterQuery', 'statementProbe', (_options, query) => {
    const { sql } = query as unknown as { sql?: string };
    if (sql) statements.push(sql);
  });
  try {
    await work();
  } finally {
    sequelize.removeHook('afterQuery', 'statementProbe');
  }
  return statements;
}

const lists = [
  'letter_sections',
  'priority_areas',
  'assignments',
  'letter_signatories',
  'letter_copy_recipients',
  'letter_approvals',
];

describe('letters: read in small queries', () => {
  let letterId: number;

  before(async () => {
    const officer = await as('caseOfficer');
    letterId = (await officer.get('/api/letters?centre=NAPHA&year=2009')).body.items[0].id;
  });

  it('reads each of a letter’s lists in a query of its own, never two lists joined', async () => {
    const officer = await as('caseOfficer');
    let detail: any;
    const statements = await statementsDuring(async () => {
      detail = (await officer.get(`/api/letters/${letterId}`)).body;
    });
    expect(detail.priorityAreas).to.have.length(6);
    expect(detail.assignments).to.have.length(6);
    for (const sql of statements) {
      const listsInStatement = lists.filter((table) => new RegExp(`\\b${table}\\b`).test(sql));
      expect(listsInStatement.length, sql.slice(0, 300)).to.be.at.most(1);
    }
    // Each list once: a bounded number of statements, whatever the lists' lengths.
    for (const table of lists)
      expect(
        statements.filter((sql) => new RegExp(`FROM \`${table}\``).test(sql)).length,
        `statements reading ${table}`,
      ).to.equal(1);
  });

  it('leaves the stored view data out of the detail, and reads it for the issued letter’s preview', async () => {
    const officer = await as('caseOfficer');
    const detailStatements = await statementsDuring(() => officer.get(`/api/letters/${letterId}`));
    expect(detailStatements.filter((sql) => /view_data/.test(sql))).to.deep.equal([]);
    let preview = '';
    const previewStatements = await statementsDuring(async () => {
      preview = (await officer.get(`/api/letters/${letterId}/preview`)).body as string;
    });
    expect(previewStatements.some((sql) => /view_data/.test(sql))).to.equal(true);
    expect(preview).to.match(/psykisk helsearbeid/i);
  });
});
