// Reminder dates: days from the due date, moved off weekends and Norwegian public holidays.
import { expect } from 'chai';
import { plannedSteps, reminderDate } from '../../../server/reminders/policy.js';
import { isWorkingDay, toWorkingDay } from '../../../server/reminders/workingDays.js';

describe('server/reminders/policy', () => {
  it('moves the 7-day reminder for 2027-04-01 off Maundy Thursday to 2027-03-24', () => {
    expect(isWorkingDay('2027-03-25')).to.equal(false); // skjærtorsdag
    expect(reminderDate('2027-04-01', -7)).to.equal('2027-03-24');
  });

  it('moves steps before the due date to the working day before, and steps after it to the working day after', () => {
    // 2026-08-01 is a Saturday.
    expect(reminderDate('2026-08-01', 0)).to.equal('2026-07-31');
    expect(reminderDate('2026-08-08', -7)).to.equal('2026-07-31');
    expect(reminderDate('2026-07-31', 1)).to.equal('2026-08-03');
    // 17 May and Whit Monday 2027 (17 May is a Monday and a holiday).
    expect(reminderDate('2027-05-10', 7)).to.equal('2027-05-18');
    expect(toWorkingDay('2027-05-17', 'before')).to.equal('2027-05-14');
  });

  it('plans the default steps 30, 14, 7 and 1 day before, on the day, 1 and 7 days after', () => {
    expect(plannedSteps('report', '2027-08-02')).to.deep.equal([
      { step: -30, sendOn: '2027-07-02' },
      { step: -14, sendOn: '2027-07-19' },
      { step: -7, sendOn: '2027-07-26' },
      { step: -1, sendOn: '2027-07-30' }, // Sunday 1 August → Friday
      { step: 0, sendOn: '2027-08-02' },
      { step: 1, sendOn: '2027-08-03' },
      { step: 7, sendOn: '2027-08-09' },
    ]);
  });
});
