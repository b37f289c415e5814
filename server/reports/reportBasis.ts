// What a report is written on: the letter of the year reported on (the report deadline's period
// year; its own letter when it names none), with its special assignments by rank and its priority
// areas in order.
import type { Transaction } from 'sequelize';
import { Assignment, GrantLetter, PriorityArea } from '../models/index.js';
import { byRank } from '../models/Assignment.js';
import type { Deadline } from '../models/index.js';

export interface ReportBasis {
  letter: GrantLetter;
  assignments: Assignment[];
  priorityAreas: PriorityArea[];
}

export async function reportBasis(deadline: Deadline, transaction?: Transaction): Promise<ReportBasis | null> {
  const letter =
    (deadline.periodYear !== null
      ? await GrantLetter.findOne({
          where: { centreId: deadline.centreId, year: deadline.periodYear, kind: 'main', status: 'issued' },
          transaction,
        })
      : null) ?? (deadline.letterId ? await GrantLetter.findByPk(deadline.letterId, { transaction }) : null);
  if (!letter) return null;
  const [assignments, priorityAreas] = await Promise.all([
    Assignment.findAll({ where: { letterId: letter.id }, transaction }),
    PriorityArea.findAll({ where: { letterId: letter.id }, order: [['position', 'ASC']], transaction }),
  ]);
  return { letter, assignments: assignments.sort(byRank), priorityAreas };
}
