import Type, { type Static } from 'typebox';
import { Defaulted, type Validated } from '../http/validated.js';

/** The five categories of the original service; the `categories` table holds the same names. */
export const CATEGORIES = [
  'Eletrônico',
  'Eletrodoméstico',
  'Móveis',
  'Roupas',
  'Calçados',
] as const;
export type Categoria = (typeof CATEGORIES)[number];

export const MAX_PRICE = 9_999_999_999.99; // numeric(12,2)

const Id = Type.Integer({
  minimum: 1,
  maximum: 2_147_483_647,
  description: 'Product id',
  examples: [42],
});

const fields = {
  name: Type.String({
    minLength: 1,
    maxLength: 200,
    pattern: '\\S',
    'x-messages': { pattern: 'must not be blank' },
    description: 'Product name, 1 to 200 characters',
    examples: ['Smartphone Galaxy A55 128 GB'],
  }),
  description: Type.Union([Type.String({ maxLength: 5000 }), Type.Null()], {
    description: 'Free text, at most 5,000 characters',
    examples: ['Tela de 6,6", câmera tripla de 50 MP'],
  }),
  price: Type.Number({
    exclusiveMinimum: 0,
    maximum: MAX_PRICE,
    'x-decimal-places': 2,
    description:
      'Price, greater than 0, at most 2 decimal places (stored exactly as numeric(12,2))',
    examples: [1899.9],
  }),
  categoria: Type.Enum(CATEGORIES, {
    type: 'string',
    description: 'One of the catalog categories (see GET /categories)',
    examples: ['Eletrônico'],
  }),
  email_fornecedor: Type.String({
    format: 'email',
    maxLength: 254,
    description: "Supplier's email address",
    examples: ['vendas@fornecedor.com.br'],
  }),
  sku: Type.String({
    minLength: 1,
    maxLength: 64,
    pattern: '^\\S(.*\\S)?$',
    'x-messages': { pattern: 'must not start or end with a space' },
    description:
      'Optional stock-keeping unit, unique in the catalog; CSV imports update the product with the same sku',
    examples: ['GEL-FF-400-INOX'],
  }),
};

export const ProductSchema = Type.Object(
  {
    id: Id,
    name: fields.name,
    description: fields.description,
    price: fields.price,
    categoria: fields.categoria,
    email_fornecedor: fields.email_fornecedor,
    // Present only when set, so products of the original's shape look exactly as they did.
    sku: Type.Optional(fields.sku),
    created_at: Type.String({ format: 'date-time', description: 'When it was created (UTC)' }),
    updated_at: Type.String({ format: 'date-time', description: 'When it last changed (UTC)' }),
  },
  { description: 'A product of the catalog' },
);
export type Product = Static<typeof ProductSchema>;

export const ProductCreateSchema = Type.Object(
  {
    name: fields.name,
    description: Type.Optional(fields.description),
    price: fields.price,
    categoria: fields.categoria,
    email_fornecedor: fields.email_fornecedor,
    sku: Type.Optional(fields.sku),
  },
  { description: 'A new product. Unknown fields are ignored, as by the original service.' },
);
export type ProductCreate = Static<typeof ProductCreateSchema>;

/** What a client may change; `id` and the timestamps belong to the server. */
export const WRITABLE_FIELDS = [
  'name',
  'description',
  'price',
  'categoria',
  'email_fornecedor',
  'sku',
] as const satisfies readonly (keyof ProductCreate)[];

// Generic admin clients send back the product they read, read-only fields included; those are
// ignored like unknown fields, never written.
const READ_ONLY_NOTE =
  ' Read-only fields (`id`, `created_at`, `updated_at`) and unknown fields are ignored, so a product read with GET can be sent back as it is.';

