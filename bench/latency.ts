/** Latency of requests sent one at a time, as the dashboard benchmark measures it. */

/** Latency percentiles of one round, in ms. */
export interface Round {
  p50: number;
  p95: number;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;

export async function timeRound(
  samples: number,
  once: (i: number) => Promise<void>,
): Promise<Round> {
  const times: number[] = [];
  for (let i = 0; i < samples; i++) {
    const started = performance.now();
    await once(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return { p50: round(percentile(times, 0.5)), p95: round(percentile(times, 0.95)) };
}

export async function get(url: string): Promise<void> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  await response.arrayBuffer();
}
