// Deadlines met on time per centre: counted from real hand-ins on two centres of the test's own
// (factories), and a centre leader sees only their own centre.
import { expect } from 'chai';
import { as } from '../../../support/http.js';
import type { Client } from '../../../support/http.js';
import { minimalPdf } from '../../../support/documents.js';
import { loginAs, makeCentre, makeUser } from '../../../support/factories.js';
import type { Centre } from '../../../../server/models/index.js';

const year = 2043;

function pdfForm() {
  const form = new FormData();
  form.append('files', new Blob([new Uint8Array(minimalPdf())], { type: 'application/pdf' }), 'levert.pdf');
  return form;
}

describe('routes/api: deadline punctuality', () => {
  let busy: Centre;
  let quiet: Centre;
  let quietLeader: Client;

  before(async () => {
    busy = await makeCentre();
    quiet = await makeCentre();
    quietLeader = await loginAs(await makeUser('centre_leader', { centre: quiet }));
    const officer = await as('caseOfficer');
    const leader = await loginAs(await makeUser('centre_leader', { centre: busy }));
    const deadline = async (centre: string, title: string, dueDate: string, status?: string) => {
      const reply = await officer.post('/api/deadlines', { centre, year, kind: 'custom', title, dueDate, status });
      expect(reply.status, JSON.stringify(reply.body)).to.equal(201);
      return reply.body.id as number;
    };
    const handIn = async (id: number) =>
      expect((await leader.postForm(`/api/deadlines/${id}/submissions`, pdfForm())).status).to.equal(201);

    // Handed in today: before a due date in 2034, after one in 2020.
    await handIn(await deadline(busy.code, 'I tide', `${year}-06-01`));
    await handIn(await deadline(busy.code, 'For sent', '2020-01-01'));
    await deadline(busy.code, 'Forfalt', '2020-01-02');
    await deadline(busy.code, 'Kommende', `${year}-09-01`);
    await deadline(busy.code, 'Avlyst', `${year}-03-01`, 'cancelled');
    // Marked as accepted without a hand-in in the app: nothing says it was late.
    await deadline(busy.code, 'Godkjent uten innlevering', `${year}-02-15`, 'accepted');
    // Handed in late and returned: the centre still owes it.
    const returned = await deadline(busy.code, 'Sendt tilbake', '2020-01-03');
    await handIn(returned);
    const review = await officer.post(`/api/deadlines/${returned}/review`, { decision: 'return', comment: 'Mangler' });
    expect(review.status, JSON.stringify(review.body)).to.equal(200);
    await deadline(quiet.code, 'Kommende', `${year}-09-01`);
  });

  it('counts due, on time, late, open and overdue per centre', async () => {
    const reply = await (await as('caseOfficer')).get(`/api/deadlines/punctuality?year=${year}`);
    expect(reply.status).to.equal(200);
    expect(reply.body.year).to.equal(year);
    // Other tests may add deadlines to the year; these two centres are this test's own.
    const counts = (centre: Centre) => {
      const item = reply.body.items.find((each: any) => each.centre.code === centre.code);
      expect(item, centre.code).to.not.equal(undefined);
      return item;
    };
    expect(counts(quiet)).to.deep.equal({
      centre: { code: quiet.code, name: quiet.name },
      due: 1,
      onTime: 0,
      late: 0,
      open: 1,
      overdue: 0,
    });
    expect(counts(busy)).to.deep.equal({
      centre: { code: busy.code, name: busy.name },
      due: 6,
      onTime: 2,
      late: 1,
      open: 3,
      overdue: 2,
    });
  });

  it('gives a centre leader only their own centre', async () => {
    const own = (await quietLeader.get(`/api/deadlines/punctuality?year=${year}`)).body.items;
    expect(own.map((item: any) => [item.centre.code, item.due])).to.deep.equal([[quiet.code, 1]]);
    const other = await quietLeader.get(`/api/deadlines/punctuality?year=${year}&centre=${busy.code}`);
    expect(other.body.items).to.deep.equal([]);
  });

  it('names a bad year', async () => {
    const reply = await (await as('caseOfficer')).get('/api/deadlines/punctuality?year=tjue');
    expect(reply.status).to.equal(400);
    expect(reply.body.errors[0].field).to.equal('query.year');
  });
});
