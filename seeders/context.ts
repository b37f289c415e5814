// What one seeding run has created so far, looked up by stable keys so later steps can point at it.
import type { Transaction } from 'sequelize';
import type { BudgetLine, Centre, Organisation, User } from '../server/models/index.js';

export type BudgetItem = 62 | 70;

export interface ReferenceRecords {
  /** By organisation code (HDIR, HOD, FYLKESMENN, …). */
  organisations: Map<string, Organisation>;
  /** By centre code (NAPHA, KORUS-NORD, …). */
  centres: Map<string, Centre>;
  /** By budgetLineKey(year, item). */
  budgetLines: Map<string, BudgetLine>;
}

export interface SeedContext extends ReferenceRecords {
  transaction: Transaction;
  /** By e-mail address. */
  users: Map<string, User>;
}

export const budgetLineKey = (year: number, item: BudgetItem) => `${year}/743/${item}`;

/** Seed data refers to records by key; a typo should fail loudly rather than seed a null. */
export function lookUp<T>(records: Map<string, T>, key: string, what: string): T {
  const record = records.get(key);
  if (record === undefined) throw new Error(`Seed data refers to an unknown ${what}: ${key}`);
  return record;
}
