import { readFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { demoProduct, randomSource } from '../apps/server/src/catalog/demo-products.js';

/** The catalog bench's export and import pieces (bench/catalog.ts): RSS sampling, the CSV file. */

/** Peak resident memory of a process while `work` runs, sampled every 100 ms, in MB. */
export async function peakRss<T>(pid: number, work: Promise<T>): Promise<[T, number]> {
  let peak = 0;
  const state = { done: false };
  const sampling = (async () => {
    while (!state.done) {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      peak = Math.max(peak, kb / 1024);
      await sleep(100);
    }
  })();
  try {
    return [await work, Math.round(peak)];
  } finally {
    state.done = true;
    await sampling;
  }
}

const csvField = (value: string) => `"${value.replace(/"/g, '""')}"`;

export function importFile(rows: number): string {
  const random = randomSource(11);
  const lines = ['sku;nome;descricao;preco;categoria;email_fornecedor'];
  for (let i = 1; i <= rows; i++) {
    const p = demoProduct(random, 0);
    const fields = [`BENCH-${i}`, p.name, p.description ?? '', p.price.replace('.', ',')];
    lines.push([...fields, p.categoria, p.email_fornecedor].map(csvField).join(';'));
  }
  return `${lines.join('\n')}\n`;
}

export async function importRows(
  port: number,
  mode: string,
  body: string,
  rows: number,
): Promise<number> {
  const started = performance.now();
  const response = await fetch(`http://127.0.0.1:${port}/products/import?mode=${mode}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body,
  });
  const report = (await response.json()) as { valid?: number; created?: number };
  if (response.status !== 200 || report.valid !== rows)
    throw new Error(`import ${mode}: ${response.status} ${JSON.stringify(report).slice(0, 300)}`);
  return performance.now() - started;
}
