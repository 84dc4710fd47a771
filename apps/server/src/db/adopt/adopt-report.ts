import type { AdoptReport, ProductsReport, QuotesReport } from './adopt.js';
import { asideName } from './originals.repository.js';

/** The report `cais db adopt` prints: every decision, row by row where a row is concerned. */

const n = (value: number) => value.toLocaleString('en');
const would = (report: AdoptReport) => (report.outcome === 'adopted' ? '' : 'would be ');

function productLines(p: ProductsReport, report: AdoptReport): string[] {
  const fixed = new Set(p.fixed);
  const out = [
    `Products: ${n(p.adopted)} of ${n(p.rows)} rows ${would(report)}adopted with their ids; the next new product gets id ${n(p.nextId)}`,
  ];
  if (p.roundings.length > 0) {
    out.push(`  Prices rounded to cents (${n(p.roundings.length)}):`);
    for (const r of p.roundings) out.push(`    id ${r.id}: ${r.from} -> ${r.to}`);
  }
  if (p.refused.length > 0) {
    out.push(`  Rows cais refuses (${n(p.refused.length)}), --on-invalid ${report.onInvalid}:`);
    for (const row of p.refused) {
      const action =
        report.onInvalid === 'abort'
          ? row.fix
            ? `fix would: ${row.fix.join(', ')}`
            : 'fix would skip it (no safe repair)'
          : fixed.has(row.id)
            ? `fixed: ${row.fix?.join(', ') ?? ''}`
            : 'skipped';
      out.push(`    id ${row.id}: ${row.problems.join('; ')} [${action}]`);
    }
  }
  return out;
}

function quoteLines(q: QuotesReport, report: AdoptReport): string[] {
  const out = [
    `Quotes: ${n(q.adopted)} of ${n(q.rows)} rows ${would(report)}copied into crypto_quotes as BTC in ${q.convert}` +
      `${q.keptIds ? ', with their ids' : ', with new ids (crypto_quotes had rows already)'}; the view bitcoin_precos serves them`,
  ];
  if (q.duplicates > 0) {
    out.push(
      `  ${n(q.duplicates)} rows were in crypto_quotes already (same time): kept as they were`,
    );
  }
  if (q.refused.length > 0) {
    out.push(
      `  Rows cais refuses (${n(q.refused.length)}), --on-invalid ${report.onInvalid}, no repair possible:`,
    );
    for (const row of q.refused) out.push(`    id ${row.id}: ${row.reason}`);
  }
  return out;
}

export function formatAdoptReport(report: AdoptReport, location: string): string {
  if (report.outcome === 'nothing-to-adopt') {
    const aside =
      report.alreadyAside.length > 0
        ? ` (already adopted: ${report.alreadyAside.join(', ')} are the originals, kept as they were)`
        : '';
    return `Nothing to adopt in ${location}: no original table under its own name${aside}. Nothing was changed.`;
  }
  const dry = report.outcome === 'dry-run';
  const out = [
    dry
      ? `Dry run on ${location}: this is what cais db adopt would do. Nothing was changed.`
      : report.outcome === 'aborted'
        ? `Adopt stopped on ${location}, as --on-invalid abort asks when rows are refused. Nothing was changed.`
        : `Adopted ${location}:`,
    `Originals ${would(report)}moved aside (kept, never dropped): ${report.found.map((t) => `${t} -> ${asideName(t)}`).join(', ')}`,
    `cais schema: ${n(report.migrations)} migrations ${would(report)}applied`,
  ];
  if (report.products) out.push(...productLines(report.products, report));
  if (report.quotes) out.push(...quoteLines(report.quotes, report));
  if (dry && report.refusedWhileAbort > 0) {
    out.push(
      `With --on-invalid abort, adopt would stop here and change nothing: ${n(report.refusedWhileAbort)} rows are refused. ` +
        'Choose --on-invalid skip or fix (the rows left out stay in the _original tables).',
    );
  } else if (report.outcome === 'adopted') {
    out.push('Done. Undo: docs/moving-in.md, "Rolling back".');
  }
  return out.join('\n');
}
