// The years of a long-term assignment: startYear ≤ the letter's year ≤ endYear, at most ten years
// in all, both given or neither (neither: a one-year assignment in its letter's year). Checked
// where an assignment is written — created, changed or given jointly — against its letter's year.
import { fieldError } from '../errors.js';
import { say } from '../i18n/language.js';

/** The longest span: endYear at most this many years after startYear. */
export const longestSpanYears = 10;

export interface AssignmentYears {
  startYear: number | null;
  endYear: number | null;
}

/** Throws a 400 naming `${prefix}.startYear` or `${prefix}.endYear` when the years do not fit. */
export function checkAssignmentYears({ startYear, endYear }: AssignmentYears, letterYear: number, prefix = 'body') {
  if (startYear === null && endYear === null) return;
  if (startYear === null)
    throw fieldError(
      `${prefix}.startYear`,
      say('må fylles ut når sluttåret er satt', 'is required when the end year is set'),
    );
  if (endYear === null)
    throw fieldError(
      `${prefix}.endYear`,
      say('må fylles ut når startåret er satt', 'is required when the start year is set'),
    );
  if (startYear > letterYear)
    throw fieldError(
      `${prefix}.startYear`,
      say(
        `kan ikke være senere enn brevets år (${letterYear})`,
        `cannot be later than the letter's year (${letterYear})`,
      ),
    );
  if (endYear < letterYear)
    throw fieldError(
      `${prefix}.endYear`,
      say(
        `kan ikke være tidligere enn brevets år (${letterYear})`,
        `cannot be earlier than the letter's year (${letterYear})`,
      ),
    );
  if (endYear > startYear + longestSpanYears)
    throw fieldError(
      `${prefix}.endYear`,
      say(
        `kan være høyst ${longestSpanYears} år etter startåret (${startYear + longestSpanYears})`,
        `can be at most ${longestSpanYears} years after the start year (${startYear + longestSpanYears})`,
      ),
    );
}

/** A long-term assignment runs on after its first year. */
export const isMultiYear = ({ startYear, endYear }: AssignmentYears) =>
  startYear !== null && endYear !== null && endYear > startYear;
