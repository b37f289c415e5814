// The client's Norwegian formatting: calendar dates as dates, bank accounts (money: test/common/money.test.ts).
import { expect } from 'chai';
import * as formatModule from '../../client/src/format.js';

const { formatDate, formatTimestamp, monthName } = formatModule;

describe('client/format', () => {
  it('shows calendar dates in bokmål or English without shifting them through a time zone', () => {
    expect(formatDate('2009-02-15', 'nb')).to.equal('15. februar 2009');
    expect(formatDate('2009-02-15', 'en')).to.equal('15 February 2009');
    expect(formatDate('2026-12-31', 'nb')).to.equal('31. desember 2026');
    expect(formatDate(null, 'nb')).to.equal('–');
    expect(monthName(4, 'nb')).to.equal('april');
  });
});

describe('client/format: formatTimestamp', () => {
  it('shows times in Oslo time, "kl. 09:30" in bokmål', () => {
    expect(formatTimestamp('2026-02-15T08:30:00Z', 'nb')).to.equal('15.02.2026 kl. 09:30');
    expect(formatTimestamp('2026-07-01T07:05:00Z', 'nb')).to.equal('01.07.2026 kl. 09:05');
    expect(formatTimestamp('2026-02-15T08:30:00Z', 'en')).to.equal('15/02/2026, 09:30');
    expect(formatTimestamp(null, 'nb')).to.equal('–');
    expect(formatModule.formatTime('2026-02-15T13:05:00Z', 'nb')).to.equal('14:05');
  });
});

describe('client/format: formatBankAccount', () => {
  it('groups 11 digits as 4-2-5 and leaves anything else as it is', () => {
    const { formatBankAccount } = formatModule;
    expect(formatBankAccount('86011117947')).to.equal('8601 11 17947');
    expect(formatBankAccount('8601.11.17947')).to.equal('8601 11 17947');
    expect(formatBankAccount('123')).to.equal('123');
  });
});
