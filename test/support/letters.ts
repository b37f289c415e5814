// A letter made from the template through the API and taken as far as a test needs it: submitted
// for approval, and approved unless told otherwise. Each step is checked, so a setup that fails
// says so here rather than as a puzzling failure later.
import { expect } from 'chai';
import { as } from './http.js';

export async function letterInReview(centre: string, year: number, { approve = true } = {}): Promise<number> {
  const officer = await as('caseOfficer');
  const created = await officer.post('/api/letters', {
    centre,
    year,
    title: `Tilskudd ${year}`,
    startFrom: 'template',
  });
  expect(created.status, JSON.stringify(created.body)).to.equal(201);
  const id = created.body.id as number;
  expect((await officer.post(`/api/letters/${id}/submit`)).status).to.equal(200);
  if (approve) expect((await (await as('approver')).post(`/api/letters/${id}/approve`)).status).to.equal(200);
  return id;
}

/** One approved letter per centre, in order. */
export async function approvedLetters(centres: string[], year: number): Promise<number[]> {
  const ids: number[] = [];
  for (const centre of centres) ids.push(await letterInReview(centre, year));
  return ids;
}
