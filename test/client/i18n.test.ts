// The client's dictionary: one file per feature merged into one, the same keys in both languages,
// no key in two files, and counts in the form the language's plural rules pick.
import { expect } from 'chai';
import { dictionaries, features } from '../../client/src/i18n/dictionary.js';
import { plural } from '../../client/src/i18n/plural.js';

/** Every key path of a dictionary, nested objects included ("letterStatus.draft"). */
function keyPaths(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    inner && typeof inner === 'object' ? keyPaths(inner as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe('client/i18n: the dictionary', () => {
  it('has exactly the same keys, nested ones too, in bokmål and English', () => {
    expect(keyPaths(dictionaries.en).sort()).to.deep.equal(keyPaths(dictionaries.nb).sort());
    for (const [name, feature] of Object.entries(features))
      expect(keyPaths(feature.en).sort(), name).to.deep.equal(keyPaths(feature.nb).sort());
  });

  it('has no key in two feature files', () => {
    const owners = new Map<string, string>();
    for (const [name, feature] of Object.entries(features))
      for (const key of Object.keys(feature.nb)) {
        expect(owners.get(key), `${key} is in ${owners.get(key)} and ${name}`).to.equal(undefined);
        owners.set(key, name);
      }
    expect(owners.size).to.equal(Object.keys(dictionaries.nb).length);
  });
});

describe('client/i18n: plurals through Intl.PluralRules', () => {
  it('picks one or other by the language and writes the number as the language does', () => {
    expect(plural('nb', 1, '# dag', '# dager')).to.equal('1 dag');
    expect(plural('nb', 0, '# dag', '# dager')).to.equal('0 dager');
    expect(plural('nb', 2, '# dag', '# dager')).to.equal('2 dager');
    expect(plural('en', 1, '# day', '# days')).to.equal('1 day');
    expect(plural('en', 2, '# day', '# days')).to.equal('2 days');
    expect(plural('nb', 1200, '# rad', '# rader')).to.equal('1\u00a0200 rader');
  });

  it('is used by the texts that carry a count', () => {
    const { nb, en } = dictionaries;
    expect(nb.reminderStep(-1)).to.equal('1 dag før fristen');
    expect(nb.reminderStep(-7)).to.equal('7 dager før fristen');
    expect(nb.reminderStep(1)).to.equal('1 dag etter fristen');
    expect(en.reminderStep(-1)).to.equal('1 day before the deadline');
    expect(en.reminderStep(3)).to.equal('3 days after the deadline');
    expect(nb.importDone(1, 2026)).to.equal('Importerte 1 rad for 2026.');
    expect(en.importDone(2, 2026)).to.equal('Imported 2 rows for 2026.');
    expect(nb.jointAssignmentGiven('X', 1)).to.equal('«X» er gitt til 1 senter:');
    expect(en.jointAssignmentGiven('X', 2)).to.equal('“X” has been given to 2 centres:');
    expect(nb.startFromPreviousHelp(1, 2)).to.match(/^Tar med 1 hovedsatsingsområde, 2 faste avsnitt,/);
    expect(en.startFromPreviousHelp(2, 1)).to.match(/^Brings 2 priority areas, 1 recurring section,/);
    expect(en.itemAddedWithFiles('X', 1)).to.match(/with 1 attachment\.$/);
    expect(en.bulkProgress(1, 1)).to.equal('1 of 1 letter issued');
    expect(en.bulkDone(3, 0)).to.equal('Finished: 3 letters issued, 0 failed.');
    expect(nb.punctualityChartSummary(1, 1, 0, 0, 0)).to.match(/^Av 1 frist er 1 levert i tide/);
    expect(en.punctualityChartSummary(2, 1, 0, 1, 0)).to.match(/^Of 2 deadlines, 1 was handed in on time .*; 1 is not/);
    expect(nb.mailFailedTitle(1)).to.equal('1 e-post ble ikke sendt');
    expect(en.resentCount(2)).to.equal('2 e-mails are queued again.');
  });
});
