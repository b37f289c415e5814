// What holds a payment at its edge: a report or accounts deadline is overdue only once its due date
// has passed (Oslo), so a payment on the due date itself is not held.
import { expect } from 'chai';
import { overdueHandIns } from '../../../server/commands/paymentHolds.js';
import { osloToday } from '../../../server/calendar.js';
import { Deadline } from '../../../server/models/index.js';
import { shiftDays } from '../../../server/reminders/workingDays.js';
import { as } from '../../support/http.js';
import { makeCentre, makeFrame } from '../../support/factories.js';
import type { BudgetFrame } from '../../../server/models/index.js';

const reportDue = (centreId: number, dueDate: string, title: string) =>
  Deadline.create({
    centreId,
    year: Number(dueDate.slice(0, 4)),
    kind: 'report',
    title,
    dueDate,
    periodYear: null,
    status: 'due_soon',
    letterId: null,
    assignmentId: null,
    steeringMeetingId: null,
  });

describe('server/commands/paymentHolds', () => {
  const made: Deadline[] = [];
  after(() => Promise.all(made.map((deadline) => deadline.destroy())));

  it('counts a report as overdue only from the day after its due date', async () => {
    const centre = await makeCentre();
    const report = await reportDue(centre.id, '2035-09-03', 'Årsrapport 2034 (grense)');
    made.push(report);
    const held = async (today: string) =>
      (await overdueHandIns(centre.id, undefined, today)).some((note) => note.deadlineId === report.id);
    expect(await held('2035-09-02')).to.equal(false);
    expect(await held('2035-09-03')).to.equal(false); // the due date itself
    expect(await held('2035-09-04')).to.equal(true);
  });

  describe('a payment on the due date', () => {
    let frame: BudgetFrame;
    before(async () => {
      ({ frame } = await makeFrame({ amountOre: 100_000_00, letter: true }));
    });

    it('is not held by a report due that day, and is once the date has passed', async () => {
      const today = osloToday();
      const finance = await as('finance');
      const pay = (voucherReference: string) =>
        finance.post('/api/disbursements', {
          budgetFrameId: frame.id,
          paidOn: today,
          amountOre: 1_000_00,
          voucherReference,
        });
      const dueToday = await reportDue(frame.centreId, today, 'Årsrapport (frist i dag)');
      made.push(dueToday);
      const paid = await pay('GRENSE-1');
      expect(paid.status, JSON.stringify(paid.body)).to.equal(201);
      expect(paid.body.overrides.overdueDeadlines).to.deep.equal([]);

      await dueToday.update({ dueDate: shiftDays(today, -1) });
      const held = await pay('GRENSE-2');
      expect(held.status).to.equal(409);
      expect(held.body.errors.map((e: any) => e.field)).to.deep.equal(['body.overdueOverrideReason']);
    });
  });
});
