// The one rule for how low a frame may go: exactly what is paid is allowed, one krone (or øre) less is not.
import { expect } from 'chai';
import { frameBelowPaid, frameCoversPaid } from '../../../server/commands/frameFloor.js';
import { withTransaction } from '../../../server/db/transaction.js';
import { Disbursement } from '../../../server/models/index.js';
import { makeFrame } from '../../support/factories.js';

describe('server/commands/frameFloor', () => {
  it('lets a frame cover exactly what is paid, not one øre or one krone less', () => {
    const paid = 40_000_00;
    expect(frameCoversPaid(paid + 1, paid)).to.equal(true);
    expect(frameCoversPaid(paid, paid)).to.equal(true);
    expect(frameCoversPaid(paid - 1, paid)).to.equal(false);
    expect(frameCoversPaid(paid - 100, paid)).to.equal(false);
    expect(frameCoversPaid(0, 0)).to.equal(true);
  });

  it('reads what is paid on the frame and names it when the amount is below', async () => {
    const { frame } = await makeFrame({ amountOre: 100_000_00 });
    for (const amountOre of [15_000_00, 25_000_00])
      await Disbursement.create({
        centreId: frame.centreId,
        year: frame.year,
        budgetFrameId: frame.id,
        paidOn: `${frame.year}-02-01`,
        amountOre,
        voucherReference: `GULV-${amountOre}`,
        note: null,
        overFrameReason: null,
        overdueOverrideReason: null,
        overdueDeadlines: null,
        recordedById: null,
      });
    const check = (amountOre: number) => withTransaction((t) => frameBelowPaid(frame.id, amountOre, t));
    expect(await check(40_000_00)).to.equal(null);
    const below = await check(39_999_00);
    expect(below?.paidOre).to.equal(40_000_00);
    expect(below?.reason.en).to.match(/^kr 40\s000,00 is already paid on this frame$/);
  });
});
