// What the case officer and the approver are warned of before a letter moves on (they may go on):
// plan, report or grant years in its texts that do not fit the letter's year (after placeholders
// are resolved), and no budget frame for its year.
import type { Transaction } from 'sequelize';
import { Op } from 'sequelize';
import { BudgetFrame } from '../models/index.js';
import type { GrantLetter } from '../models/index.js';
import { byPosition } from '../models/ordering.js';
import { byRank } from '../models/Assignment.js';
import { findYearMismatches, resolveYearWords } from '../../common/yearWords.js';
import type { YearMismatch } from '../../common/yearWords.js';

export type LetterPart = 'title' | 'section' | 'priorityArea' | 'assignment';

export interface LetterYearMismatch extends YearMismatch {
  part: LetterPart;
  /** The section's heading or the item's title, as the reader sees it. */
  name: string;
}

export interface LetterChecks {
  yearMismatches: LetterYearMismatch[];
  missingBudgetFrame: boolean;
}

/** Expects the letter loaded as findLetter() loads it (every part). */
export function letterYearMismatches(letter: GrantLetter): LetterYearMismatch[] {
  const words = (text: string | null) => resolveYearWords(text ?? '', letter.year);
  const texts: { part: LetterPart; name: string; text: string }[] = [
    { part: 'title', name: words(letter.title), text: words(letter.title) },
    ...[...(letter.sections ?? [])].sort(byPosition).map((s) => ({
      part: 'section' as const,
      name: words(s.heading),
      text: `${words(s.heading)}\n${words(s.body)}`,
    })),
    ...[...(letter.priorityAreas ?? [])].sort(byPosition).map((p) => ({
      part: 'priorityArea' as const,
      name: words(p.title),
      text: `${words(p.title)}\n${words(p.description)}`,
    })),
    ...[...(letter.assignments ?? [])].sort(byRank).map((a) => ({
      part: 'assignment' as const,
      name: words(a.title),
      text: `${words(a.title)}\n${words(a.description)}`,
    })),
  ];
  return texts.flatMap(({ part, name, text }) =>
    findYearMismatches(text, letter.year).map((mismatch) => ({ part, name, ...mismatch })),
  );
}

/** Whether the centre has no budget frame for the letter's year (nor one on this letter). */
export async function lacksBudgetFrame(letter: GrantLetter, transaction?: Transaction): Promise<boolean> {
  const frames = await BudgetFrame.count({
    where: { centreId: letter.centreId, [Op.or]: [{ year: letter.year }, { letterId: letter.id }] },
    transaction,
  });
  return frames === 0;
}

export async function checkLetter(letter: GrantLetter, transaction?: Transaction): Promise<LetterChecks> {
  return {
    yearMismatches: letterYearMismatches(letter),
    missingBudgetFrame: await lacksBudgetFrame(letter, transaction),
  };
}
