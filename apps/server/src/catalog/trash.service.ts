import { AppError } from '../http/app-error.js';
import type { Actor } from './actor.js';
import type { PageQuery } from './history.schema.js';
import type { Product } from './product.schema.js';
import { changeRecorded } from './recorded-writes.repository.js';
import { afterWrite, throwError, type Catalog } from './products.service.js';
import * as trash from './trash.repository.js';

/** The trash's use cases: list, restore, purge (by hand or after TRASH_DAYS). */

const notInTrash = () => new AppError('not_found', 'No product with this id is in the trash');

export const listTrash = ({ db }: Catalog, page: PageQuery) => trash.findTrashPage(db, page);

export async function restoreProduct(catalog: Catalog, actor: Actor, id: number): Promise<Product> {
  const restore = changeRecorded(catalog.db, id, { action: 'restore' }, actor);
  return (await afterWrite(catalog, restore)) ?? throwError(notInTrash());
}

/** Deletes a trashed product for good; its history stays, ending with a `purge` entry. */
export async function purgeProduct(catalog: Catalog, actor: Actor, id: number): Promise<Product> {
  return (
    (await changeRecorded(catalog.db, id, { action: 'purge' }, actor)) ?? throwError(notInTrash())
  );
}

export const DEFAULT_TRASH_DAYS = 30;

/** Purges what has been in the trash longer than `days`, a batch per transaction. */
export async function purgeExpired(
  catalog: Catalog,
  actor: Actor,
  days: number,
  now = Date.now(),
): Promise<number> {
  const cutoff = new Date(now - days * 24 * 3600 * 1000);
  let purged = 0;
  for (;;) {
    const ids = await trash.trashedBefore(catalog.db, cutoff, 100);
    for (const id of ids) {
      // Restored or purged meanwhile by someone else: not an error.
      await purgeProduct(catalog, actor, id).then(
        () => purged++,
        (error: unknown) => {
          if (!(error instanceof AppError && error.code === 'not_found')) throw error;
        },
      );
    }
    if (ids.length < 100) return purged;
  }
}
