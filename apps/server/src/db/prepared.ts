import type { Database } from './client.js';

/**
 * A prepared statement per database, made on first use: the hot look-ups (a product by id, a
 * request's credential) are parsed and planned once per connection instead of on every request.
 */
export function preparedPer<P>(prepare: (db: Database) => P): (db: Database) => P {
  const statements = new WeakMap<Database, P>();
  return (db) => {
    let statement = statements.get(db);
    if (!statement) {
      statement = prepare(db);
      statements.set(db, statement);
    }
    return statement;
  };
}
