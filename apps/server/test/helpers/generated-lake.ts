import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { type DatabaseHandle } from '../../src/db/client.js';
import { query } from './sql.js';
import { objectKeys } from '../../src/lake/keys.js';
import type { Lake } from '../../src/lake/lake.js';
import { quotesToCsv, type QuoteRow } from '../../src/lake/quotes.csv.js';
import { quote } from './pipeline.js';

/**
 * Generated lakes (issue 10): random mixes of valid, duplicated, overlapping (repeating rows of
 * earlier objects) and corrupt objects, and the quotes that must end up stored.
 */

const T0 = Date.UTC(2026, 10, 20);
const minute = (m: number) => new Date(T0 + m * 60_000).toISOString();

const POISONS: Partial<QuoteRow>[] = [
  { last_updated: '0000-01-01T00:00:00Z' },
  { price: '1e400' },
  { price: '1e-400' },
  { volume_24h: '1e200000' },
  { price: '0' },
  { price: '-1' },
  { price: 'abc' },
  { last_updated: '2026-11-20T23:59:60Z' },
  { market_cap: '9'.repeat(70) },
];

type Spec =
  | { kind: 'valid'; minutes: number[] }
  | { kind: 'duplicate'; of: number }
  | { kind: 'overlap'; of: number; extra: number }
  | { kind: 'corrupt'; poison: number; alsoGood: number };

export const lakeSpec = fc.array(
  fc.oneof(
    {
      weight: 4,
      arbitrary: fc.record({
        kind: fc.constant('valid' as const),
        minutes: fc.uniqueArray(fc.nat(400), { minLength: 1, maxLength: 3 }),
      }),
    },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), of: fc.nat() }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('overlap' as const),
        of: fc.nat(),
        extra: fc.nat(400),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('corrupt' as const),
        poison: fc.nat(POISONS.length - 1),
        alsoGood: fc.integer({ min: 401, max: 500 }),
      }),
    },
  ),
  { minLength: 1, maxLength: 25 },
);

/** Writes the lake a spec describes; returns the quote minutes that must end up stored. */
export async function writeLake(lake: Lake, specs: Spec[]): Promise<Set<number>> {
  const written: number[][] = [];
  const expected = new Set<number>();
  for (const [i, spec] of specs.entries()) {
    const keys = objectKeys('bitcoin', new Date(T0 + 86_400_000 + i * 1000));
    let rows: QuoteRow[];
    let minutes: number[] = [];
    const earlier =
      written.length > 0 && 'of' in spec ? written[spec.of % written.length] : undefined;
    if (spec.kind === 'valid') minutes = spec.minutes;
    else if (spec.kind === 'duplicate') minutes = earlier ?? [i];
    else if (spec.kind === 'overlap') minutes = [...(earlier ?? []), spec.extra];
    if (spec.kind === 'corrupt') {
      // A good row beside the bad one: the object is refused whole, so it must not count.
      rows = [
        quote({ last_updated: minute(spec.alsoGood) }),
        quote({ last_updated: minute(1000 + i), ...POISONS[spec.poison] }),
      ];
    } else {
      minutes = [...new Set(minutes)];
      rows = minutes.map((m) => quote({ last_updated: minute(m), price: String(1000 + m) }));
      written.push(minutes);
      for (const m of minutes) expected.add(m);
    }
    await lake.put(keys.csv, quotesToCsv(rows), 'text/csv');
  }
  return expected;
}

export async function storedMinutes(handle: DatabaseHandle): Promise<Set<number>> {
  const rows = await query<{ ms: number }>(
    handle.db,
    sql`select (extract(epoch from last_updated) * 1000)::float8 as ms from crypto_quotes`,
  );
  return new Set(rows.map((r) => (r.ms - T0) / 60_000));
}
