// Payments: only after the letter is accepted, beyond the frame only with a reason, and while
// accounts or a report are overdue only with a reason (unless the budget line says otherwise).
import { expect } from 'chai';
import { makeCentre } from '../../../support/factories.js';
import ExcelJS from 'exceljs';
import { Deadline } from '../../../../server/models/index.js';
import { osloToday } from '../../../../server/calendar.js';
import { as } from '../../../support/http.js';
import { rowCounts } from '../../../support/counts.js';
import { lastAudit, moneyFixture } from '../../../support/finance.js';
import type { MoneyFixture } from '../../../support/finance.js';

const today = osloToday();

describe('routes/api: disbursements', () => {
  let fixture: MoneyFixture;
  let voucher = 0;
  const pay = async (amountOre: number, extra: object = {}, frameId = fixture.frameId) =>
    (await as('finance')).post('/api/disbursements', {
      budgetFrameId: frameId,
      paidOn: today,
      amountOre,
      voucherReference: `BILAG-${++voucher}`,
      ...extra,
    });

  before(async () => {
    fixture = await moneyFixture('RVTS-VEST', 2030, 1_000_000_00);
  });

  it('pays nothing before the centre has accepted the letter, and nothing before it is issued', async () => {
    // A centre of its own: another file's overdue hand-ins at a seeded centre would hold the payment.
    const unaccepted = await moneyFixture((await makeCentre()).code, 2030, 500_000_00, { accepted: false });
    const before = await rowCounts();
    const refused = await pay(100_00, {}, unaccepted.frameId);
    expect(refused.status).to.equal(409);
    expect(refused.body.type).to.match(/letter-not-accepted$/);
    expect(refused.body.detail).to.equal(
      'The centre has not accepted the 2030 grant letter yet, so nothing can be paid.',
    );
    expect(await rowCounts()).to.deep.equal(before);
    await unaccepted.letter.update({ status: 'approved' });
    const beforeUnissued = await rowCounts(); // the letter's own change above is the test's, not the request's
    const unissued = await pay(100_00, {}, unaccepted.frameId);
    expect(unissued.status).to.equal(409);
    expect(unissued.body.detail).to.equal('The 2030 grant letter has not been issued, so nothing can be paid yet.');
    expect(await rowCounts()).to.deep.equal(beforeUnissued);

    await unaccepted.letter.update({ status: 'issued', acceptedAt: new Date() });
    expect((await pay(100_00, {}, unaccepted.frameId)).status).to.equal(201);
  });

  it('records a payment exactly in øre, audited, and shows it against the payment plan', async () => {
    const finance = await as('finance');
    const plan = await finance.put(`/api/budget-frames/${fixture.frameId}/payment-plan`, {
      instalments: [
        { dueDate: '2030-01-31', amountOre: 400_000_00 },
        { dueDate: '2030-06-30', amountOre: 599_999_99, note: 'Resten' },
      ],
    });
    expect(plan.status, JSON.stringify(plan.body)).to.equal(200);
    expect(plan.body.plannedOre).to.equal(999_999_99);
    expect((await lastAudit('BudgetFrame', fixture.frameId)).action).to.equal('update_payment_plan');

    const paid = await pay(450_000_01, { note: 'Første termin og litt til' });
    expect(paid.status, JSON.stringify(paid.body)).to.equal(201);
    expect(paid.body).to.include({ amountOre: 450_000_01, paidOn: today, year: 2030 });
    expect(paid.body.centre.code).to.equal('RVTS-VEST');
    expect(paid.body.overrides).to.deep.equal({
      overFrameReason: null,
      overdueOverrideReason: null,
      overdueDeadlines: [],
    });
    const audit = await lastAudit('Disbursement', paid.body.id);
    expect(audit).to.include({ action: 'create' });
    expect(audit.actor.email).to.equal('okonomi@helsedir.example');
    expect(audit.after.amountOre).to.equal(450_000_01);

    const after = (await finance.get(`/api/budget-frames/${fixture.frameId}/payment-plan`)).body;
    expect(after.paidOre).to.equal(450_000_01);
    expect(after.remainingOre).to.equal(549_999_99);
    expect(after.instalments.map((i: any) => [i.status, i.coveredOre])).to.deep.equal([
      ['paid', 400_000_00],
      ['partly_paid', 50_000_01],
    ]);
    expect(after.holds).to.deep.equal({ letter: null, overdue: [] });

    const tooMuch = await finance.put(`/api/budget-frames/${fixture.frameId}/payment-plan`, {
      instalments: [{ dueDate: '2030-01-31', amountOre: 1_000_000_01 }],
    });
    expect(tooMuch.status).to.equal(400);
    expect(tooMuch.body.errors[0].message).to.include('kr 1 000 000,01');
  });

  it('refuses the same voucher twice on a frame', async () => {
    const first = await pay(1_00, { voucherReference: 'DOBBEL-1' });
    expect(first.status).to.equal(201);
    const second = await pay(1_00, { voucherReference: 'DOBBEL-1' });
    expect(second.status).to.equal(400);
    expect(second.body.errors[0].field).to.equal('body.voucherReference');
  });

  it('pays beyond the frame only with an override and its reason', async () => {
    const finance = await as('finance');
    const plan = (await finance.get(`/api/budget-frames/${fixture.frameId}/payment-plan`)).body;
    const before = await rowCounts();
    const refused = await pay(plan.remainingOre + 1);
    expect(refused.status).to.equal(409);
    expect(refused.body.type).to.match(/override-required$/);
    expect(refused.body.errors.map((e: any) => e.field)).to.deep.equal(['body.overFrameReason']);
    expect(refused.body.errors[0].message).to.equal(
      'paid would be kr 1 000 000,01, beyond the frame of kr 1 000 000,00',
    );
    expect(await rowCounts()).to.deep.equal(before);

    const exact = await pay(plan.remainingOre);
    expect(exact.status).to.equal(201);
    expect(exact.body.overrides.overFrameReason).to.equal(null);

    const over = await pay(5_00, { overFrameReason: 'Etterbetaling avtalt i styringsmøtet' });
    expect(over.status, JSON.stringify(over.body)).to.equal(201);
    expect(over.body.overrides.overFrameReason).to.equal('Etterbetaling avtalt i styringsmøtet');
    expect((await lastAudit('Disbursement', over.body.id)).action).to.equal('create_with_override');
    expect((await finance.get(`/api/budget-frames/${fixture.frameId}/payment-plan`)).body.remainingOre).to.equal(-5_00);
  });

  it('lets only one of two simultaneous payments that together pass the frame through', async () => {
    const race = await moneyFixture('KORUS-SOR', 2030, 100_000_00);
    const replies = await Promise.all([pay(60_000_00, {}, race.frameId), pay(60_000_00, {}, race.frameId)]);
    expect(replies.map((reply) => reply.status).sort()).to.deep.equal([201, 409]);
    const plan = (await (await as('finance')).get(`/api/budget-frames/${race.frameId}/payment-plan`)).body;
    expect(plan.paidOre).to.equal(60_000_00);
  });

  it('does not let a frame be lowered below what is paid on it, by hand or by import', async () => {
    const finance = await as('finance');
    const lowered = await finance.patch(`/api/budget-frames/${fixture.frameId}`, { amountOre: 100 });
    expect(lowered.status).to.equal(409);
    expect(lowered.body.detail).to.include('is already paid');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Rammer').addRows([
      ['Senter', 'År', 'Kapittel', 'Post', 'Ramme (kr)'],
      ['RVTS-VEST', 2030, 743, 62, 10],
    ]);
    const file = Buffer.from(await book.xlsx.writeBuffer());
    const imported = await finance.upload('/api/budget-frames/import', 'file', file, 'rammer.xlsx');
    expect(imported.status).to.equal(400);
    expect(imported.body.errors.map((e: any) => [e.row, e.column])).to.deep.equal([[2, 'E']]);
  });

  describe('while accounts or a report are overdue', () => {
    let overdue: Deadline;
    let centreFixture: MoneyFixture;

    before(async () => {
      centreFixture = await moneyFixture('RVTS-MIDT', 2030, 100_000_00);
      // Past its date and not handed in, though the nightly job has not marked it overdue yet.
      overdue = await Deadline.create({
        centreId: centreFixture.letter.centreId,
        year: 2025,
        kind: 'accounts',
        title: 'Regnskap for 2024',
        dueDate: '2025-04-01',
        periodYear: 2024,
        status: 'upcoming',
        letterId: null,
        assignmentId: null,
        steeringMeetingId: null,
      });
    });
    after(() => overdue.destroy());

    it('warns and holds the payment until an override with a reason is given', async () => {
      const finance = await as('finance');
      const plan = (await finance.get(`/api/budget-frames/${centreFixture.frameId}/payment-plan`)).body;
      expect(plan.holds.overdue.map((d: any) => d.title)).to.deep.equal(['Regnskap for 2024']);

      const before = await rowCounts();
      const refused = await pay(10_00, {}, centreFixture.frameId);
      expect(refused.status).to.equal(409);
      expect(refused.body.errors.map((e: any) => e.field)).to.deep.equal(['body.overdueOverrideReason']);
      expect(refused.body.errors[0].message).to.include('Regnskap for 2024 (2025-04-01)');
      // Both overrides missing: both are named at once.
      const both = await pay(200_000_00, {}, centreFixture.frameId);
      expect(both.body.errors.map((e: any) => e.field)).to.deep.equal([
        'body.overFrameReason',
        'body.overdueOverrideReason',
      ]);
      expect(await rowCounts()).to.deep.equal(before);

      const overridden = await pay(
        10_00,
        { overdueOverrideReason: 'Regnskapet er mottatt på e-post' },
        centreFixture.frameId,
      );
      expect(overridden.status).to.equal(201);
      expect(overridden.body.overrides.overdueOverrideReason).to.equal('Regnskapet er mottatt på e-post');
      expect(overridden.body.overrides.overdueDeadlines).to.deep.equal([
        { deadlineId: overdue.id, kind: 'accounts', title: 'Regnskap for 2024', dueDate: '2025-04-01' },
      ]);
      const audit = await lastAudit('Disbursement', overridden.body.id);
      expect(audit.action).to.equal('create_with_override');
      expect(audit.after.overrides.overdueOverrideReason).to.equal('Regnskapet er mottatt på e-post');
    });

    it('does not hold payments on a budget line where the rule is switched off', async () => {
      const finance = await as('finance');
      const off = await finance.patch(`/api/budget-lines/${centreFixture.budgetLineId}`, { holdWhenOverdue: false });
      expect(off.status).to.equal(200);
      expect(off.body.holdWhenOverdue).to.equal(false);
      expect((await lastAudit('BudgetLine', centreFixture.budgetLineId)).before.holdWhenOverdue).to.equal(true);
      try {
        const paid = await pay(10_00, {}, centreFixture.frameId);
        expect(paid.status).to.equal(201);
        expect(paid.body.overrides.overdueDeadlines).to.deep.equal([]);
      } finally {
        await finance.patch(`/api/budget-lines/${centreFixture.budgetLineId}`, { holdWhenOverdue: true });
      }
    });

    it('lets the payment through once the accounts are handed in', async () => {
      await overdue.update({ status: 'submitted' });
      expect((await pay(10_00, {}, centreFixture.frameId)).status).to.equal(201);
      await overdue.update({ status: 'overdue' });
      expect((await pay(10_00, {}, centreFixture.frameId)).status).to.equal(409);
    });
  });

  it('lets only finance officers write money', async () => {
    const payment = (await pay(1_00, { overFrameReason: 'Rettes opp senere' })).body;
    expect(payment.id).to.be.a('number');
    const workbook = Buffer.from('not really a workbook');
    for (const role of ['caseOfficer', 'admin', 'approver', 'auditor', 'naphaLeader'] as const) {
      const client = await as(role);
      const before = await rowCounts();
      const replies = [
        await client.post('/api/disbursements', {
          budgetFrameId: fixture.frameId,
          paidOn: today,
          amountOre: 100,
          voucherReference: 'X-1',
        }),
        await client.delete(`/api/disbursements/${payment.id}`),
        await client.put(`/api/budget-frames/${fixture.frameId}/payment-plan`, { instalments: [] }),
        await client.post('/api/budget-lines', { year: 2030, chapter: 743, item: 21, name: 'Post 21' }),
        await client.patch(`/api/budget-lines/${fixture.budgetLineId}`, { name: 'Nytt navn' }),
        await client.upload('/api/budget-frames/import', 'file', workbook, 'rammer.xlsx'),
      ];
      // A centre user may not even see another centre's payment or frame, nor pay on that frame
      // (creation is asked of the frame, the parent).
      const expected = role === 'naphaLeader' ? [404, 404, 404, 403, 403, 403] : [403, 403, 403, 403, 403, 403];
      expect(
        replies.map((reply) => reply.status),
        role,
      ).to.deep.equal(expected);
      expect(await rowCounts(), role).to.deep.equal(before);
    }
    const finance = await as('finance');
    expect((await finance.delete(`/api/disbursements/${payment.id}`)).status).to.equal(204);
    expect((await lastAudit('Disbursement', payment.id)).action).to.equal('delete');
  });

  it('shows a centre only its own payments', async () => {
    const finance = await as('finance');
    const vest = (await finance.get('/api/disbursements?centre=RVTS-VEST')).body.items[0];
    const napha = await as('naphaLeader');
    expect((await napha.get(`/api/disbursements/${vest.id}`)).status).to.equal(404);
    expect((await napha.get(`/api/budget-frames/${fixture.frameId}/payment-plan`)).status).to.equal(404);
    const own = await napha.get('/api/disbursements');
    expect(own.body.items.length).to.be.greaterThan(0);
    expect(new Set(own.body.items.map((p: any) => p.centre.code))).to.deep.equal(new Set(['NAPHA']));
    expect((await napha.get('/api/disbursements?centre=RVTS-VEST')).body.items).to.deep.equal([]);
    expect((await (await as('auditor')).get(`/api/disbursements/${vest.id}`)).status).to.equal(200);
  });
});
