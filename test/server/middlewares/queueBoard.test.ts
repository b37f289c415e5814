import { expect } from 'chai';
import { anonymous, as } from '../../support/http.js';
import { queueNames } from '../../../workflows/queues.js';

describe('server/middlewares/queueBoard', () => {
  it('shows Bull Board to administrators only', async () => {
    const page = await (await as('admin')).get('/admin/queues');
    expect(page.status).to.equal(200);
    expect(String(page.body)).to.include('<div id="root">');
    expect((await (await as('caseOfficer')).get('/admin/queues')).status).to.equal(404);
    expect((await anonymous().get('/admin/queues')).status).to.equal(401);
  });

  it('shows every queue', async () => {
    const board = await (await as('admin')).get('/admin/queues/api/queues');
    expect(board.status).to.equal(200);
    expect(board.body.queues.map((queue: { name: string }) => queue.name)).to.have.members([...queueNames]);
  });
});
