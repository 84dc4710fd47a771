import type { RoutePlugin } from '../http/validated.js';
import Type from 'typebox';
import { ping, type DatabaseHandle } from '../db/client.js';
import { isMigrated } from '../db/migrate.js';
import { AppError } from '../http/app-error.js';
import { json, problems } from '../http/openapi.js';

const Status = Type.Object({
  status: Type.String({ examples: ['ok'] }),
  database: Type.Optional(
    Type.String({ description: 'Where the data lives', examples: ['PGlite in /app/data/pglite'] }),
  ),
});

export const healthRoutes: RoutePlugin<{ database: DatabaseHandle }> = async (
  app,
  { database },
) => {
  app.get(
    '/health',
    {
      schema: {
        tags: ['health'],
        operationId: 'health',
        summary: 'Liveness: the process answers',
        response: { 200: json('Alive', Status) },
      },
    },
    () => ({ status: 'ok' }),
  );

  app.get(
    '/ready',
    {
      schema: {
        tags: ['health'],
        operationId: 'ready',
        summary: 'Readiness: the database is reachable and migrated',
        response: {
          200: json('Ready to serve', Status),
          ...problems({ 503: 'The database is unreachable or not migrated' }),
        },
      },
    },
    async () => {
      try {
        await ping(database.db);
      } catch (error) {
        // The location (host, folder) goes to the log only: this endpoint is public.
        throw new AppError('database_unavailable', 'The database is unreachable', undefined, {
          cause: new Error(`${database.location} is unreachable`, { cause: error }),
        });
      }
      if (!(await isMigrated(database.db))) {
        throw new AppError(
          'database_unavailable',
          'The database lacks migrations; run cais db migrate',
        );
      }
      return { status: 'ready', database: database.kind };
    },
  );
};
