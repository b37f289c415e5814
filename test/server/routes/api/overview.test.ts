// The case officer's year view at scale: more than 200 centres (made here, not from the seeds), each
// with its own letter, deadlines and meetings. Every centre shows on exactly one page, page 2
// carries the right centres, and each row shows its own letter, next deadline and next meeting —
// nothing as "none" that has one. The queries per page do not grow with the page's centres.
import { expect } from 'chai';
import { Op } from 'sequelize';
import { as } from '../../../support/http.js';
import { sequelize } from '../../../../server/db/sequelize.js';
import { Centre, Deadline, GrantLetter, SteeringMeeting } from '../../../../server/models/index.js';
import { osloToday } from '../../../../server/calendar.js';

const COUNT = 230;
const PREFIX = 'ZOVERVIEW-';
const code = (i: number) => `${PREFIX}${String(i).padStart(3, '0')}`;
const letterStatuses = ['draft', 'in_review', 'approved', 'issued'] as const;

interface Expected {
  letter: { id: number; status: string } | null;
  deadlineId: number | null;
  meetingId: number | null;
}

describe('routes/api: centre overview (the year view, paged on the server)', () => {
  // Next year: every date in it is still to come.
  const year = Number(osloToday().slice(0, 4)) + 1;
  const expected = new Map<string, Expected>();
  let centreIds: number[] = [];

  before(async function () {
    this.timeout(120_000);
    const centres = await Centre.bulkCreate(
      Array.from({ length: COUNT }, (_, i) => ({ code: code(i), name: `Oversiktssenter ${i}`, scope: 'regional' })),
    );
    centreIds = centres.map((centre) => centre.id);
    // Every 7th centre has no main letter; the others one, in turn draft … issued.
    const letters = await GrantLetter.bulkCreate(
      centres
        .map((centre, i) => ({ centre, i }))
        .filter(({ i }) => i % 7 !== 0)
        .map(({ centre, i }) => ({
          centreId: centre.id,
          year,
          kind: 'main' as const,
          mainSlot: 1,
          status: letterStatuses[i % 4]!,
          title: `Tildelingsbrev ${year} ${code(i)}`,
        })),
    );
    // Per centre: a handed-in deadline early in the year (not open), an open one in its own month
    // and day, and a later open one in December; every 5th centre has only the handed-in one.
    const deadlineRows = centres.flatMap((centre, i) => {
      const rows: {
        centreId: number;
        year: number;
        kind: Deadline['kind'];
        title: string;
        dueDate: string;
        status: Deadline['status'];
      }[] = [
        { centreId: centre.id, year, kind: 'report', title: 'Levert', dueDate: `${year}-01-02`, status: 'submitted' },
      ];
      if (i % 5 !== 0)
        rows.push(
          {
            centreId: centre.id,
            year,
            kind: 'report',
            title: `Neste ${code(i)}`,
            dueDate: `${year}-${String((i % 10) + 2).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
            status: i % 2 ? 'upcoming' : 'returned',
          },
          { centreId: centre.id, year, kind: 'plan', title: 'Senere', dueDate: `${year}-12-20`, status: 'upcoming' },
        );
      return rows;
    });
    const deadlines = await Deadline.bulkCreate(deadlineRows);
    // Per centre: a cancelled meeting in February (never "next"); every 3rd has nothing else; every
    // 4th (of the rest) only a planned month; the others a planned month and an earlier dated one.
    const meetingRows = centres.flatMap((centre, i) => {
      const rows: object[] = [
        {
          centreId: centre.id,
          year,
          sequence: 1,
          meetingDate: `${year}-02-01`,
          plannedMonth: null,
          status: 'cancelled',
        },
      ];
      if (i % 3 === 0) return rows;
      rows.push({ centreId: centre.id, year, sequence: 3, meetingDate: null, plannedMonth: 11, status: 'planned' });
      if (i % 4 !== 0)
        rows.push({
          centreId: centre.id,
          year,
          sequence: 2,
          meetingDate: `${year}-10-15`,
          plannedMonth: 10,
          status: 'scheduled',
        });
      return rows;
    });
    const meetings = await SteeringMeeting.bulkCreate(meetingRows as never[]);

    centres.forEach((centre, i) => {
      const letter = letters.find((l) => l.centreId === centre.id);
      const deadline = deadlines.find((d) => d.centreId === centre.id && d.title.startsWith('Neste'));
      const own = meetings.filter((m) => m.centreId === centre.id && m.status !== 'cancelled');
      const meeting = own.find((m) => m.meetingDate) ?? own[0];
      expected.set(code(i), {
        letter: letter ? { id: letter.id, status: letter.status } : null,
        deadlineId: deadline?.id ?? null,
        meetingId: meeting?.id ?? null,
      });
    });
  });

  after(async function () {
    this.timeout(60_000);
    const mine = { centreId: { [Op.in]: centreIds } };
    await Deadline.destroy({ where: mine });
    await SteeringMeeting.destroy({ where: mine });
    await GrantLetter.destroy({ where: mine });
    await Centre.destroy({ where: { id: centreIds } });
  });

  it('shows every active centre once across the pages; page 2 holds the right centres, each with its own data', async () => {
    const officer = await as('caseOfficer');
    const active = (await officer.get('/api/centres?active=true&pageSize=1')).body.total as number;
    expect(active).to.be.greaterThan(200);
    const first = await officer.get(`/api/overview/centres?year=${year}&pageSize=200&page=1`);
    const second = await officer.get(`/api/overview/centres?year=${year}&pageSize=200&page=2`);
    expect([first.status, second.status]).to.deep.equal([200, 200]);
    expect(first.body.total).to.equal(active);
    expect(second.body).to.include({ page: 2, pageSize: 200, total: active });
    expect(first.body.items).to.have.length(200);
    expect(second.body.items).to.have.length(active - 200);

    const codes = [...first.body.items, ...second.body.items].map((row: any) => row.centre.code);
    expect(new Set(codes).size, 'no centre twice').to.equal(active);
    expect(codes).to.deep.equal([...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    // Ours sort last: page 2 ends with all of the last ones, in order.
    const ours = Array.from({ length: COUNT }, (_, i) => code(i));
    expect(second.body.items.map((row: any) => row.centre.code)).to.deep.equal(ours.slice(COUNT - (active - 200)));

    for (const row of [...first.body.items, ...second.body.items].filter((r: any) =>
      r.centre.code.startsWith(PREFIX),
    )) {
      const want = expected.get(row.centre.code)!;
      const what = row.centre.code;
      expect(row.letter ? { id: row.letter.id, status: row.letter.status } : null, `${what} letter`).to.deep.equal(
        want.letter,
      );
      expect(row.nextDeadline?.id ?? null, `${what} next deadline`).to.equal(want.deadlineId);
      expect(row.nextMeeting?.id ?? null, `${what} next meeting`).to.equal(want.meetingId);
      expect(row.abilities, what).to.deep.equal({ createLetter: true });
    }
    // Page 2's rows are not all empty: the data is there on the second page too.
    const onSecond = second.body.items.filter((r: any) => r.centre.code.startsWith(PREFIX));
    expect(onSecond.filter((r: any) => r.nextDeadline).length).to.be.greaterThan(onSecond.length / 2);
  });

  it('agrees with the deadline list of open deadlines: a centre with one never shows none', async () => {
    const officer = await as('caseOfficer');
    const rows = (await officer.get(`/api/overview/centres?year=${year}&pageSize=200&page=2`)).body.items;
    const sample = rows.filter((r: any) => r.centre.code.startsWith(PREFIX)).slice(-12);
    expect(sample).to.have.length(12);
    for (const row of sample) {
      const list = (
        await officer.get(`/api/deadlines?centre=${row.centre.code}&year=${year}&open=true&dueFrom=${osloToday()}`)
      ).body.items;
      expect(list.map((d: any) => d.status)).to.satisfy((statuses: string[]) =>
        statuses.every((status) => ['upcoming', 'due_soon', 'overdue', 'returned'].includes(status)),
      );
      expect(row.nextDeadline?.id ?? null, row.centre.code).to.equal(list[0]?.id ?? null);
      const handedIn = (await officer.get(`/api/deadlines?centre=${row.centre.code}&year=${year}&open=false`)).body;
      expect(handedIn.items.map((d: any) => d.title)).to.deep.equal(['Levert']);
    }
  });

  it('reads a page in a fixed number of queries, whatever its size', async () => {
    const officer = await as('caseOfficer');
    // Pages of our centres only, so both have letters, deadlines and meetings to find.
    const active = (await officer.get('/api/centres?active=true&pageSize=1')).body.total as number;
    const seeded = active - COUNT;
    expect(seeded, 'the seeds stay under 100 centres').to.be.lessThan(100);
    const count = async (pageSize: number, page: number) => {
      let queries = 0;
      const hook = () => void queries++;
      sequelize.addHook('beforeQuery', 'countOverview', hook);
      try {
        const reply = await officer.get(`/api/overview/centres?year=${year}&pageSize=${pageSize}&page=${page}`);
        expect(reply.status).to.equal(200);
        expect(reply.body.items.every((row: any) => row.centre.code.startsWith(PREFIX))).to.equal(true);
      } finally {
        sequelize.removeHook('beforeQuery', 'countOverview');
      }
      return queries;
    };
    const small = await count(5, Math.ceil(seeded / 5) + 1);
    const large = await count(100, 2);
    expect(large, 'queries for 100 centres vs 5').to.equal(small);
    expect(large).to.be.at.most(8);
  });

  it("is the directorate's: a centre user is refused, bad paging is a 400 naming the field", async () => {
    const leader = await as('naphaLeader');
    expect((await leader.get(`/api/overview/centres?year=${year}`)).status).to.equal(403);
    const officer = await as('caseOfficer');
    const tooMany = await officer.get(`/api/overview/centres?year=${year}&pageSize=201`);
    expect(tooMany.status).to.equal(400);
    expect(tooMany.body.errors.map((e: any) => e.field)).to.include('query.pageSize');
    const noYear = await officer.get('/api/overview/centres');
    expect(noYear.status).to.equal(400);
    expect(noYear.body.errors.map((e: any) => e.field)).to.include('query.year');
  });
});
