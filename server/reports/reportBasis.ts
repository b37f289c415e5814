// What a report is written on: the year reported on (the report deadline's period year; the year
// of its own letter when it names none) and that year's issued main letter with its special
// assignments by rank and its priority areas in order. A year without a letter in the system (a
// centre's first year here) has none: the report then holds its summary and figures only.
import type { Transaction } from 'sequelize';
import { Assignment, GrantLetter, PriorityArea } from '../models/index.js';
import { byRank } from '../models/Assignment.js';
import type { Deadline } from '../models/index.js';

export interface ReportBasis {
  year: number;
  letter: GrantLetter | null;
  assignments: Assignment[];
  priorityAreas: PriorityArea[];
}

export async function reportBasis(deadline: Deadline, transaction?: Transaction): Promise<ReportBasis> {
  const letter =
    deadline.periodYear !== null
      ? await GrantLetter.findOne({
          where: { centreId: deadline.centreId, year: deadline.periodYear, kind: 'main', status: 'issued' },
          transaction,
        })
      : deadline.letterId
        ? await GrantLetter.findByPk(deadline.letterId, { transaction })
        : null;
  const year = deadline.periodYear ?? letter?.year ?? deadline.year;
  if (!letter) return { year, letter: null, assignments: [], priorityAreas: [] };
  const [assignments, priorityAreas] = await Promise.all([
    Assignment.findAll({ where: { letterId: letter.id }, transaction }),
    PriorityArea.findAll({ where: { letterId: letter.id }, order: [['position', 'ASC']], transaction }),
  ]);
  return { year, letter, assignments: assignments.sort(byRank), priorityAreas };
}
