// Norwegian bank account numbers: 11 digits, the last a MOD11 check digit over the first ten.
const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

export function normaliseBankAccount(input: string): string {
  return input.replace(/[\s.]/g, '');
}

export function isValidBankAccount(input: string): boolean {
  const digits = normaliseBankAccount(input);
  if (!/^\d{11}$/.test(digits)) return false;
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  const remainder = sum % 11;
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check !== 10 && check === Number(digits[10]);
}
