// The reminder policy at its edges: holiday moves never push a step outside the due dates the
// sweep looks at, and only steps after the due date reach the case officers.
import { expect } from 'chai';
import { dueDateWindow, goesToCaseOfficers, plannedSteps } from '../../../server/reminders/policy.js';
import { shiftDays } from '../../../server/reminders/workingDays.js';
import { deadlineKinds } from '../../../server/models/Deadline.js';
import type { DeadlineKind } from '../../../server/models/Deadline.js';

const within = (date: string, window: { from: string; to: string }) => date >= window.from && date <= window.to;

describe('server/reminders/policy: boundaries', () => {
  it('keeps every step of a due date just after Easter inside the sweep window of the day it is sent', () => {
    // Easter 2027: Maundy Thursday 25 March … Easter Monday 29 March. Due 30 March – 5 May, the
    // steps 1, 7, 14 and 30 days before land on Easter and move back to Wednesday 24 March.
    const moved: string[] = [];
    for (let dueDate = '2027-03-30'; dueDate <= '2027-05-05'; dueDate = shiftDays(dueDate, 1)) {
      for (const { step, sendOn } of plannedSteps('report', dueDate)) {
        if (sendOn !== shiftDays(dueDate, step)) moved.push(`${dueDate}${step}`);
        expect(within(dueDate, dueDateWindow(sendOn)), `due ${dueDate}, step ${step} sent ${sendOn}`).to.equal(true);
      }
    }
    // The check is not empty: Easter moved steps by up to five days.
    expect(moved).to.include('2027-04-28-30'); // 29 March (Easter Monday) → 24 March
    expect(plannedSteps('report', '2027-04-28').find((s) => s.step === -30)!.sendOn).to.equal('2027-03-24');
  });

  it('keeps every step of every kind inside the sweep window, for every due date in 2027', () => {
    // Kinds with the same steps behave alike: one of each is enough (asking date-holidays costs a millisecond a date).
    const stepsOf = (kind: DeadlineKind) => plannedSteps(kind, '2026-01-01').map(({ step }) => step);
    const kinds = [...new Map(deadlineKinds.map((kind) => [stepsOf(kind).join(), kind])).values()];
    const windows = new Map<string, { from: string; to: string }>();
    const windowOf = (today: string) => windows.get(today) ?? windows.set(today, dueDateWindow(today)).get(today)!;
    for (let dueDate = '2027-01-01'; dueDate <= '2027-12-31'; dueDate = shiftDays(dueDate, 1))
      for (const kind of kinds)
        for (const { step, sendOn } of plannedSteps(kind, dueDate))
          if (!within(dueDate, windowOf(sendOn)))
            expect.fail(`${kind} due ${dueDate}: step ${step} is sent ${sendOn}, outside its sweep window`);
  });

  it('sends only the steps after the due date to the case officers, not the one on the day', () => {
    expect(goesToCaseOfficers(0)).to.equal(false);
    expect(goesToCaseOfficers(-1)).to.equal(false);
    expect(goesToCaseOfficers(-30)).to.equal(false);
    expect(goesToCaseOfficers(1)).to.equal(true);
    expect(goesToCaseOfficers(7)).to.equal(true);
  });
});
