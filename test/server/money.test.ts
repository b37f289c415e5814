import { expect } from 'chai';
import { formatKroner, formatMillions, oreToKronerNumber, parseKroner, plainKroner } from '../../server/money.js';

describe('server/money', () => {
  it('formats øre as Norwegian kroner with two decimals', () => {
    expect(formatKroner(1_800_000_000)).to.equal('kr 18 000 000,00');
    expect(formatKroner(0)).to.equal('kr 0,00');
    expect(formatKroner(5)).to.equal('kr 0,05');
    expect(formatKroner(123_456_789_01)).to.equal('kr 123 456 789,01');
    expect(formatKroner(-100_000)).to.equal('kr -1 000,00');
    expect(formatKroner(9_007_199_254_740_991)).to.equal('kr 90 071 992 547 409,91');
    expect(formatKroner(1_800_000_000, { nonBreaking: true })).to.equal('kr\u00a018\u00a0000\u00a0000,00');
    expect(() => formatKroner(1.5)).to.throw(RangeError);
  });

  it('writes millions for prose', () => {
    expect(formatMillions(1_800_000_000)).to.equal('18 mill. kroner');
    expect(formatMillions(800_000_000)).to.equal('8 mill. kroner');
    expect(formatMillions(150_000_000)).to.equal('1,5 mill. kroner');
    expect(formatMillions(3_250_000_000)).to.equal('32,5 mill. kroner');
    expect(formatMillions(1_234_567_800)).to.equal('12,35 mill. kroner');
    expect(formatMillions(123_400_000_000)).to.equal('1 234 mill. kroner');
  });

  it('gives plain kroner for machines and spreadsheet numbers exact to the øre', () => {
    expect(plainKroner(1_800_000_050)).to.equal('18000000,50');
    expect(plainKroner(7, '.')).to.equal('0.07');
    expect(oreToKronerNumber(115)).to.equal(1.15);
    for (const ore of [1, 99, 115, 1_800_000_050, 999_999_999_999_99]) {
      const parsed = parseKroner(oreToKronerNumber(ore));
      expect(parsed).to.deep.equal({ ok: true, ore });
    }
  });

  it('reads amounts people and spreadsheets write', () => {
    const ore = (value: unknown) => {
      const parsed = parseKroner(value);
      return parsed.ok ? parsed.ore : parsed.message;
    };
    expect(ore(18_000_000)).to.equal(1_800_000_000);
    expect(ore(1.15)).to.equal(115);
    expect(ore(0.1 + 0.2)).to.match(/two decimals/);
    expect(ore('18 000 000,50')).to.equal(1_800_000_050);
    expect(ore('kr 18.000.000,50')).to.equal(1_800_000_050);
    expect(ore('18,000,000.50')).to.equal(1_800_000_050);
    expect(ore('1,5')).to.equal(150);
    expect(ore('2 500 kr')).to.equal(250_000);
    expect(ore('12,345')).to.equal(1_234_500);
    expect(ore('12.3456')).to.match(/two decimals/);
    expect(ore('1,234.567')).to.match(/two decimals/); // mixed grouping marks: not 1 234 567 kr
    expect(ore('1.234.567')).to.equal(123_456_700);
    expect(ore(0.001)).to.match(/two decimals/);
    expect(ore(-5)).to.match(/negative/);
    expect(ore('-5')).to.match(/negative/);
    expect(ore('mange')).to.match(/not an amount/);
    expect(ore('')).to.match(/empty/);
    expect(ore(null)).to.match(/amount in kroner/);
  });
});
