// A payment recorded in error is reversed with a reason: a reversing entry of the negative amount,
// never a delete; audited; once only (409 the second time, and for a reversal); nothing written on
// a refusal. What is paid on the frame drops back, so the frame may be lowered again.
import { expect } from 'chai';
import { Disbursement } from '../../../../server/models/index.js';
import { osloToday } from '../../../../server/calendar.js';
import { as } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';
import { lastAudit, moneyFixture } from '../../../support/finance.js';
import type { MoneyFixture } from '../../../support/finance.js';

describe('routes/api: reversing a disbursement', () => {
  let fixture: MoneyFixture;
  let payment: any;
  const reverse = async (id: number, body: object, role: 'finance' | 'caseOfficer' | 'korusNordLeader' = 'finance') =>
    (await as(role)).post(`/api/disbursements/${id}/reverse`, body);
  const listed = async (id: number) =>
    (await (await as('finance')).get(`/api/disbursements?year=${fixture.year}&pageSize=200`)).body.items.find(
      (p: any) => p.id === id,
    );

  before(async () => {
    // Logged in first: a login writes the user's row and the audit, which would show in rowCounts.
    for (const role of ['finance', 'caseOfficer', 'korusNordLeader'] as const) await as(role);
    fixture = await moneyFixture('RVTS-OST', 2053, 1_000_000_00);
    const finance = await as('finance');
    // No overdue hand-in holds this test's payments.
    expect(
      (await finance.patch(`/api/budget-lines/${fixture.budgetLineId}`, { holdWhenOverdue: false })).status,
    ).to.equal(200);
    const paid = await finance.post('/api/disbursements', {
      budgetFrameId: fixture.frameId,
      paidOn: osloToday(),
      amountOre: 400_000_50,
      voucherReference: 'BILAG-R1',
    });
    expect(paid.status, JSON.stringify(paid.body)).to.equal(201);
    payment = paid.body;
  });

  it('refuses without a reason, for anyone but finance, and another centre’s payment is not there', async () => {
    const before = await rowCounts();
    const noReason = await reverse(payment.id, { reason: '  ' });
    expect(noReason.status).to.equal(400);
    expect(noReason.body.errors.map((e: any) => e.field)).to.deep.equal(['body.reason']);
    expect((await reverse(payment.id, {})).status).to.equal(400);
    expect((await reverse(payment.id, { reason: 'Feil' }, 'caseOfficer')).status).to.equal(403);
    expect((await reverse(payment.id, { reason: 'Feil' }, 'korusNordLeader')).status).to.equal(404);
    expect((await reverse(999_999, { reason: 'Feil' })).status).to.equal(404);
    expect(await rowCounts()).to.deep.equal(before);
    expect((await listed(payment.id)).abilities).to.deep.equal({ reverse: true });
  });

  it('reverses with a reversing entry of the negative amount, audited, keeping the payment', async () => {
    const reversed = await reverse(payment.id, { reason: 'Utbetalt til feil konto' });
    expect(reversed.status, JSON.stringify(reversed.body)).to.equal(201);
    expect(reversed.body).to.include({
      amountOre: -400_000_50,
      reversesId: payment.id,
      reversalReason: 'Utbetalt til feil konto',
      budgetFrameId: fixture.frameId,
      paidOn: osloToday(),
      voucherReference: 'R-BILAG-R1',
    });
    expect(await Disbursement.count({ where: { budgetFrameId: fixture.frameId } })).to.equal(2);
    const original = await listed(payment.id);
    expect(original).to.include({ amountOre: 400_000_50, reversedById: reversed.body.id });
    expect(original.abilities).to.deep.equal({ reverse: false });
    expect((await listed(reversed.body.id)).abilities).to.deep.equal({ reverse: false });
    const audit = await lastAudit('Disbursement', payment.id);
    expect(audit.action).to.equal('reverse');
    expect(audit.actor.email).to.equal('okonomi@helsedir.example');
    expect(audit.after).to.include({ amountOre: -400_000_50, reversalReason: 'Utbetalt til feil konto' });
    const plan = (await (await as('finance')).get(`/api/budget-frames/${fixture.frameId}/payment-plan`)).body;
    expect(plan.paidOre).to.equal(0);
    // Nothing is paid any more, so the frame may go below the reversed amount.
    const lowered = await (await as('finance')).patch(`/api/budget-frames/${fixture.frameId}`, { amountOre: 100_00 });
    expect(lowered.status, JSON.stringify(lowered.body)).to.equal(200);
  });

  it('refuses (409) to reverse twice, to reverse a reversal and to delete either, writing nothing', async () => {
    const reversal = await Disbursement.findOne({ where: { reversesId: payment.id } });
    const before = await rowCounts();
    const twice = await reverse(payment.id, { reason: 'Igjen' });
    expect(twice.status).to.equal(409);
    expect(twice.body.detail).to.equal(`Disbursement ${payment.id} has already been reversed.`);
    const ofReversal = await reverse(reversal!.id, { reason: 'Angre' });
    expect(ofReversal.status).to.equal(409);
    expect(ofReversal.body.detail).to.equal(
      `Disbursement ${reversal!.id} is itself a reversal and cannot be reversed.`,
    );
    const finance = await as('finance');
    expect((await finance.delete(`/api/disbursements/${payment.id}`)).status).to.equal(409);
    expect((await finance.delete(`/api/disbursements/${reversal!.id}`)).status).to.equal(409);
    expect(await rowCounts()).to.deep.equal(before);
  });
});
