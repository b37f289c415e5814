// The deadlines a letter for year Y sets: the activity plan for Y by 15 February Y, the accounts
// for Y−1 by 1 April Y, the report (on Y−1, as the seeded letters have it) by 1 August Y, and
// every assignment's own deadline. A letter may move or drop the yearly ones before it is issued.
import type { DeadlineRules } from '../models/GrantLetter.js';
import type { DeadlineKind } from '../models/Deadline.js';
import { resolveYearWords } from '../../common/yearWords.js';

type YearlyKind = keyof DeadlineRules;
const yearlyDeadlineKinds: YearlyKind[] = ['plan', 'accounts', 'report'];

const standardDeadlineRules: Required<DeadlineRules> = {
  plan: { month: 2, day: 15 },
  accounts: { month: 4, day: 1 },
  report: { month: 8, day: 1 },
};

interface PlannedDeadline {
  kind: DeadlineKind;
  title: string;
  dueDate: string;
  periodYear: number | null;
  assignmentId: number | null;
}

const yearlyTitles = {
  nb: {
    plan: (year: number) => `Plan for virksomheten i ${year}`,
    accounts: (year: number) => `Regnskap for ${year - 1}`,
    report: (year: number) => `Rapport for ${year - 1}`,
  },
  en: {
    plan: (year: number) => `Activity plan for ${year}`,
    accounts: (year: number) => `Accounts for ${year - 1}`,
    report: (year: number) => `Report for ${year - 1}`,
  },
};

const isoDate = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** The rules in force for a letter: its own overrides over the standard ones. */
function rulesFor(letter: { deadlineRules: DeadlineRules | null }): DeadlineRules {
  return { ...standardDeadlineRules, ...(letter.deadlineRules ?? {}) };
}

interface LetterForDeadlines {
  year: number;
  kind: 'main' | 'supplement';
  language: 'nb' | 'en';
  deadlineRules: DeadlineRules | null;
}
interface AssignmentForDeadlines {
  id: number;
  title: string;
  deadlineDate: string | null;
}

/** Supplements add only their assignments' deadlines; the yearly ones belong to the main letter. */
export function plannedDeadlines(letter: LetterForDeadlines, assignments: AssignmentForDeadlines[]): PlannedDeadline[] {
  const rules = rulesFor(letter);
  const yearly: PlannedDeadline[] =
    letter.kind === 'main'
      ? yearlyDeadlineKinds.flatMap((kind) => {
          const rule = rules[kind];
          if (!rule) return [];
          return [
            {
              kind,
              title: yearlyTitles[letter.language][kind](letter.year),
              dueDate: isoDate(letter.year, rule.month, rule.day),
              periodYear: kind === 'plan' ? letter.year : letter.year - 1,
              assignmentId: null,
            },
          ];
        })
      : [];
  const own = assignments
    .filter((a) => a.deadlineDate)
    .map((a) => ({
      kind: 'assignment' as const,
      title: resolveYearWords(a.title, letter.year),
      dueDate: a.deadlineDate!,
      periodYear: letter.year,
      assignmentId: a.id,
    }));
  return [...yearly, ...own].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
}
