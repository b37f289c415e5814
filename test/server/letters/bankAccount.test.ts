// Norwegian bank accounts: MOD11 over the first ten digits, including the boundary cases where
// the remainder is 0 (check digit 0) or 1 (check digit "10": no valid account).
import { expect } from 'chai';
import { isValidBankAccount, normaliseBankAccount } from '../../../server/letters/bankAccount.js';

describe('server/letters/bankAccount', () => {
  it('accepts an account whose MOD11 check digit is 0 (remainder 0), written with or without separators', () => {
    expect(isValidBankAccount('86011117130')).to.equal(true);
    expect(isValidBankAccount('8601 11 17130')).to.equal(true);
    expect(isValidBankAccount('8601.11.17130')).to.equal(true);
  });

  it('refuses every other last digit for that account', () => {
    for (let digit = 1; digit <= 9; digit += 1)
      expect(isValidBankAccount(`8601111713${digit}`), `8601111713${digit}`).to.equal(false);
  });

  it('accepts an ordinary account and refuses it with a wrong check digit', () => {
    expect(isValidBankAccount('86011117947')).to.equal(true);
    expect(isValidBankAccount('86011117948')).to.equal(false);
  });

  it('refuses every account whose remainder is 1 (check digit 10 does not exist)', () => {
    for (let digit = 0; digit <= 9; digit += 1)
      expect(isValidBankAccount(`8601111719${digit}`), `8601111719${digit}`).to.equal(false);
  });

  it('refuses anything but 11 digits', () => {
    for (const input of ['8601111713', '860111171300', '8601111713O', '', '8601-11-17130'])
      expect(isValidBankAccount(input), input).to.equal(false);
    expect(normaliseBankAccount(' 8601 11.17130 ')).to.equal('86011117130');
  });
});
