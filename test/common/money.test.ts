// The one money module (common/money.ts), as the server, the templates and the web client use it:
// one table of input → øre or refusal, and the formats of øre as text.
import { expect } from 'chai';
import {
  formatKroner,
  formatMillions,
  formatMoney,
  kronerToOre,
  oreToKronerNumber,
  parseKroner,
  plainKroner,
} from '../../common/money.js';

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

// [input, øre] or [input, pattern of the refusal]; `negative` rows are read with allowNegative.
type Row = [input: unknown, expected: number | RegExp, options?: { allowNegative: true }];
const negative = { allowNegative: true } as const;

const table: Row[] = [
  // Typed by people, Norwegian style.
  ['18 000 000', 1_800_000_000],
  ['18\u00a0000\u00a0000', 1_800_000_000],
  ['18\u202f000\u202f000', 1_800_000_000],
  ['kr 8\u00a0000\u00a0000', 800_000_000],
  ['18.000.000', 1_800_000_000],
  ['18000000', 1_800_000_000],
  ['18000000 kr', 1_800_000_000],
  ['2 500 kr', 250_000],
  ['kr 18 000 000,50', 1_800_000_050],
  ['kr. 18 000 000,50', 1_800_000_050],
  ['kr 18.000.000,50', 1_800_000_050],
  ['KR 1 000', 100_000],
  ['NOK 1 000', 100_000],
  ['1 000 NOK', 100_000],
  ['  1 000  ', 100_000],
  ['1000,-', 100_000],
  ['100,-', 10_000],
  ['1 000,–', 100_000],
  ['kr 1.000,-', 100_000],
  ['1 000,5', 100_050],
  ['1234,5', 123_450],
  ['1234,05', 123_405],
  ['1,5', 150],
  ['1.5', 150],
  ['0,05', 5],
  ['0', 0],
  ['1.000', 100_000], // a Norwegian thousand
  ['1.234.567', 123_456_700],
  // Spreadsheets and English-style text: unambiguous comma grouping.
  ['18,000,000', 1_800_000_000],
  ['18,000,000.50', 1_800_000_050],
  ['1,234.5', 123_450],
  // Refused: more than two decimals, mixed or uneven grouping, ambiguity.
  ['12.3456', /two decimals/],
  ['1,234.567', /two decimals/], // mixed grouping marks: not 1 234 567 kr
  ['1.234,567', /two decimals/],
  ['18 000.000', /two decimals/],
  ['12,345', /ambiguous/], // three decimals to a Norwegian, twelve thousand to an English reader
  ['1,000', /ambiguous/],
  ['1.234.56', /not an amount/], // the decimal mark also groups thousands
  ['1,234,56', /not an amount/],
  ['1 00', /not an amount/],
  ['18000 000', /not an amount/],
  [',50', /not an amount/],
  ['1000.', /not an amount/],
  ['+5', /not an amount/],
  ['--5', /not an amount/],
  ['mange', /not an amount/],
  ['tusen', /not an amount/],
  ['kr', /empty/],
  ['', /empty/],
  ['   ', /empty/],
  ['90 071 992 547 409,91', 9_007_199_254_740_991],
  ['90 071 992 547 409,92', /too large/],
  // Negative amounts: refused unless the caller allows them.
  ['-5', /negative/],
  ['−5', /negative/],
  ['kr -1 000', /negative/],
  ['-5', -500, negative],
  ['−1 000,50', -100_050, negative],
  ['kr -1 000', -100_000, negative],
  ['-kr 1 000', -100_000, negative],
  ['- 1.000,-', -100_000, negative],
  ['-kr -1 000', /not an amount/, negative],
  // Spreadsheet number cells, read through their shortest decimal form.
  [18_000_000, 1_800_000_000],
  [1.15, 115],
  [0.1 + 0.2, /two decimals/],
  [0.001, /two decimals/],
  [1e13, /too large/],
  [Number.NaN, /not a number/],
  [-5, /negative/],
  [-5, -500, negative],
  [-1.15, -115, negative],
  // Not text or a number.
  [null, /amount in kroner/],
  [undefined, /amount in kroner/],
  [{}, /amount in kroner/],
];

describe('common/money: parseKroner', () => {
  for (const [input, expected, options] of table) {
    const name = `${typeof input === 'string' ? JSON.stringify(input) : String(input)}${options ? ' (negative allowed)' : ''}`;
    it(`${name} → ${expected instanceof RegExp ? `refused ${String(expected)}` : `${expected} øre`}`, () => {
      const parsed = parseKroner(input, options);
      if (expected instanceof RegExp) {
        expect(parsed.ok, JSON.stringify(parsed)).to.equal(false);
        if (!parsed.ok) expect(parsed.message).to.match(expected);
        if (typeof input === 'string') expect(kronerToOre(input, options)).to.equal(null);
      } else {
        expect(parsed).to.deep.equal({ ok: true, ore: expected });
        if (typeof input === 'string') expect(kronerToOre(input, options)).to.equal(expected);
      }
    });
  }

  it('reads back every format it writes', () => {
    for (const ore of [0, 5, 99, 115, 100_000, 123_450, 1_800_000_000, 1_800_000_050, 999_999_999_999_99]) {
      for (const text of [
        formatKroner(ore),
        formatKroner(ore, { nonBreaking: true }),
        formatKroner(ore, { ore: 'whenAny' }),
        formatMoney(ore),
        plainKroner(ore),
        plainKroner(ore, '.'),
      ])
        expect(parseKroner(text), text).to.deep.equal({ ok: true, ore });
      expect(parseKroner(oreToKronerNumber(ore))).to.deep.equal({ ok: true, ore });
    }
    for (const ore of [-5, -100_000, -1_800_000_050])
      for (const text of [formatKroner(ore), formatMoney(ore), plainKroner(ore)])
        expect(parseKroner(text, negative), text).to.deep.equal({ ok: true, ore });
  });
});

describe('common/money: formats', () => {
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

  it('shows the web client\'s amounts as "kr 18 000 000", with øre only when there are some, never broken', () => {
    expect(formatMoney(1_800_000_000)).to.equal('kr\u00a018\u00a0000\u00a0000');
    expect(plain(formatMoney(800_000_000))).to.equal('kr 8 000 000');
    expect(plain(formatMoney(123_450))).to.equal('kr 1 234,50');
    expect(plain(formatMoney(-100_000))).to.equal('kr -1 000');
    expect(plain(formatMoney(5))).to.equal('kr 0,05');
    expect(plain(formatMoney(0))).to.equal('kr 0');
  });

  it('writes millions for prose', () => {
    expect(formatMillions(1_800_000_000)).to.equal('18 mill. kroner');
    expect(formatMillions(800_000_000)).to.equal('8 mill. kroner');
    expect(formatMillions(150_000_000)).to.equal('1,5 mill. kroner');
    expect(formatMillions(3_250_000_000)).to.equal('32,5 mill. kroner');
    expect(formatMillions(1_234_567_800)).to.equal('12,35 mill. kroner');
    expect(formatMillions(123_400_000_000)).to.equal('1 234 mill. kroner');
    expect(formatMillions(1_800_000_000, { language: 'en' })).to.equal('NOK 18 million');
  });

  it('gives plain kroner for machines and spreadsheet numbers exact to the øre', () => {
    expect(plainKroner(1_800_000_050)).to.equal('18000000,50');
    expect(plainKroner(7, '.')).to.equal('0.07');
    expect(plainKroner(-7)).to.equal('-0,07');
    expect(oreToKronerNumber(115)).to.equal(1.15);
  });
});
