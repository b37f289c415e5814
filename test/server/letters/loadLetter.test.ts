// A letter is read in one statement, each of its lists a UNION ALL branch of its own: joined, its
// lists multiplied (the NAPHA 2009 letter came back as 1,728 rows and 21 MB per read); read one query
// each they cost more to build than to answer; as JSON aggregates they cost the database 0.2 ms each. The stored view data (a large JSON text)
// was read for every detail view although only the issued preview needs it.
import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { sequelize } from '../../../server/db/sequelize.js';
import { as } from '../../support/http.js';
import { findLetterDetail } from '../../../server/letters/loadLetter.js';
import { Centre, Deadline, GrantLetter, LetterDocument, Organisation, User } from '../../../server/models/index.js';
import { makeLetter } from '../../support/factories.js';
import { testYears } from '../../support/testYears.js';
import { letterDetailAnswer } from '../../../server/routes/api/letters/detailAnswer.js';
import { presentLetter } from '../../../server/presenters/grantLetter.js';

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

  it('reads the letter with all its lists in one statement, a row per record, no list joined to another', async () => {
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
      // Each list is a branch of its own, never a JOIN that multiplies rows nor an aggregate.
      expect(letterStatement).to.match(
        new RegExp(`UNION ALL\\nSELECT CONCAT\\(\\d+, ':', JSON_OBJECT\\([^]*?\\)\\) AS record FROM \`${table}\``),
      );
      expect(letterStatement).not.to.match(new RegExp(`JOIN \`${table}\``));
    }
    expect(letterStatement).not.to.match(/JSON_ARRAYAGG/);
    // A prepared statement: its parameters, one per branch (the letter, its six lists, the detail's six
    // lists), are the letter's id.
    const parameters = letterStatement!.match(/\?/g)!;
    expect(parameters).to.have.length(1 + lists.length + 6);
    const rows = await sequelize.query(letterStatement!.replace(/^Executing \([^)]*\): /, ''), {
      replacements: parameters.map(() => letterId),
      type: QueryTypes.SELECT,
    });
    // One row for the letter (branch 0) and one for each record of each list: nothing multiplied.
    const perBranch = new Map<number, number>();
    for (const { record } of rows as { record: string }[]) {
      const list = Number(record.slice(0, record.indexOf(':')));
      perBranch.set(list, (perBranch.get(list) ?? 0) + 1);
    }
    const rowsOf = (branch: number) => perBranch.get(branch) ?? 0;
    expect(rowsOf(0)).to.equal(1);
    const shown = [
      detail.sections,
      detail.priorityAreas,
      detail.assignments,
      detail.signatories,
      detail.copyRecipients,
      detail.approvals,
      detail.budgetFrames,
      detail.deadlines,
      detail.steeringMeetings,
    ];
    expect(shown.map((_list, index) => rowsOf(index + 1))).to.deep.equal(shown.map((list) => list.length));
    // The reader (1), and the letter with its lists, the centre's frames, the letter's deadlines, the
    // year's meetings and their preparation (1).
    expect(statements).to.have.length(2);
    expect(letterStatement).to.match(/FROM `budget_frames`[^]*FROM `deadlines`[^]*FROM `steering_meetings`/);
  });

  it('leaves the stored view data out of the detail, and reads it for the issued letter’s preview', async () => {
    const officer = await as('caseOfficer');
    const detailStatements = await statementsDuring(() => officer.get(`/api/letters/${letterId}`));
    expect(detailStatements.filter((sql) => /view_data/.test(sql))).to.deep.equal([]);
    // A letter of its own, issued here: no preview of its document has been rendered in this process.
    const issued = await makeLetter({ status: 'issued', year: testYears.reports });
    const path = `/api/letters/${issued.id}/preview`;
    const shown = async (query = '') => {
      let html = '';
      const statements = await statementsDuring(async () => {
        const reply = await officer.get(`${path}${query}`);
        expect(reply.status).to.equal(200);
        html = reply.body as string;
      });
      return { html, readsView: statements.some((sql) => /view_data/.test(sql)) };
    };
    const first = await shown(); // makes its document (PDF and view) on the way
    expect(first.html).to.include(issued.title);
    const document = (await LetterDocument.findOne({ where: { letterId: issued.id } }))!;
    // Rendered from that document before: the same page, without reading the stored view again.
    expect(await shown()).to.deep.equal({ html: first.html, readsView: false });
    // Another language: read and rendered once, then kept as well.
    const english = await shown('?language=en');
    expect(english.readsView).to.equal(true);
    expect(english.html).not.to.equal(first.html);
    expect(english.html).to.include('lang="en"');
    expect(await shown('?language=en')).to.deep.equal({ html: english.html, readsView: false });
    expect((await LetterDocument.findByPk(document.id))!.sha256).to.equal(document.sha256);
    // A kept page is still only for those who may read the letter: another centre's leader gets 404.
    expect((await (await as('naphaLeader')).get(path)).status).to.equal(404);
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

describe('letters: the detail built once per content', () => {
  it('reuses what it built while the rows are the same, and builds again after any change the detail shows', async () => {
    const officer = await as('caseOfficer');
    const letterId = (await officer.get('/api/letters?centre=NAPHA&year=2009')).body.items[0].id as number;
    const first = (await findLetterDetail(letterId))!;
    const again = (await findLetterDetail(letterId))!;
    expect(again.letter, 'the same rows: reused').to.equal(first.letter);

    // Other tests read the demo data: what this test changes, it puts back.
    const deadline = (await Deadline.findOne({ where: { letterId } }))!;
    const letter = (await GrantLetter.findByPk(letterId, { include: [{ model: Centre, as: 'centre' }] }))!;
    const host = (await Organisation.findByPk(letter.centre!.hostOrganisationId!))!;
    try {
      // A deadline of the letter (a list beside it) changes: the next read builds afresh and shows it.
      await Deadline.update({ title: 'Endret frist' }, { where: { id: deadline.id } });
      const changed = (await findLetterDetail(letterId))!;
      expect(changed.letter).not.to.equal(first.letter);
      const titles = (await officer.get(`/api/letters/${letterId}`)).body.deadlines.map((d: any) => d.title);
      expect(titles).to.include('Endret frist');

      // Something the letter includes but does not own (its centre's host) changes: built afresh too.
      await Organisation.update({ name: 'Nytt vertsnavn' }, { where: { id: host.id } });
      const hostChanged = (await findLetterDetail(letterId))!;
      expect(hostChanged.letter).not.to.equal(changed.letter);
      expect((await officer.get(`/api/letters/${letterId}`)).body.hostOrganisation.name).to.equal('Nytt vertsnavn');
    } finally {
      await Deadline.update({ title: deadline.title }, { where: { id: deadline.id } });
      await Organisation.update({ name: host.name }, { where: { id: host.id } });
    }
  });

  it('sends the answer it wrote for the same rows and abilities, and writes it again for other readers or rows', async () => {
    const officer = (await User.findOne({ where: { email: 'saksbehandler@helsedir.example' } }))!;
    const leader = (await User.findOne({ where: { email: 'leder@napha.example' } }))!;
    const letterId = (await GrantLetter.findOne({
      where: { year: 2009 },
      include: [{ model: Centre, as: 'centre', where: { code: 'NAPHA' } }],
    }))!.id;
    const written = (found: Awaited<ReturnType<typeof findLetterDetail>>, reader: User) =>
      JSON.parse(letterDetailAnswer(found!, reader).bytes.toString('utf8'));

    const found = (await findLetterDetail(letterId))!;
    const answer = letterDetailAnswer(found, officer);
    expect(letterDetailAnswer((await findLetterDetail(letterId))!, officer), 'same rows, same reader').to.equal(answer);
    // What is sent is what presenting the letter now gives, dates as their ISO text.
    expect(written(found, officer)).to.deep.equal(JSON.parse(JSON.stringify(presentLetter(found.detail(officer)))));
    expect(letterDetailAnswer(found, leader), 'another reader’s abilities').not.to.equal(answer);
    expect(written(found, leader).abilities).to.deep.equal(found.detail(leader).abilities);

    const section = (
      await sequelize.query<{ id: number; heading: string }>(
        'SELECT id, heading FROM letter_sections WHERE letter_id = ? ORDER BY id LIMIT 1',
        { replacements: [letterId], type: QueryTypes.SELECT },
      )
    )[0]!;
    try {
      await sequelize.query('UPDATE letter_sections SET heading = ? WHERE id = ?', {
        replacements: ['Endret overskrift', section.id],
      });
      const changed = (await findLetterDetail(letterId))!;
      expect(letterDetailAnswer(changed, officer), 'changed rows').not.to.equal(answer);
      expect(written(changed, officer).sections.map((s: { heading: string }) => s.heading)).to.include(
        'Endret overskrift',
      );
    } finally {
      await sequelize.query('UPDATE letter_sections SET heading = ? WHERE id = ?', {
        replacements: [section.heading, section.id],
      });
    }
  });

  it('works out abilities for each reader, not once for whoever read the letter first', async () => {
    const officer = await as('caseOfficer');
    const leader = await as('naphaLeader');
    const letterId = (await officer.get('/api/letters?centre=NAPHA&year=2009')).body.items[0].id as number;
    const asOfficer = (await officer.get(`/api/letters/${letterId}`)).body.abilities;
    const asLeader = (await leader.get(`/api/letters/${letterId}`)).body.abilities;
    expect(asOfficer).not.to.deep.equal(asLeader);
    expect((await officer.get(`/api/letters/${letterId}`)).body.abilities).to.deep.equal(asOfficer);
  });
});
