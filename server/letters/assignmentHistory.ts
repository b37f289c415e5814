// One assignment across the years. A long-term assignment has a row in each year's letter (the
// letter's content and rank freeze with it; status is followed per year); the rows are tied by
// originId (the first year's row) and carriedFromId (the previous year's row). This module is the
// one place that knows it: anything kept per assignment row (reports, assessments, comments) gathers
// one history across the years through lineageIds() or assignmentHistory().
import { Op } from 'sequelize';
import type { Transaction } from 'sequelize';
import { Assignment, GrantLetter } from '../models/index.js';
import type { AssignmentYear } from '../models/Assignment.js';

/** The include that gives a row its previous year's row with that letter's year (for carriedFrom). */
export const carriedFromInclude = {
  model: Assignment,
  as: 'carriedFrom',
  attributes: ['id', 'letterId'],
  include: [{ model: GrantLetter, as: 'letter', attributes: ['id', 'year'] }],
};

/** The first year's row of the assignment a row belongs to. */
export const originIdOf = (assignment: Pick<Assignment, 'id' | 'originId'>) => assignment.originId ?? assignment.id;

export type { AssignmentYear };

/** Every row of the assignment that the given row belongs to, oldest year first. */
async function lineageRows(assignmentId: number, transaction?: Transaction): Promise<Assignment[]> {
  const row = await Assignment.findByPk(assignmentId, { attributes: ['id', 'originId'], transaction });
  if (!row) return [];
  const origin = originIdOf(row);
  const rows = await Assignment.findAll({
    where: { [Op.or]: [{ id: origin }, { originId: origin }] },
    include: [{ model: GrantLetter, as: 'letter', attributes: ['id', 'year'] }],
    transaction,
  });
  return rows.sort((a, b) => a.letter!.year - b.letter!.year || a.id - b.id);
}

/**
 * The ids of every row of the same assignment, oldest year first (just [assignmentId] for a
 * one-year assignment; [] when there is no such row). Use it to read what is kept per row —
 * reports, assessments — as one history: `where: { assignmentId: await lineageIds(id) }`.
 */
export async function lineageIds(assignmentId: number, transaction?: Transaction): Promise<number[]> {
  return (await lineageRows(assignmentId, transaction)).map((row) => row.id);
}

/** The assignment's years, oldest first: each year's row, its letter and its status that year. */
export async function assignmentHistory(assignmentId: number, transaction?: Transaction): Promise<AssignmentYear[]> {
  return (await lineageRows(assignmentId, transaction)).map((row) => ({
    assignmentId: row.id,
    letterId: row.letterId,
    year: row.letter!.year,
    status: row.status,
  }));
}

/**
 * The latest year's row of each assignment among the given rows (loaded with their letter), e.g.
 * one row per centre for a joint assignment followed over several years.
 */
export function latestOfEach(rows: Assignment[]): Assignment[] {
  const latest = new Map<number, Assignment>();
  for (const row of rows) {
    const kept = latest.get(originIdOf(row));
    if (!kept || row.letter!.year > kept.letter!.year) latest.set(originIdOf(row), row);
  }
  return [...latest.values()];
}
