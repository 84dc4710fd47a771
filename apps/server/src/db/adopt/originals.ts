import type { Database } from '../client.js';
import { findOriginals, type OriginalTable } from './originals.repository.js';

const WHOSE: Record<OriginalTable, string> = {
  products: "the original catalog's table products",
  bitcoin_precos: "the original pipeline's table bitcoin_precos",
};

/** The database holds an original's tables: cais cannot create its own beside them. */
export class OriginalTablesError extends Error {
  constructor(readonly tables: OriginalTable[]) {
    super(
      `This database holds ${tables.map((t) => WHOSE[t]).join(' and ')}; cais will not create its ` +
        'tables over them. To move in, run `cais db adopt --dry-run` to see what would happen, then ' +
        '`cais db adopt` (the originals are kept as *_original). See docs/moving-in.md.',
    );
  }
}

/** Stops a migration before it fails half-way on a name an original already uses. */
export async function assertNoOriginals(db: Database): Promise<void> {
  const { present } = await findOriginals(db);
  if (present.length > 0) throw new OriginalTablesError(present);
}
