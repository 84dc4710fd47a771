import { createHash } from 'node:crypto';
import type { ObjectRef } from '../lake/keys.js';
import { LakeError, type Lake } from '../lake/lake.js';
import { mapConcurrent } from '../lake/map-concurrent.js';
import { BadFileError, parseQuotesCsv, type QuoteRow } from '../lake/quotes.csv.js';
import type { SourceObject } from './manifest.js';

/** A quote as compacted partitions hold it: the row, the object it came from and when that was written. */
export interface LakeQuote extends QuoteRow {
  source_key: string;
  /** ISO 8601, UTC: the extraction time of the object's name; orders duplicates like replay does. */
  extracted_at: string;
}

export interface RawRead {
  rows: LakeQuote[];
  /** Objects read and parsed. */
  sources: SourceObject[];
  /** Objects that are not quotes files: immutable, so reading them again cannot help. */
  bad: (SourceObject & { reason: string })[];
  /** Objects that could not be read now (the store failed): left for the next pass. */
  unreadable: { key: string; reason: string }[];
}

/** The identity of a quote in crypto_quotes: one row per series and update time. */
export const quoteIdentity = (row: Pick<QuoteRow, 'symbol' | 'convert' | 'last_updated'>) =>
  `${row.symbol}\u0000${row.convert}\u0000${row.last_updated}`;

/**
 * Reads raw objects and keeps the rows replay would insert into an empty database: objects in
 * the loader's order (extraction time, then key), and of several rows with one identity the
 * first (the loader's `on conflict do nothing`). `seen` holds identities already kept elsewhere
 * (an earlier part of the day) and is extended.
 */
export async function readRawQuotes(
  lake: Lake,
  refs: readonly ObjectRef[],
  seen: Set<string>,
  concurrency = 32,
): Promise<RawRead> {
  const ordered = [...refs].sort(
    (a, b) => a.time.getTime() - b.time.getTime() || (a.key < b.key ? -1 : 1),
  );
  const read = await mapConcurrent(ordered, concurrency, async (ref) => {
    let bytes: Buffer;
    try {
      bytes = await lake.get(ref.key);
    } catch (error) {
      if (!(error instanceof LakeError)) throw error;
      return { ref, unreadable: error.message };
    }
    const md5 = createHash('md5').update(bytes).digest('hex');
    try {
      return { ref, md5, rows: parseQuotesCsv(bytes.toString('utf8'), ref.slug) };
    } catch (error) {
      if (!(error instanceof BadFileError)) throw error;
      return { ref, md5, bad: error.message };
    }
  });
  const result: RawRead = { rows: [], sources: [], bad: [], unreadable: [] };
  for (const object of read) {
    const { key } = object.ref;
    if ('unreadable' in object) result.unreadable.push({ key, reason: object.unreadable });
    else if ('bad' in object) result.bad.push({ key, md5: object.md5, reason: object.bad });
    else {
      result.sources.push({ key, md5: object.md5 });
      const extracted_at = object.ref.time.toISOString();
      for (const row of object.rows) {
        const identity = quoteIdentity(row);
        if (seen.has(identity)) continue;
        seen.add(identity);
        result.rows.push({ ...row, source_key: key, extracted_at });
      }
    }
  }
  return result;
}
