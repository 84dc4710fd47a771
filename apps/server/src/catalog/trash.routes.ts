import type { RoutePlugin } from '../http/validated.js';
import Type from 'typebox';
import { json, problems } from '../http/openapi.js';
import { actorOf } from '../team/principal.js';
import { systemActor } from './actor.js';
import { sendProduct } from './etag.js';
import { PageQuerySchema } from './history.schema.js';
import { pageHeadersDoc, withPageHeaders } from '../http/paging.js';
import { IdParamsSchema, ProductSchema } from './product.schema.js';
import type { Catalog } from './products.service.js';
import * as trash from './trash.service.js';

const tags = ['trash'];
const SECURITY = [{ bearerAuth: [] }, { cookieAuth: [] }];

const TrashedSchema = Type.Object({
  ...ProductSchema.properties,
  deleted_at: Type.String({ format: 'date-time', description: 'When it went to the trash' }),
});

const HOUR_MS = 3600 * 1000;

/** The trash: deleted products, restorable by an editor, purged by an admin or after TRASH_DAYS. */
export const trashRoutes: RoutePlugin<{
  catalog: Catalog;
  trashDays: number;
}> = async (app, { catalog, trashDays }) => {
  // Every api task runs it: purging twice is harmless (the second finds nothing).
  const purge = () => {
    trash
      .purgeExpired(catalog, systemActor(`trash (after ${trashDays} days)`), trashDays)
      .then((count) => {
        if (count > 0) app.log.info(`purged ${count} products that were in the trash`);
      })
      .catch((error: unknown) => {
        app.log.warn({ err: error }, 'could not purge the trash');
      });
  };
  const timer = setInterval(purge, HOUR_MS).unref();
  app.addHook('onReady', async () => {
    purge();
  });
  app.addHook('onClose', async () => {
    clearInterval(timer);
  });

  app.get(
    '/trash',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        operationId: 'listTrash',
        summary: 'Deleted products, most recently deleted first',
        description: `They are purged for good after TRASH_DAYS (now ${trashDays}) days.`,
        security: SECURITY,
        querystring: PageQuerySchema,
        response: {
          200: json(
            'A page of the trash',
            Type.Array(TrashedSchema),
            pageHeadersDoc('Products in the trash'),
          ),
          ...problems({
            401: 'Not signed in',
            403: 'Not an editor or admin',
            422: 'A query parameter is invalid',
          }),
        },
      },
    },
    async (request, reply) =>
      withPageHeaders(request, reply, await trash.listTrash(catalog, request.query)),
  );

  app.post(
    '/products/:id/restore',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        operationId: 'restoreProduct',
        summary: 'Take a product out of the trash',
        description: 'It answers again under its id, as it was when deleted.',
        security: SECURITY,
        params: IdParamsSchema,
        response: {
          200: json('The restored product', ProductSchema, {
            ETag: { type: 'string', description: 'Strong validator of this version' },
          }),
          ...problems({
            401: 'Not signed in',
            403: 'Not an editor or admin, or a cookie write without X-CSRF-Token',
            404: 'No product with this id is in the trash',
            422: 'The id is not a positive integer',
          }),
        },
      },
    },
    async (request, reply) => {
      const product = await trash.restoreProduct(catalog, actorOf(request), request.params.id);
      return sendProduct(reply, product);
    },
  );

  app.delete(
    '/trash/:id',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        operationId: 'purgeProduct',
        summary: 'Delete a product in the trash for good (admin)',
        description: 'Its history stays, ending with a `purge` entry.',
        security: SECURITY,
        params: IdParamsSchema,
        response: {
          200: json('The purged product', ProductSchema),
          ...problems({
            401: 'Not signed in',
            403: 'Not an admin, or a cookie write without X-CSRF-Token',
            404: 'No product with this id is in the trash',
            422: 'The id is not a positive integer',
          }),
        },
      },
    },
    (request) => trash.purgeProduct(catalog, actorOf(request), request.params.id),
  );
};
