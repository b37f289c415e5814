import { expect } from 'chai';
import { osloToday } from '../../server/calendar.js';
import { nthWeekday } from '../../seeders/calendar.js';

describe('server/calendar', () => {
  it('knows today in Oslo, not UTC, in winter and summer time', () => {
    expect(osloToday(new Date('2026-12-31T23:30:00Z'))).to.equal('2027-01-01');
    expect(osloToday(new Date('2026-07-01T21:59:00Z'))).to.equal('2026-07-01');
    expect(osloToday(new Date('2026-07-01T22:00:00Z'))).to.equal('2026-07-02');
  });

  it('finds the n-th weekday of a month (seed meetings on the third Tuesday)', () => {
    expect(nthWeekday(2026, 4, 2, 3)).to.equal('2026-04-21');
    expect(nthWeekday(2026, 9, 2, 1)).to.equal('2026-09-01');
  });
});
