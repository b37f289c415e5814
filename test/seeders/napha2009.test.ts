// The NAPHA 2009 letter (shared/seeds/000_…) as structured data, read back through the API.
import { expect } from 'chai';
import { as } from '../support/http.js';

describe('seeders: the NAPHA 2009 letter', () => {
  let letter: any;

  before(async () => {
    const client = await as('caseOfficer');
    const list = await client.get('/api/letters?centre=NAPHA&year=2009');
    expect(list.status).to.equal(200);
    expect(list.body.items).to.have.length(1);
    letter = (await client.get(`/api/letters/${list.body.items[0].id}`)).body;
  });

  it('is an issued main letter to NAPHA, hosted by NTNU Samfunnsforskning AS in Trondheim', () => {
    expect(letter).to.include({ year: 2009, kind: 'main', status: 'issued' });
    expect(letter.centre.code).to.equal('NAPHA');
    expect(letter.hostOrganisation).to.deep.equal({ name: 'NTNU Samfunnsforskning AS', address: '7491 Trondheim' });
    expect(letter.title).to.match(/743/);
  });

  it('has the six priority areas in order', () => {
    expect(letter.priorityAreas).to.have.length(6);
    expect(letter.priorityAreas[0].title).to.match(/kunnskap/i);
    expect(letter.priorityAreas[5].title).to.match(/internasjonal/i);
  });

  it('ranks the special assignments 1, 1, 2, 3, 4, 5', () => {
    expect(letter.assignments.map((a: any) => a.rank)).to.deep.equal([1, 1, 2, 3, 4, 5]);
    expect(letter.assignments[0].deadlineToBeAgreed).to.equal(true);
    expect(letter.assignments.find((a: any) => a.rank === 2).title).to.match(/ACT/);
  });

  it('states frames of 8 mill. kroner for 2008 and 18 mill. kroner for 2009 on kap. 743, in øre', () => {
    const frames = letter.budgetFrames.map((f: any) => [f.year, f.budgetLine.chapter, f.amountOre]);
    expect(frames).to.have.deep.members([
      [2008, 743, 800_000_000],
      [2009, 743, 1_800_000_000],
    ]);
  });

  it('sets the plan, accounts and report deadlines', () => {
    const deadlines = letter.deadlines.map((d: any) => [d.kind, d.dueDate, d.periodYear]);
    expect(deadlines).to.deep.include(['plan', '2009-02-15', 2009]);
    expect(deadlines).to.deep.include(['accounts', '2009-04-01', 2008]);
    expect(deadlines.map((d: any[]) => d.slice(0, 2))).to.deep.include(['report', '2009-08-01']);
    expect(deadlines).to.have.length(3);
  });

  it('plans two steering meetings in 2009, the first in April', () => {
    expect(letter.steeringMeetings).to.have.length(2);
    expect(letter.steeringMeetings[0]).to.include({ sequence: 1, year: 2009, plannedMonth: 4 });
    expect(letter.steeringMeetings[1]).to.include({ sequence: 2, year: 2009 });
  });

  it('is signed, approved electronically and copied to HOD and the county governors', () => {
    expect(letter.signatories).to.deep.equal([
      { name: 'Ellinor F. Major', title: 'divisjonsdirektør', byAuthority: true },
      { name: 'Anette Mjelde', title: 'prosjektleder', byAuthority: false },
    ]);
    expect(letter.approvals).to.have.length.at.least(1);
    expect(letter.approvals[0].method).to.equal('electronic');
    expect(letter.copyRecipients.map((c: any) => c.name)).to.deep.equal([
      'Helse- og omsorgsdepartementet',
      'Landets fylkesmenn',
    ]);
  });
});
