// Which assignments of last year's letter go on into the next, and the row each becomes. A
// carried row is the same assignment in the new letter (carriedFromId, originId), not a fresh copy;
// see assignmentHistory.ts.
//
// Carried automatically: every open (not completed or cancelled) assignment whose end year
// reaches the new letter's year. Carried on request: any other open one the case officer lists.
//
// Status continues: not started stays not started, in progress stays in progress; delivered
// becomes in progress — that year's delivery was made, but the assignment was not completed, so
// the new year's part is work under way (its delivery that year is still to come).
import type { Assignment, GrantLetter } from '../models/index.js';
import type { AssignmentStatus } from '../models/Assignment.js';
import { originIdOf } from './assignmentHistory.js';

/** The status an assignment starts the new year with. */
export const carriedStatus = (status: AssignmentStatus): AssignmentStatus =>
  status === 'delivered' ? 'in_progress' : status;

/** Whether an open assignment runs on into `year` by itself (a long-term one not yet ended). */
export const carriesOnInto = (assignment: Assignment, year: number) =>
  assignment.endYear !== null && assignment.endYear >= year;

/**
 * The open assignments to carry: those that run on into `year`, and those listed, each once,
 * in rank order as given.
 */
export function assignmentsToCarry(open: Assignment[], year: number, listed: number[]): Assignment[] {
  const chosen = new Set(listed);
  return open.filter((assignment) => carriesOnInto(assignment, year) || chosen.has(assignment.id));
}

/** The new letter's row of a carried assignment; `words` turns last year's literal years into placeholders. */
export function carriedRow(previous: Assignment, letter: GrantLetter, words: (text: string) => string) {
  return {
    letterId: letter.id,
    centreId: letter.centreId,
    jointAssignmentId: previous.jointAssignmentId,
    rank: previous.rank,
    title: words(previous.title),
    description: previous.description === null ? null : words(previous.description),
    // Last year's date has passed; the new date is agreed anew.
    deadlineDate: null,
    deadlineToBeAgreed: true,
    status: carriedStatus(previous.status),
    startYear: previous.startYear,
    endYear: previous.endYear,
    carriedFromId: previous.id,
    originId: originIdOf(previous),
  };
}
