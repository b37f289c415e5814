// Money is integer øre from the database to the API and the web client; this is the one place, for
// the server, the templates and the browser alike, that turns øre into Norwegian text
// ("kr 18 000 000,00", "kr 18 000 000", "18 mill. kroner") and typed text or spreadsheet cells into øre.
// Everything goes through BigInt or decimal strings, never through floating-point arithmetic.
// Pure: no Node or DOM imports, so Vite bundles it for the client as it is.

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

/** The web client's amounts: "kr 18 000 000", or "kr 1 234,50" when there are øre; never broken across lines. */
export function formatMoney(ore: number | bigint): string {
  return formatKroner(ore, { ore: 'whenAny', nonBreaking: true });
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

export interface ParseOptions {
  /** Accept "-1 000", "−1 000", "kr -1 000" and "-kr 1 000" (and negative number cells). Default: refused. */
  allowNegative?: boolean;
}

const MAX_ORE = BigInt(Number.MAX_SAFE_INTEGER);
const fail = (message: string): ParsedAmount => ({ ok: false, message });

function toOre(negative: boolean, integer: string, fraction: string): ParsedAmount {
  const absolute = BigInt(integer) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
  if (absolute > MAX_ORE) return fail('is too large');
  return { ok: true, ore: Number(negative && absolute > 0n ? -absolute : absolute) };
}

/**
 * Reads an amount in kroner written by a person or a spreadsheet into integer øre. Accepted:
 * "18 000 000", "18.000.000", "18,000,000", "18000000 kr", "kr 18 000 000,50", "kr. 1.234,5",
 * "NOK 1 000", "1000,-", "1 000,5", "18,000,000.50", number cells (18000000, 1.15 = 115 øre through
 * the shortest decimal form, not 114.99…), and negative amounts only with `allowNegative`.
 * Refused: more than two decimals, thousands grouped by mixed or uneven marks ("1,234.567",
 * "1.234.56", "18 000.000", "1 00"), and "12,345", which a Norwegian reads as three decimals and an
 * English reader as twelve thousand.
 */
export function parseKroner(value: unknown, options: ParseOptions = {}): ParsedAmount {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('is not a number');
    const negative = value < 0;
    if (negative && !options.allowNegative) return fail('must not be negative');
    if (Math.abs(value) >= 1e13) return fail('is too large');
    // toString of a double is its shortest round-trip decimal; below 1e-6 it is exponent form.
    const match = /^(\d+)(?:\.(\d+))?$/.exec(Math.abs(value).toString());
    if (!match || (match[2] ?? '').length > 2) return fail('must have at most two decimals (whole øre)');
    return toOre(negative, match[1]!, match[2] ?? '');
  }
  if (typeof value !== 'string') return fail('must be an amount in kroner');
  let text = value.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  let negative = false;
  const takeSign = () => {
    const sign = /^[-\u2212]\s*/.exec(text);
    if (sign && !negative) {
      negative = true;
      text = text.slice(sign[0].length);
    }
  };
  takeSign();
  text = text.replace(/^(?:kr\.?|nok)\s*/i, '');
  takeSign();
  text = text
    .replace(/\s*(?:kr|nok)\.?$/i, '')
    // "1000,-" and "1000,–": whole kroner.
    .replace(/[,.][-\u2013\u2014]$/, '')
    .trim();
  if (text === '') return fail('is empty');
  if (/^[-\u2212+]/.test(text)) return fail(`is not an amount in kroner: "${value}"`);
  if (negative && !options.allowNegative) return fail('must not be negative');

  // A last ',' or '.' followed by one or two digits is the decimal mark.
  let integer = text;
  let fraction = '';
  let decimalMark = '';
  const decimal = /([.,])(\d{1,2})$/.exec(text);
  if (decimal) {
    decimalMark = decimal[1]!;
    fraction = decimal[2]!;
    integer = text.slice(0, decimal.index);
  }
  // Thousands are grouped by one kind of mark throughout, in groups of three, and not by the decimal mark.
  const groupedBy = (mark: string) => new RegExp(`^\\d{1,3}(?:\\${mark}\\d{3})+$`).test(integer);
  if (/^\d+$/.test(integer) || groupedBy(' ') || (decimalMark !== '.' && groupedBy('.')))
    return toOre(negative, integer.replace(/\D/g, ''), fraction);
  if (decimalMark !== ',' && groupedBy(',')) {
    if (!decimalMark && /^\d{1,3},\d{3}$/.test(integer))
      return fail(
        `is ambiguous (thousands or three decimals?): write "${integer.replace(',', ' ')}" or at most two decimals`,
      );
    return toOre(negative, integer.replace(/\D/g, ''), fraction);
  }
  if (/^[\d .,]+$/.test(text) && /[.,]\d{3,}$/.test(text)) return fail('must have at most two decimals (whole øre)');
  return fail(`is not an amount in kroner: "${value}"`);
}

/** Typed kroner → øre, or null when the text is not an amount (the web client's forms). */
export function kronerToOre(text: string, options: ParseOptions = {}): number | null {
  const parsed = parseKroner(text, options);
  return parsed.ok ? parsed.ore : null;
}
