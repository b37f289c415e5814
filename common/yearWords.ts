// Year-bound words in a letter's text follow the letter's year. Texts hold placeholders —
// {{år}} (the letter's year), {{fjorår}} (the year before), {{neste år}} (the year after); the
// English {{year}}, {{last year}}, {{next year}} mean the same — resolved when the letter is shown,
// rendered or e-mailed. A letter copied from last year's gets that letter's literal years turned
// into placeholders, so the copy reads right for its own year and the next.
// Pure: no Node or DOM imports, so the server, the templates and the web client share it.

const offsets: Record<string, number> = {
  år: 0,
  year: 0,
  fjorår: -1,
  'last year': -1,
  'neste år': 1,
  'next year': 1,
};

const placeholder = /\{\{\s*(år|fjorår|neste\s+år|year|last\s+year|next\s+year)\s*\}\}/giu;

/** The text with every year placeholder replaced by the year it stands for in a letter of `year`. */
export function resolveYearWords(text: string, year: number): string {
  return text.replace(placeholder, (_match, name: string) => {
    const offset = offsets[name.toLowerCase().replace(/\s+/g, ' ')] ?? 0;
    return String(year + offset);
  });
}

/**
 * Last year's text made ready for a new letter: the literal years of the old letter (its year, the
 * year before and the year after) become placeholders. Older years (history, "since 2009") stay.
 */
export function yearsToPlaceholders(text: string, fromYear: number): string {
  const names = new Map([
    [fromYear - 1, '{{fjorår}}'],
    [fromYear, '{{år}}'],
    [fromYear + 1, '{{neste år}}'],
  ]);
  return text.replace(
    /(?<!\d|\d[.,])(\d{4})(?!\d|[.,]\d)/g,
    (match, digits: string) => names.get(Number(digits)) ?? match,
  );
}

export type YearWordKind = 'plan' | 'report' | 'grant';

export interface YearMismatch {
  kind: YearWordKind;
  /** The year the text names. */
  year: number;
  /** The years that would fit a letter of this year. */
  expected: number[];
  /** The words around it, as the text has them. */
  excerpt: string;
}

// What a sentence part is about, and so which years fit it in a letter for year Y: the plan is
// for Y (due 15 February Y), accounts and report are for Y−1 (due during Y), the letter's grant
// and assignments are for Y.
const kinds: { kind: YearWordKind; pattern: RegExp; fits: (year: number) => number[] }[] = [
  {
    kind: 'plan',
    pattern:
      /(?<!\p{L})(?:handlings|aktivitets|virksomhets|års)?plan(?:en|er|ene)?(?!\p{L})|(?<!\p{L})activity plans?(?!\p{L})/giu,
    fits: (y) => [y],
  },
  {
    kind: 'report',
    pattern: /(?<!\p{L})(?:års)?(?:rapport|regnskap)\p{L}*|(?<!\p{L})(?:annual )?(?:reports?|accounts)(?!\p{L})/giu,
    fits: (y) => [y - 1, y],
  },
  {
    kind: 'grant',
    pattern: /(?<!\p{L})(?:tilskudd og oppdrag|tilskudd(?:sbrev)?(?:et)? for|grants? and assignments)(?!\p{L})/giu,
    fits: (y) => [y],
  },
];

/**
 * The plan, report and grant years a text names that do not fit a letter for `year`: each
 * sentence is cut where such a word starts, and the years in that part (dates included) belong
 * to it. "plan … innen 15. februar 2026" in the 2027 letter is one; "regnskap for 2026" is not.
 */
export function findYearMismatches(text: string, year: number): YearMismatch[] {
  const found: YearMismatch[] = [];
  for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ])|\n+/u)) {
    const starts = kinds
      .flatMap(({ kind, pattern, fits }) =>
        [...sentence.matchAll(pattern)].map((m) => ({ kind, fits, index: m.index })),
      )
      .sort((a, b) => a.index - b.index);
    starts.forEach((start, i) => {
      const part = sentence.slice(start.index, starts[i + 1]?.index ?? sentence.length);
      const expected = start.fits(year);
      for (const m of part.matchAll(/(?<!\d|\d[.,])(?:19|20)\d{2}(?!\d|[.,]\d)/g)) {
        const named = Number(m[0]);
        if (!expected.includes(named))
          found.push({ kind: start.kind, year: named, expected, excerpt: part.trim().slice(0, 160) });
      }
    });
  }
  return found;
}
