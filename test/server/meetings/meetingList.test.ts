// The steering meetings list in its order (newest year first, then centre and sequence) and with
// its total, unfiltered (where the route names the index that keeps that order) and filtered by
// status, year and centre (where MariaDB picks its index itself): the same meetings as the database
// gives for the same order.
import { expect } from 'chai';
import type { WhereOptions } from 'sequelize';
import { as } from '../../support/http.js';
import type { Client } from '../../support/http.js';
import { Centre, SteeringMeeting } from '../../../server/models/index.js';

const order: [string, 'ASC' | 'DESC'][] = [
  ['year', 'DESC'],
  ['centreId', 'ASC'],
  ['sequence', 'ASC'],
];

/** Every page of the list, its meetings' ids in turn, and the total each page gave. */
async function everyPage(client: Client, query: string) {
  const ids: number[] = [];
  const totals = new Set<number>();
  for (let page = 1; ; page += 1) {
    const reply = await client.get(`/api/steering-meetings?${query ? `${query}&` : ''}pageSize=200&page=${page}`);
    expect(reply.status, JSON.stringify(reply.body)).to.equal(200);
    const body = reply.body as { items: { id: number }[]; total: number };
    totals.add(body.total);
    ids.push(...body.items.map((meeting) => meeting.id));
    if (body.items.length < 200) return { ids, totals: [...totals] };
  }
}

async function inOrder(where: WhereOptions<SteeringMeeting>) {
  return (await SteeringMeeting.findAll({ where, order, attributes: ['id'] })).map((meeting) => meeting.id);
}

describe('routes/api: the steering meetings list, in order and counted', () => {
  it('lists every meeting, unfiltered, in the list’s order with the right total', async () => {
    const expected = await inOrder({});
    expect(expected.length).to.be.above(2);
    const listed = await everyPage(await as('caseOfficer'), '');
    expect(listed.ids).to.deep.equal(expected);
    expect(listed.totals).to.deep.equal([expected.length]);
  });

  it('filters by status and by year, in the same order', async () => {
    const officer = await as('caseOfficer');
    const planned = await everyPage(officer, 'status=planned');
    expect(planned.ids).to.deep.equal(await inOrder({ status: 'planned' }));
    expect(planned.totals).to.deep.equal([planned.ids.length]);
    const year = (await SteeringMeeting.findOne({ order }))!.year;
    const ofTheYear = await everyPage(officer, `year=${year}`);
    expect(ofTheYear.ids).to.deep.equal(await inOrder({ year }));
    expect(ofTheYear.ids.length).to.be.above(0);
  });

  it('shows a centre leader their own centre’s meetings only', async () => {
    const napha = (await Centre.findOne({ where: { code: 'NAPHA' } }))!;
    const own = await everyPage(await as('naphaLeader'), '');
    expect(own.ids).to.deep.equal(await inOrder({ centreId: napha.id }));
    expect(own.ids.length).to.be.above(0);
  });
});
