/** Runs of one measurement and their median (the middle run; runs are few and odd). */
export type Series = { runs: number[]; median: number };

export function series(runs: number[]): Series {
  const sorted = [...runs].sort((a, b) => a - b);
  return { runs, median: sorted[Math.floor(sorted.length / 2)] ?? Number.NaN };
}

/** Runs `once` `runs` times after `warmUp` unrecorded runs (cold caches on both sides would measure startup). */
export async function repeat(
  runs: number,
  once: (run: number) => Promise<number>,
  warmUp = 1,
): Promise<Series> {
  for (let i = 0; i < warmUp; i += 1) await once(-1 - i);
  const out: number[] = [];
  for (let run = 1; run <= runs; run += 1) out.push(await once(run));
  return series(out);
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
