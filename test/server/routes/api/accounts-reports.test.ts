// Accounts: the centre submits spent and unspent per year and line; finance sees the variance
// against frame and payments, and records the review and the outcome for unspent money.
import { expect } from 'chai';
import { as } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';
import type { Client } from '../../../support/http.js';
import { lastAudit } from '../../../support/finance.js';
import { loginAs, makeFrame, makeUser } from '../../../support/factories.js';
import { osloToday } from '../../../../server/calendar.js';
import type { BudgetFrame, Centre, User } from '../../../../server/models/index.js';

describe('routes/api: accounts reports', () => {
  // A centre of the test's own (accepted letter, a frame of kr 2 000 000), its leader, and a leader elsewhere.
  let centre: Centre;
  let frame: BudgetFrame;
  let leaderUser: User;
  let leader: Client;
  let otherLeader: Client;
  const year = 2030;

  before(async () => {
    ({ centre, frame } = await makeFrame({ year, amountOre: 2_000_000_00, letter: true }));
    leaderUser = await makeUser('centre_leader', { centre });
    leader = await loginAs(leaderUser);
    otherLeader = await loginAs(await makeUser('centre_leader'));
  });

  it('lets a centre submit its accounts and finance approve them with an outcome for unspent money', async () => {
    const finance = await as('finance');
    const paid = await finance.post('/api/disbursements', {
      budgetFrameId: frame.id,
      paidOn: osloToday(),
      amountOre: 1_500_000_00,
      voucherReference: 'REGNSKAP-1',
    });
    expect(paid.status, JSON.stringify(paid.body)).to.equal(201);

    const submitted = await leader.post('/api/accounts-reports', {
      centre: centre.code.toLowerCase(),
      year,
      budgetLine: { chapter: 743, item: 62 },
      spentOre: 1_400_000_00,
      unspentOre: 99_999_99,
      comment: 'Én stilling sto ledig',
    });
    expect(submitted.status, JSON.stringify(submitted.body)).to.equal(201);
    expect(submitted.body).to.include({ status: 'submitted', spentOre: 1_400_000_00, unspentOre: 99_999_99 });
    expect(submitted.body.submittedBy.email).to.equal(leaderUser.email);
    expect(submitted.body.variance).to.deep.equal({
      frameOre: 2_000_000_00,
      paidOre: 1_500_000_00,
      spentVsFrameOre: -600_000_00,
      unaccountedOre: 1,
    });
    const id = submitted.body.id;
    expect((await lastAudit('AccountsReport', id)).actor.email).to.equal(leaderUser.email);

    const again = await leader.post('/api/accounts-reports', {
      centre: centre.code,
      year,
      budgetLine: { chapter: 743, item: 62 },
      spentOre: 1,
      unspentOre: 1,
    });
    expect(again.status).to.equal(409);

    const corrected = await leader.patch(`/api/accounts-reports/${id}`, { unspentOre: 100_000_00 });
    expect(corrected.status).to.equal(200);
    expect(corrected.body.variance.unaccountedOre).to.equal(0);

    // Reviewing is finance's alone.
    expect((await leader.post(`/api/accounts-reports/${id}/review`, { status: 'approved' })).status).to.equal(403);
    const noOutcome = await finance.post(`/api/accounts-reports/${id}/review`, { status: 'approved' });
    expect(noOutcome.status).to.equal(400);
    expect(noOutcome.body.errors[0].field).to.equal('body.unspentOutcome');

    const approved = await finance.post(`/api/accounts-reports/${id}/review`, {
      status: 'approved',
      unspentOutcome: 'repaid',
      reviewNote: 'Tilbakebetales innen 1. juni',
    });
    expect(approved.status, JSON.stringify(approved.body)).to.equal(200);
    expect(approved.body).to.include({ status: 'approved', unspentOutcome: 'repaid', unspentOutcomeStatus: 'pending' });
    expect(approved.body.reviewedBy.email).to.equal('okonomi@helsedir.example');
    const audit = await lastAudit('AccountsReport', id);
    expect(audit.action).to.equal('review');
    expect([audit.before.status, audit.after.status]).to.deep.equal(['submitted', 'approved']);

    const settled = await finance.post(`/api/accounts-reports/${id}/review`, {
      status: 'approved',
      unspentOutcome: 'repaid',
      unspentOutcomeStatus: 'completed',
    });
    expect(settled.body.unspentOutcomeStatus).to.equal('completed');

    // Approved accounts are settled, for the centre and for finance alike.
    const before = await rowCounts();
    expect((await leader.patch(`/api/accounts-reports/${id}`, { spentOre: 1 })).status).to.equal(403);
    expect((await finance.patch(`/api/accounts-reports/${id}`, { spentOre: 1 })).status).to.equal(409);
    expect(await rowCounts()).to.deep.equal(before);
  });

  it('keeps accounts between a centre and the directorate', async () => {
    const finance = await as('finance');
    const accounts = (await finance.get(`/api/accounts-reports?centre=${centre.code}`)).body.items[0];
    expect((await otherLeader.get(`/api/accounts-reports/${accounts.id}`)).status).to.equal(404);
    expect((await otherLeader.get(`/api/accounts-reports?centre=${centre.code}`)).body.items).to.deep.equal([]);
    const submitForOther = await otherLeader.post('/api/accounts-reports', {
      centre: centre.code,
      year,
      budgetLine: { chapter: 743, item: 62 },
      spentOre: 1,
      unspentOre: 0,
    });
    expect(submitForOther.status).to.equal(404); // another centre is not there for a centre user
    expect((await otherLeader.patch(`/api/accounts-reports/${accounts.id}`, { spentOre: 1 })).status).to.equal(404);
    for (const role of ['caseOfficer', 'auditor'] as const) {
      const client = await as(role);
      expect((await client.get(`/api/accounts-reports/${accounts.id}`)).status, role).to.equal(200);
      expect((await client.patch(`/api/accounts-reports/${accounts.id}`, { spentOre: 1 })).status, role).to.equal(403);
    }
  });
});
