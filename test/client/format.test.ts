// The client's Norwegian formatting: money in whole kroner from integer øre, calendar dates as dates.
import { expect } from 'chai';
import * as formatModule from '../../client/src/format.js';

const { formatDate, formatMoney, monthName } = formatModule;

const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

describe('client/format', () => {
  it('shows integer øre as "kr 18 000 000", with øre only when there are some', () => {
    expect(plain(formatMoney(1_800_000_000))).to.equal('kr 18 000 000');
    expect(plain(formatMoney(800_000_000))).to.equal('kr 8 000 000');
    expect(plain(formatMoney(123_450))).to.equal('kr 1 234,50');
    expect(formatMoney(5)).to.equal('kr 0,05');
    expect(formatMoney(0)).to.equal('kr 0');
  });

  it('shows calendar dates in bokmål or English without shifting them through a time zone', () => {
    expect(formatDate('2009-02-15', 'nb')).to.equal('15. februar 2009');
    expect(formatDate('2009-02-15', 'en')).to.equal('15 February 2009');
    expect(formatDate('2026-12-31', 'nb')).to.equal('31. desember 2026');
    expect(formatDate(null, 'nb')).to.equal('–');
    expect(monthName(4, 'nb')).to.equal('april');
  });
});

describe('client/format: parseKroner', () => {
  it('reads kroner as typed in Norway into integer øre', () => {
    const { parseKroner } = formatModule;
    expect(parseKroner('18 000 000')).to.equal(1_800_000_000);
    expect(parseKroner('kr 8\u00a0000\u00a0000')).to.equal(800_000_000);
    expect(parseKroner('1234,5')).to.equal(123_450);
    expect(parseKroner('1234,05')).to.equal(123_405);
    expect(parseKroner('100,-')).to.equal(10_000);
    expect(parseKroner('12,345')).to.equal(null);
    expect(parseKroner('-5')).to.equal(null);
    expect(parseKroner('')).to.equal(null);
    expect(parseKroner('tusen')).to.equal(null);
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
