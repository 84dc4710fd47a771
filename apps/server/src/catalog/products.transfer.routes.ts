import { Readable } from 'node:stream';
import { Defaulted, type RoutePlugin } from '../http/validated.js';
import Type from 'typebox';
import { AppError } from '../http/app-error.js';
import { json, problems, WRITE_SECURITY } from '../http/openapi.js';
import { ListQuerySchema } from './product.schema.js';
import { readDenied, writeErrors } from './products.openapi.js';
import type { Catalog } from './products.service.js';
import { exportProducts, IMPORT_MODES, importProducts } from './products.transfer.js';

const tags = ['products'];
const NDJSON = 'application/x-ndjson';
// A file of a million products is about 150 MB; more is refused before it is read.
const IMPORT_LIMIT = 256 * 1024 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

const ImportReportSchema = Type.Object(
  {
    mode: Type.Enum(IMPORT_MODES, { type: 'string' }),
    rows: Type.Integer({ description: 'Rows read from the file, valid or not' }),
    valid: Type.Integer(),
    invalid: Type.Integer(),
    created: Type.Integer({ description: 'Products created' }),
    updated: Type.Integer({ description: 'Products (matched by sku) whose values changed' }),
    unchanged: Type.Integer({ description: 'Products (matched by sku) already as in the file' }),
    committed: Type.Boolean({ description: 'True when the valid rows were written' }),
    errors: Type.Array(
      Type.Object({
        line: Type.Integer({ description: 'Line of the file the row starts on (1 is the header)' }),
        field: Type.String({ description: 'The column, or `row` for the row as a whole' }),
        message: Type.String(),
      }),
      { description: 'Every invalid row' },
    ),
  },
  { description: 'What an import read, and what it wrote' },
);

/** The catalog as files: GET /products.csv (or JSON lines) and POST /products/import. */
export const productTransferRoutes: RoutePlugin<{ catalog: Catalog }> = async (
  app,
  { catalog },
) => {
  // Files arrive as text; only in this plugin (the rest of the API takes JSON only).
  app.addContentTypeParser(
    ['text/csv', NDJSON],
    { parseAs: 'buffer', bodyLimit: IMPORT_LIMIT },
    (_request, bytes: Buffer, done) => {
      try {
        done(null, strictUtf8.decode(bytes));
      } catch {
        done(AppError.validation([{ field: 'body', message: 'is not valid UTF-8' }]));
      }
    },
  );

  app.get(
    '/products.csv',
    {
      // The whole catalog at once: as private as the list when CATALOG_READS=signed-in.
      config: { access: 'catalog-read' },
      schema: {
        tags,
        operationId: 'exportProducts',
        summary: 'Download the products as CSV (or JSON lines)',
        description:
          'Every product the filters match, in the chosen order (`sort`, or relevance with `q`), ' +
          'streamed: header first, `,`-separated, prices with a decimal point. With ' +
          '`Accept: application/x-ndjson`, one JSON product per line instead. Read in keyset ' +
          'batches, so a million products come out in flat memory, each once.',
        querystring: Type.Omit(ListQuerySchema, ['limit', 'offset', 'cursor']),
        response: {
          200: {
            description: 'The products',
            headers: {
              'Content-Disposition': {
                type: 'string',
                description: 'attachment; filename="cais-products.csv" (or .ndjson)',
              },
            },
            content: {
              'text/csv': { schema: Type.String() },
              [NDJSON]: { schema: Type.String() },
            },
          },
          ...problems({ 401: readDenied, 422: 'A query parameter is invalid' }),
        },
      },
    },
    async (request, reply) => {
      const format = (request.headers.accept ?? '').includes(NDJSON) ? 'ndjson' : 'csv';
      const lines = exportProducts(catalog, request.query, format);
      return (
        reply
          .type(format === 'csv' ? 'text/csv; charset=utf-8' : NDJSON)
          .header('content-disposition', `attachment; filename="cais-products.${format}"`)
          // The schema documents the text; what is sent is that text as a stream.
          .send(Readable.from(lines) as unknown as string)
      );
    },
  );

  app.post(
    '/products/import',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        operationId: 'importProducts',
        summary: 'Import products from CSV or JSON lines',
        description:
          'Columns by header name, in Portuguese or English (`nome`/`name`, `descricao`/`description`, ' +
          '`preco`/`price`, `categoria`/`category`, `email_fornecedor`/`email`, `sku`/`codigo`); `,` or `;` ' +
          'separated; UTF-8 with or without BOM; prices with a decimal comma or point. The columns ' +
          'an export adds (`id`, `created_at`, `updated_at`) are ignored. A row with a `sku` a product ' +
          'already has updates that product, so re-importing a file creates no duplicates. ' +
          '`mode=dry-run` (the default) writes nothing and reports every invalid row; ' +
          '`all-or-nothing` writes only a file without invalid rows; `valid-rows` writes the valid ' +
          'ones. Writes are one transaction.',
        security: WRITE_SECURITY,
        querystring: Type.Object({
          mode: Defaulted(
            Type.Enum(IMPORT_MODES, {
              type: 'string',
              default: 'dry-run',
              description: 'dry-run (default), all-or-nothing or valid-rows',
            }),
          ),
        }),
        response: {
          200: json('The import report', ImportReportSchema),
          ...problems({
            401: writeErrors[401],
            403: writeErrors[403],
            413: 'The file is larger than 256 MB',
            415: 'The body is not text/csv or application/x-ndjson',
            422: 'The file is not readable: bad UTF-8 or CSV, an unknown or missing column',
          }),
        },
      },
    },
    async (request) => {
      const format = request.headers['content-type']?.startsWith(NDJSON) ? 'ndjson' : 'csv';
      if (typeof request.body !== 'string') {
        throw new AppError('unsupported_media_type', `Send the file as text/csv or ${NDJSON}`);
      }
      return importProducts(catalog, request.body, {
        format,
        mode: request.query.mode,
      });
    },
  );
};
