import Type from 'typebox';

/**
 * The OpenAPI headers and error descriptions the product routes share, apart from the routes so
 * that products.routes.ts holds only the handlers.
 */

export const IfMatchHeaders = Type.Object({
  'if-match': Type.Optional(
    Type.String({
      description:
        'ETag from a previous read; the write fails with 412 if the product changed since',
    }),
  ),
});

export const LIST_HEADERS = {
  'X-Total-Count': {
    type: 'integer',
    description: 'Products matching the filters: exact up to 50,000, an estimate above',
  },
  'X-Total-Count-Kind': {
    type: 'string',
    enum: ['exact', 'estimate'],
    description: "`estimate` when X-Total-Count is the planner's estimate",
  },
  'Content-Range': {
    type: 'string',
    description: 'For example `items 0-49/1234`; absent on pages read by cursor',
  },
  Link: {
    type: 'string',
    description:
      'first, prev, next and last pages by offset (RFC 8288); on a page read by cursor, first, prev and next by cursor',
  },
  'X-Next-Cursor': { type: 'string', description: 'Cursor of the next page, if there is one' },
  'X-Prev-Cursor': { type: 'string', description: 'Cursor of the previous page, if there is one' },
};

export const readDenied = 'CATALOG_READS is signed-in and the request is not signed in';

export const etagHeader = {
  ETag: { type: 'string', description: 'Strong validator of this version' },
};

export const writeErrors = {
  400: 'The body is not valid JSON',
  401: 'Not signed in: no valid bearer token or session (needed once API_TOKEN is set or users exist)',
  403: 'The role is not editor or admin, or a cookie write lacks X-CSRF-Token',
  404: 'No product has this id',
  412: 'If-Match does not match the current version',
  413: 'The body is too large',
  415: 'The body is not JSON',
  422: 'A field is invalid; `errors` names each one',
};
