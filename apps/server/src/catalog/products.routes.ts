import type { RoutePlugin } from '../http/validated.js';
import type { FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { json, problems, WRITE_SECURITY } from '../http/openapi.js';
import { actorOf } from '../team/principal.js';
import { etagOf, ifNoneMatchSatisfied, sendProduct } from './etag.js';
import { listPageHeaders } from '../http/paging.js';
import { historyRoutes } from './history.routes.js';
import { trashRoutes } from './trash.routes.js';
import {
  CategorySchema,
  IdParamsSchema,
  ListQuerySchema,
  ProductCreateSchema,
  ProductPatchSchema,
  ProductPutSchema,
  ProductSchema,
  type ProductChanges,
} from './product.schema.js';
import * as products from './products.service.js';
import { productTransferRoutes } from './products.transfer.routes.js';
import {
  etagHeader,
  IfMatchHeaders,
  LIST_HEADERS,
  readDenied,
  writeErrors,
} from './products.openapi.js';

const tags = ['products'];

export const productRoutes: RoutePlugin<{ db: Database; trashDays: number }> = async (
  app,
  { db, trashDays },
) => {
  const catalog = products.createCatalog(db);
  // CSV in and out, sharing the catalog (an import drops the cached list totals).
  await app.register(productTransferRoutes, { catalog });

  // One catalog for all: a restore must clear the same cached totals as a delete.
  await app.register(historyRoutes, { catalog });
  await app.register(trashRoutes, { catalog, trashDays });

  const read = { access: 'catalog-read' } as const;
  const write = { access: 'editor' } as const;

  app.post(
    '/products',
    {
      config: write,
      schema: {
        tags,
        operationId: 'createProduct',
        summary: 'Create a product',
        description:
          'Answers 201 with the new product (the original service answered 200). With an ' +
          '`Idempotency-Key`, a retry of the same request replays the first response instead of creating a duplicate.',
        security: WRITE_SECURITY,
        headers: Type.Object({
          'idempotency-key': Type.Optional(
            Type.String({
              minLength: 1,
              maxLength: 255,
              pattern: '^[\\x21-\\x7e]+$',
              'x-messages': { pattern: 'must be printable ASCII without spaces' },
              description: 'Unique key of this create request (for example a UUID), kept 24 hours',
            }),
          ),
        }),
        body: ProductCreateSchema,
        response: {
          201: json('The created product', ProductSchema, {
            ...etagHeader,
            Location: { type: 'string', description: 'URL of the new product' },
            'Idempotent-Replayed': {
              type: 'string',
              description: '`true` when this is the replay of an earlier response',
            },
          }),
          ...problems({
            400: 'The body is not valid JSON',
            401: writeErrors[401],
            403: writeErrors[403],
            413: 'The body is too large',
            415: 'The body is not JSON',
            422: writeErrors[422],
          }),
        },
      },
    },
    async (request, reply) => {
      const { product, replayed } = await products.createProduct(
        catalog,
        actorOf(request),
        request.body,
        request.headers['idempotency-key'],
      );
      if (replayed) void reply.header('idempotent-replayed', 'true');
      return reply
        .code(201)
        .header('etag', etagOf(product))
        .header('location', `/products/${product.id}`)
        .send(product);
    },
  );

  app.get(
    '/products',
    {
      config: read,
      schema: {
        tags,
        operationId: 'listProducts',
        summary: 'List products',
        description:
          'A page of products as a JSON array, filtered, searched and sorted. The total goes in ' +
          "`X-Total-Count` (exact up to 50,000 matches, 1,000 for a search, the database planner's " +
          'estimate above; ' +
          '`X-Total-Count-Kind` says which), links to other pages in `Link`. Deep pages are fast by ' +
          '`cursor`: every page names its neighbours in `X-Next-Cursor` and `X-Prev-Cursor`, and a page ' +
          'read by cursor links to them in `Link`.',
        querystring: ListQuerySchema,
        response: {
          200: json('A page of products', Type.Array(ProductSchema), LIST_HEADERS),
          ...problems({
            401: readDenied,
            422: 'A query parameter is invalid, or the cursor is forged or of another list',
          }),
        },
      },
    },
    async (request, reply) => {
      const query = request.query;
      const page = await products.listProducts(catalog, query);
      for (const [name, value] of Object.entries(
        listPageHeaders(request.url, { ...query, ...page }, page.items.length, page.total),
      )) {
        void reply.header(name, value);
      }
      return page.items;
    },
  );

  app.get(
    '/products/:id',
    {
      config: read,
      schema: {
        tags,
        operationId: 'getProduct',
        summary: 'Get a product',
        params: IdParamsSchema,
        headers: Type.Object({ 'if-none-match': Type.Optional(Type.String()) }),
        response: {
          200: json('The product', ProductSchema, etagHeader),
          304: { description: 'Not modified since the ETag in If-None-Match' },
          ...problems({
            401: readDenied,
            404: 'No product has this id',
            422: 'The id is not a positive integer',
          }),
        },
      },
    },
    async (request, reply) => {
      const product = await products.getProduct(catalog, request.params.id);
      const etag = etagOf(product);
      const ifNoneMatch = request.headers['if-none-match'];
      if (ifNoneMatch !== undefined && ifNoneMatchSatisfied(ifNoneMatch, product)) {
        return reply.code(304).header('etag', etag).send();
      }
      return reply.header('etag', etag).send(product);
    },
  );

  const update = (
    request: FastifyRequest,
    changes: ProductChanges,
    id: number,
    ifMatch: string | undefined,
  ) => products.updateProduct(catalog, actorOf(request), id, changes, ifMatch);

  app.put(
    '/products/:id',
    {
      config: write,
      schema: {
        tags,
        operationId: 'updateProduct',
        summary: 'Update a product (partial, as the original service)',
        description: 'Changes the fields sent; absent or null fields keep their value.',
        security: WRITE_SECURITY,
        params: IdParamsSchema,
        headers: IfMatchHeaders,
        body: ProductPutSchema,
        response: {
          200: json('The updated product', ProductSchema, etagHeader),
          ...problems(writeErrors),
        },
      },
    },
    async (request, reply) => {
      const changes = Object.fromEntries(
        Object.entries(request.body).filter(([, value]) => value !== null),
      ) as ProductChanges;
      const product = await update(
        request,
        changes,
        request.params.id,
        request.headers['if-match'],
      );
      return sendProduct(reply, product);
    },
  );

  app.patch(
    '/products/:id',
    {
      config: write,
      schema: {
        tags,
        operationId: 'patchProduct',
        summary: 'Patch a product (JSON merge patch)',
        description:
          'Changes the fields sent, as `application/json` or `application/merge-patch+json`; ' +
          '`description: null` clears the description.',
        security: WRITE_SECURITY,
        params: IdParamsSchema,
        headers: IfMatchHeaders,
        body: ProductPatchSchema,
        response: {
          200: json('The updated product', ProductSchema, etagHeader),
          ...problems(writeErrors),
        },
      },
    },
    async (request, reply) => {
      const product = await update(
        request,
        request.body,
        request.params.id,
        request.headers['if-match'],
      );
      return sendProduct(reply, product);
    },
  );

  app.delete(
    '/products/:id',
    {
      config: write,
      schema: {
        tags,
        operationId: 'deleteProduct',
        summary: 'Delete a product',
        description:
          'Answers 200 with the deleted product, as the original service; the id then answers ' +
          '404. The product goes to the trash (`GET /trash`), from which an editor can restore it.',
        security: WRITE_SECURITY,
        params: IdParamsSchema,
        headers: IfMatchHeaders,
        response: {
          200: json('The deleted product', ProductSchema),
          // A body sent with a DELETE is parsed (and refused) like any other.
          ...problems({ ...writeErrors, 422: 'The id is not a positive integer' }),
        },
      },
    },
    async (request) =>
      products.deleteProduct(
        catalog,
        actorOf(request),
        request.params.id,
        request.headers['if-match'],
      ),
  );

  app.get(
    '/categories',
    {
      config: read,
      schema: {
        tags: ['categories'],
        operationId: 'listCategories',
        summary: 'List the categories',
        response: {
          200: json('Every category', Type.Array(CategorySchema)),
          ...problems({ 401: readDenied }),
        },
      },
    },
    () => products.listCategories(catalog),
  );
};
