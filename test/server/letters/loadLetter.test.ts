// A letter is read in one statement whose lists are JSON aggregates, one row for the letter: joined,
// its lists multiplied (the NAPHA 2009 letter came back as 1,728 rows and 21 MB per read), and read
// one query each they cost more to build than to answer. The stored view data (a large JSON text)
// was read for every detail view although only the issued preview needs it.
import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
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

  it('reads the letter with all its lists in one statement that returns one row, no list joined to another', async () => {
    const officer = await as('caseOfficer');
    let detail: any;
    const statements = await statementsDuring(async () => {
      detail = (await officer.get(`/api/letters/${letterId}`)).body;
    });
    expect(detail.priorityAreas, JSON.stringify(detail).slice(0, 500)).to.have.length(6);
    expect(detail.assignments).to.have.length(6);
    expect(detail.sections.map((s: any) => s.position)).to.deep.equal(
      [...detail.sections.map((s: any) => s.position)].sort((a: number, b: number) => a - b),
    );
    const reading = (table: string) => statements.filter((sql) => new RegExp(`FROM \`${table}\``).test(sql));
    const [letterStatement, ...others] = reading('letter_sections');
    expect(others, 'statements reading letter_sections').to.deep.equal([]);
    for (const table of lists) {
      expect(reading(table), `statements reading ${table}`).to.deep.equal([letterStatement]);
      // Each list is an aggregate of its own (a subquery), never a JOIN that multiplies rows.
      expect(letterStatement).to.match(new RegExp(`JSON_ARRAYAGG\\(JSON_OBJECT\\([^]*?\\) FROM \`${table}\``));
      expect(letterStatement).not.to.match(new RegExp(`JOIN \`${table}\``));
    }
    // A prepared statement: its one parameter is the letter's id.
    expect(letterStatement!.match(/\?/g)).to.have.length(1);
    const rows = await sequelize.query(letterStatement!.replace(/^Executing \([^)]*\): /, ''), {
      replacements: [letterId],
      type: QueryTypes.SELECT,
    });
    expect(rows).to.have.length(1);
    // The reader (1), the letter with its lists (1), and the centre's frames, the letter's deadlines,
    // the year's meetings and their preparation (1).
    expect(statements).to.have.length(3);
    expect(statements[2]).to.match(/FROM `budget_frames`[^]*FROM `deadlines`[^]*FROM `steering_meetings`/);
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

describe('letters: the detail’s meetings', () => {
  it('show the same preparation (agenda items, agenda deadline, minutes) as each meeting read alone', async () => {
    const officer = await as('caseOfficer');
    const letters = (await officer.get('/api/letters?centre=NAPHA&pageSize=100')).body.items as { id: number }[];
    let compared = 0;
    let prepared = 0;
    for (const { id } of letters) {
      const detail = (await officer.get(`/api/letters/${id}`)).body;
      for (const meeting of detail.steeringMeetings) {
        const alone = (await officer.get(`/api/steering-meetings/${meeting.id}`)).body;
        expect(meeting.preparation, `meeting ${meeting.id}`).to.deep.equal(alone.preparation);
        compared += 1;
        if (meeting.preparation.agendaItems > 0 || meeting.preparation.minutes !== 'none') prepared += 1;
      }
    }
    // The demo's NAPHA meetings include some with agenda items, an agenda deadline and minutes.
    expect(compared).to.be.at.least(2);
    expect(prepared).to.be.at.least(1);
  });
});
