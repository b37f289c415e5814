import { expect } from 'chai';
import { testYears } from './testYears.js';

describe('test support: years owned by one file each', () => {
  it('gives no two files the same year', () => {
    const years = Object.values(testYears);
    expect(new Set(years).size).to.equal(years.length);
  });
});
