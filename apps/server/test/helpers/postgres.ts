import { pino } from 'pino';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';

export const serverUrl = (): string =>
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function urlFor(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export const openServerHandle = (url: string, database: string): Promise<DatabaseHandle> =>
  openDatabase(
    { url: urlFor(url, database), pgliteDir: '', poolSize: 5, waitSeconds: 0 },
    pino({ level: 'silent' }),
  );
