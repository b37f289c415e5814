// Money fixtures: a centre with an issued letter for a year of its own, a budget line and a frame,
// made through the API where finance would make them, and the letter straight in the database.
import { expect } from 'chai';
import { Centre, GrantLetter } from '../../server/models/index.js';
import { as } from './http.js';

export interface MoneyFixture {
  centre: string;
  year: number;
  letter: GrantLetter;
  frameId: number;
  budgetLineId: number;
}

/** A budget line for `year` (created through the API unless it exists). */
export async function budgetLine(year: number, chapter: number, item: number): Promise<number> {
  const finance = await as('finance');
  const existing = (await finance.get(`/api/budget-lines?year=${year}&chapter=${chapter}`)).body.items.find(
    (line: any) => line.item === item,
  );
  if (existing) return existing.id;
  const created = await finance.post('/api/budget-lines', {
    year,
    chapter,
    item,
    name: `Kap. ${chapter} post ${item}`,
  });
  expect(created.status, JSON.stringify(created.body)).to.equal(201);
  return created.body.id;
}

/** An issued main letter for centre/year, accepted unless told otherwise, and a frame on kap. 743 post 62. */
export async function moneyFixture(
  centre: string,
  year: number,
  amountOre: number,
  { accepted = true } = {},
): Promise<MoneyFixture> {
  const centreRecord = await Centre.findOne({ where: { code: centre }, rejectOnEmpty: true });
  const letter = await GrantLetter.create({
    centreId: centreRecord.id,
    year,
    kind: 'main',
    parentId: null,
    referenceNumber: `${year}/${centre}`,
    status: 'issued',
    title: `Tilskudd ${year}`,
    letterDate: `${year}-01-20`,
    senderOrganisationId: null,
    createdById: null,
    issuedAt: new Date(),
    acceptedAt: accepted ? new Date() : null,
  });
  const budgetLineId = await budgetLine(year, 743, 62);
  const frame = await (
    await as('finance')
  ).post('/api/budget-frames', { centre, year, budgetLine: { chapter: 743, item: 62 }, amountOre });
  expect(frame.status, JSON.stringify(frame.body)).to.equal(201);
  return { centre, year, letter, frameId: frame.body.id, budgetLineId };
}

export async function lastAudit(entityType: string, entityId: number | string) {
  const reply = await (await as('admin')).get(`/api/audit?entityType=${entityType}&entityId=${entityId}`);
  expect(reply.status).to.equal(200);
  return reply.body.items[0];
}
