// Year placeholders in letter texts: resolved for the letter's year, made from last year's literal
// years when a letter is copied, and plan/report years that do not fit the letter found.
import { expect } from 'chai';
import { findYearMismatches, resolveYearWords, yearsToPlaceholders } from '../../common/yearWords.js';

describe('year words in letter texts', () => {
  it('resolves {{år}}, {{fjorår}} and {{neste år}} (and the English names) for the letter year', () => {
    expect(
      resolveYearWords('Tilskudd og oppdrag for {{år}}, regnskap for {{fjorår}}, plan {{neste år}}', 2027),
    ).to.equal('Tilskudd og oppdrag for 2027, regnskap for 2026, plan 2028');
    expect(resolveYearWords('{{ year }} / {{Last Year}} / {{next year}} / {{ÅR}}', 2027)).to.equal(
      '2027 / 2026 / 2028 / 2027',
    );
    expect(resolveYearWords('{{navn}} and {{ år', 2027)).to.equal('{{navn}} and {{ år');
  });

  it("turns the old letter's own years into placeholders and leaves older years, amounts and longer numbers", () => {
    const old = 'Tilskudd og oppdrag for 2026. Plan innen 15. februar 2026, regnskap for 2025, budsjett 2027.';
    const copied = yearsToPlaceholders(old, 2026);
    expect(copied).to.equal(
      'Tilskudd og oppdrag for {{år}}. Plan innen 15. februar {{år}}, regnskap for {{fjorår}}, budsjett {{neste år}}.',
    );
    expect(resolveYearWords(copied, 2027)).to.equal(
      'Tilskudd og oppdrag for 2027. Plan innen 15. februar 2027, regnskap for 2026, budsjett 2028.',
    );
    expect(yearsToPlaceholders('Etablert i 2009, kap. 743, 20261 deltakere, 2026,50 kr, sak 12.2026', 2026)).to.equal(
      'Etablert i 2009, kap. 743, 20261 deltakere, 2026,50 kr, sak 12.2026',
    );
  });

  it('finds a plan or report year that does not fit the letter year', () => {
    const stale =
      'Dette brevet gir senteret tilskudd og oppdrag for 2026. Senteret sender plan for virksomheten i 2026 innen ' +
      '15. februar 2026, regnskap for 2025 innen 1. april 2026 og årsrapport innen 1. august 2026.';
    const found = findYearMismatches(stale, 2027);
    expect(found.map((m) => [m.kind, m.year])).to.deep.equal([
      ['grant', 2026],
      ['plan', 2026],
      ['plan', 2026],
      ['report', 2025],
    ]);
    expect(found[1]!.expected).to.deep.equal([2027]);
    expect(found[3]!.excerpt).to.match(/^regnskap for 2025/);
  });

  it('accepts a text whose years fit', () => {
    const fitting =
      'Dette brevet gir senteret tilskudd og oppdrag for 2027. Senteret sender plan for virksomheten i 2027 innen ' +
      '15. februar 2027, regnskap for 2026 innen 1. april 2027 og rapport innen 1. august 2027. Etablert i 2009.';
    expect(findYearMismatches(fitting, 2027)).to.deep.equal([]);
    expect(findYearMismatches('The activity plan for 2027 and the annual report for 2026.', 2027)).to.deep.equal([]);
  });
});
