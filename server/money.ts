// Money is integer øre from the database to the API; this is the one place that turns øre into
// Norwegian text ("kr 18 000 000,00", "18 mill. kroner") and text or spreadsheet cells into øre.
// Everything goes through BigInt or decimal strings, never through floating-point arithmetic.

export interface FormatOptions {
  /** Use U+00A0 between digit groups and after "kr", so HTML/PDF never breaks an amount across lines. */
  nonBreaking?: boolean;
  /** 'always' (default): "kr 18 000 000,00"; 'whenAny': "kr 18 000 000" for whole kroner, as letters write it. */
  ore?: 'always' | 'whenAny';
  /** Language of formatMillions: "18 mill. kroner" (nb, default) or "NOK 18 million" (en). */
  language?: 'nb' | 'en';
}

function groupDigits(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function checkOre(ore: number | bigint): bigint {
  if (typeof ore === 'number' && !Number.isSafeInteger(ore)) throw new RangeError(`not whole øre: ${ore}`);
  return BigInt(ore);
}

/** 1_800_000_000 øre → "kr 18 000 000,00"; negative amounts → "kr -1 000,00". */
export function formatKroner(ore: number | bigint, options: FormatOptions = {}): string {
  const space = options.nonBreaking ? '\u00a0' : ' ';
  const value = checkOre(ore);
  const negative = value < 0n;
  const absolute = negative ? -value : value;
  const kroner = groupDigits((absolute / 100n).toString(), space);
  const rest = (absolute % 100n).toString().padStart(2, '0');
  if (options.ore === 'whenAny' && rest === '00') return `kr${space}${negative ? '-' : ''}${kroner}`;
  return `kr${space}${negative ? '-' : ''}${kroner},${rest}`;
}

/**
 * For prose: 1_800_000_000 øre → "18 mill. kroner", 150_000_000 → "1,5 mill. kroner". Rounded to at
 * most two decimals of a million (half away from zero); the exact figure belongs in a table.
 */
export function formatMillions(ore: number | bigint, options: FormatOptions = {}): string {
  const space = options.nonBreaking ? '\u00a0' : ' ';
  const value = checkOre(ore);
  const negative = value < 0n;
  const absolute = negative ? -value : value;
  // Hundredths of a million kroner = 1_000_000 øre each.
  const hundredths = (absolute + 500_000n) / 1_000_000n;
  const whole = groupDigits((hundredths / 100n).toString(), space);
  const decimals = (hundredths % 100n).toString().padStart(2, '0').replace(/0+$/, '');
  const number = `${negative ? '-' : ''}${whole}`;
  if (options.language === 'en') return `NOK${space}${number}${decimals ? `.${decimals}` : ''}${space}million`;
  return `${number}${decimals ? `,${decimals}` : ''}${space}mill.${space}kroner`;
}

/** Kroner with two decimals for machine-readable exports: 1_800_000_050 øre → "18000000,50". */
export function plainKroner(ore: number | bigint, decimalSeparator: ',' | '.' = ','): string {
  const value = checkOre(ore);
  const negative = value < 0n;
  const absolute = negative ? -value : value;
  return `${negative ? '-' : ''}${absolute / 100n}${decimalSeparator}${(absolute % 100n).toString().padStart(2, '0')}`;
}

/** Øre as a number of kroner for a spreadsheet cell: exact to the øre for amounts below 10^13 øre. */
export function oreToKronerNumber(ore: number): number {
  return Number(plainKroner(ore, '.'));
}

export type ParsedAmount = { ok: true; ore: number } | { ok: false; message: string };

/**
 * Reads an amount in kroner written by a person or a spreadsheet: 18000000, 18000000.5,
 * "18 000 000,50", "kr 18.000.000,50", "18,000,000.50". At most two decimals; no negative amounts.
 * A number cell is read through its shortest decimal form, so 1.15 is 115 øre, not 114.99….
 */
export function parseKroner(value: unknown): ParsedAmount {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, message: 'is not a number' };
    if (value < 0) return { ok: false, message: 'must not be negative' };
    if (value >= 1e13) return { ok: false, message: 'is too large' };
    // toString of a double is its shortest round-trip decimal; below 1e-6 it is exponent form.
    const match = /^(\d+)(?:\.(\d+))?$/.exec(value.toString());
    if (!match || (match[2] ?? '').length > 2)
      return { ok: false, message: 'must have at most two decimals (whole øre)' };
    return { ok: true, ore: Number(BigInt(match[1]!) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'))) };
  }
  if (typeof value !== 'string') return { ok: false, message: 'must be an amount in kroner' };
  const text = value;
  let cleaned = text
    .trim()
    .replace(/^kr\.?\s*/i, '')
    .replace(/\s*(kr|nok)\.?$/i, '')
    .replace(/[\s\u00a0\u202f]/g, '');
  if (cleaned === '') return { ok: false, message: 'is empty' };
  if (cleaned.startsWith('-') || cleaned.startsWith('−')) return { ok: false, message: 'must not be negative' };
  // The last ',' or '.' followed by one or two digits is the decimal mark; other marks group thousands.
  const decimalMatch = /[.,](\d{1,2})$/.exec(cleaned);
  let fraction = '';
  if (decimalMatch) {
    fraction = decimalMatch[1]!;
    cleaned = cleaned.slice(0, decimalMatch.index);
  }
  // Thousands are grouped by one kind of mark throughout: "1,234.567" is not an amount.
  if (/[.,]\d*$/.test(cleaned) && !/^\d{1,3}(\.\d{3})*$|^\d{1,3}(,\d{3})*$/.test(cleaned))
    return { ok: false, message: 'must have at most two decimals (whole øre)' };
  const integer = cleaned.replace(/[.,]/g, '');
  if (!/^\d+$/.test(integer)) return { ok: false, message: `is not an amount in kroner: "${text}"` };
  const ore = BigInt(integer) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  if (ore > BigInt(Number.MAX_SAFE_INTEGER)) return { ok: false, message: 'is too large' };
  return { ok: true, ore: Number(ore) };
}
