// Norwegian working days: only public holidays (type "public" in date-holidays) are days off.
// Christmas Eve, New Year's Eve and Olsok are listed by date-holidays but are working days.
import { expect } from 'chai';
import { isWorkingDay, toWorkingDay } from '../../../server/reminders/workingDays.js';
import { reminderDate } from '../../../server/reminders/policy.js';

describe('server/reminders/workingDays', () => {
  // Weekdays in 2026 and 2027, so only the holiday rule can make them days off.
  const notHolidays = ['2026-07-29', '2026-12-24', '2026-12-31', '2027-07-29', '2027-12-24', '2027-12-31'];

  it('counts 24 December, 31 December and 29 July (Olsok) as working days', () => {
    for (const date of notHolidays) expect(isWorkingDay(date), date).to.equal(true);
  });

  it('does not move a reminder that lands on one of them', () => {
    for (const date of notHolidays) {
      expect(toWorkingDay(date, 'before'), date).to.equal(date);
      expect(toWorkingDay(date, 'after'), date).to.equal(date);
    }
    expect(reminderDate('2026-12-31', -7)).to.equal('2026-12-24');
    expect(reminderDate('2026-12-30', 1)).to.equal('2026-12-31');
  });

  it('still treats the public holidays around them as days off', () => {
    // Weekdays too: Christmas Day, Boxing Day, New Year's Day, Constitution Day.
    for (const date of ['2026-12-25', '2024-12-26', '2027-01-01', '2027-05-17'])
      expect(isWorkingDay(date), date).to.equal(false);
    expect(toWorkingDay('2026-12-25', 'after')).to.equal('2026-12-28');
    expect(toWorkingDay('2027-01-01', 'before')).to.equal('2026-12-31');
  });
});
