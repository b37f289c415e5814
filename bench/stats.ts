// Figures of repeated measurements, printed as min/median/max, and their ratios round by round.
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

export function median(values: number[]): number {
  const ordered = sorted(values);
  const middle = Math.floor(ordered.length / 2);
  return ordered.length % 2 ? ordered[middle]! : (ordered[middle - 1]! + ordered[middle]!) / 2;
}

const fixed = (value: number) => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2));

/** "min 1.2 / median 1.3 / max 1.5 unit" */
export function spread(values: number[], unit: string): string {
  const ordered = sorted(values);
  return `min ${fixed(ordered[0]!)} / median ${fixed(median(ordered))} / max ${fixed(ordered.at(-1)!)} ${unit}`;
}

/** Ratios of product to floor in the same round: "0.91 / 0.95 / 0.99 (min/median/max)". */
export function ratioLine(product: number[], floor: number[]): string {
  const ratios = sorted(product.map((value, round) => value / floor[round]!));
  return `${ratios[0]!.toFixed(2)} / ${median(ratios).toFixed(2)} / ${ratios.at(-1)!.toFixed(2)} (min/median/max)`;
}

/** The p-th percentile (0–100) of latencies, nearest rank. */
export function percentile(values: number[], p: number): number {
  const ordered = sorted(values);
  return ordered[Math.min(ordered.length - 1, Math.max(0, Math.ceil((p / 100) * ordered.length) - 1))]!;
}
