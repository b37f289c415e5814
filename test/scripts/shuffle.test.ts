import { expect } from 'chai';
import { seededRandom, shuffled } from '../../scripts/shuffle.js';

describe('the test runner’s seeded shuffle', () => {
  const files = Array.from({ length: 40 }, (_, i) => `test/f${i}.test.ts`);

  it('gives the same order for the same seed, and another for another seed', () => {
    expect(shuffled(files, seededRandom(42))).to.deep.equal(shuffled(files, seededRandom(42)));
    expect(shuffled(files, seededRandom(42))).not.to.deep.equal(shuffled(files, seededRandom(43)));
  });

  it('keeps every file once and leaves the input alone', () => {
    const copy = [...files];
    const order = shuffled(files, seededRandom(7));
    expect(order).not.to.deep.equal(files);
    expect([...order].sort()).to.deep.equal([...files].sort());
    expect(files).to.deep.equal(copy);
  });

  it('draws numbers in [0, 1)', () => {
    const random = seededRandom(0);
    for (let i = 0; i < 1000; i++) expect(random()).to.be.within(0, 0.9999999999);
  });
});