const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** PUT: partial, as in the original service; a field sent as null is left unchanged. */
export const ProductPutSchema = Type.Object(
  {
    name: Type.Optional(nullable(fields.name)),
    description: Type.Optional(fields.description),
    price: Type.Optional(nullable(fields.price)),
    categoria: Type.Optional(nullable(fields.categoria)),
    email_fornecedor: Type.Optional(nullable(fields.email_fornecedor)),
    sku: Type.Optional(nullable(fields.sku)),
  },
  {
    description:
      "Fields to change; absent or null fields keep their value (the original service's partial PUT)." +
      READ_ONLY_NOTE,
  },
);
export type ProductPut = Static<typeof ProductPutSchema>;

/** PATCH: JSON merge patch (RFC 7396); only `description` may be cleared with null. */
export const ProductPatchSchema = Type.Object(
  {
    name: Type.Optional(fields.name),
    description: Type.Optional(fields.description),
    price: Type.Optional(fields.price),
    categoria: Type.Optional(fields.categoria),
    email_fornecedor: Type.Optional(fields.email_fornecedor),
    sku: Type.Optional(nullable(fields.sku)),
  },
  {
    description:
      'Fields to change (JSON merge patch); `description: null` clears the description, `sku: null` the sku.' +
      READ_ONLY_NOTE,
  },
);
export type ProductPatch = Static<typeof ProductPatchSchema>;

export type ProductChanges = Partial<
  Omit<Product, 'id' | 'created_at' | 'updated_at' | 'sku'> & { sku: string | null }
>;

export const SORT_FIELDS = [
  'id',
  'name',
  'price',
  'categoria',
  'created_at',
  'updated_at',
] as const;
export type SortField = (typeof SORT_FIELDS)[number];

/** Best match first; only with `q`, where it is the default order. */
export const RELEVANCE = 'relevance';

export const ListQuerySchema = Type.Object({
  limit: Defaulted(
    Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Page size (1 to 500)' }),
  ),
  offset: Defaulted(
    Type.Integer({
      minimum: 0,
      maximum: 2_147_483_647,
      default: 0,
      description:
        'Products to skip. Fine for the first pages; deep pages are faster by `cursor`. Ignored with `cursor`.',
    }),
  ),
  cursor: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 2000,
      pattern: '^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$',
      'x-messages': { pattern: 'is not a cursor this server made' },
      description:
        'Opaque position from the `Link` or `X-Next-Cursor`/`X-Prev-Cursor` headers of a previous page; ' +
        'pages by key (fast at any depth, stable while products are added or removed). Valid only with ' +
        'the same filters and sort it was made for; a forged or foreign cursor is a 422.',
    }),
  ),
  sort: Type.Optional(
    Type.String({
      maxLength: 200,
      description: `Comma-separated fields, \`-\` for descending: ${SORT_FIELDS.join(', ')}, or \`${RELEVANCE}\` (best match first among the first 1,000 matches by id, only with \`q\`). Default \`id\`, or \`${RELEVANCE}\` when \`q\` is given. Ties are broken by id, in the direction of the first field (ascending after relevance).`,
      examples: ['price,-created_at'],
    }),
  ),
  categoria: Type.Optional(fields.categoria),
  price_min: Type.Optional(
    Type.Number({ minimum: 0, maximum: MAX_PRICE, description: 'Lowest price, inclusive' }),
  ),
  price_max: Type.Optional(
    Type.Number({ minimum: 0, maximum: MAX_PRICE, description: 'Highest price, inclusive' }),
  ),
  q: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 200,
      description:
        'Words searched in name and description: every word must match, in any order, ignoring case and ' +
        'accents (`tenis` finds "Tênis"), as a part of a word (`algod` finds "algodão") or a near spelling (`cadera` finds "Cadeira").',
      examples: ['geladeira'],
    }),
  ),
});
export type ListQuery = Validated<typeof ListQuerySchema>;

export const IdParamsSchema = Type.Object({ id: Id });

export const CategorySchema = Type.Object({
  id: Type.Integer({ examples: [1] }),
  name: Type.String({ examples: ['Eletrônico'] }),
});
export type Category = Static<typeof CategorySchema>;
