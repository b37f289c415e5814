// Money is integer øre everywhere; these are the only places it becomes text.
const wholeKroner = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });
const kronerWithOre = new Intl.NumberFormat('nb-NO', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const millions = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2 });

function assertOre(ore: number) {
  if (!Number.isSafeInteger(ore)) throw new TypeError(`amount must be whole øre, got ${ore}`);
}

/** "kr 18 000 000" for whole kroner, "kr 18 000 000,50" otherwise; `withOre` always shows øre. */
export function formatKroner(ore: number, options: { withOre?: boolean } = {}): string {
  assertOre(ore);
  const format = options.withOre || ore % 100 !== 0 ? kronerWithOre : wholeKroner;
  return `kr ${format.format(ore / 100)}`;
}

/** "18 mill. kroner", "8,5 mill. kroner" — the way letters state frames. */
export function formatMillions(ore: number, language: 'nb' | 'en' = 'nb'): string {
  assertOre(ore);
  const value = millions.format(ore / 100 / 1_000_000);
  return language === 'en' ? `NOK ${value.replace(',', '.')} million` : `${value} mill. kroner`;
}
