import Type, { type Static } from 'typebox';
import { Defaulted, type Validated } from '../http/validated.js';
import { HISTORY_ACTIONS } from '../db/schema.js';
import { ProductSchema } from './product.schema.js';

export const HistoryEntrySchema = Type.Object(
  {
    id: Type.Integer({ minimum: 1, description: 'Entry id, increasing in the order of changes' }),
    product_id: Type.Integer({ minimum: 1 }),
    action: Type.Enum(HISTORY_ACTIONS, {
      type: 'string',
      description:
        '`create`, `update`, `delete` (to the trash), `restore` (from the trash), `revert` (to an earlier version) or `purge` (gone for good)',
    }),
    actor: Type.String({ description: 'User name, `user (token "name")`, or `API_TOKEN`' }),
    request_id: Type.Union([Type.String(), Type.Null()], {
      description: 'X-Request-Id of the change; null when made by a command',
    }),
    at: Type.String({ format: 'date-time' }),
    before: Type.Union([ProductSchema, Type.Null()], { description: 'null for a create' }),
    after: Type.Union([ProductSchema, Type.Null()], { description: 'null for a purge' }),
  },
  { additionalProperties: false },
);
export type HistoryEntry = Static<typeof HistoryEntrySchema>;
export type HistoryAction = HistoryEntry['action'];

export const PageQuerySchema = Type.Object({
  limit: Defaulted(
    Type.Integer({ minimum: 1, maximum: 500, default: 50, description: 'Page size (1 to 500)' }),
  ),
  offset: Defaulted(
    Type.Integer({ minimum: 0, maximum: 2_147_483_647, default: 0, description: 'Rows to skip' }),
  ),
});
export type PageQuery = Validated<typeof PageQuerySchema>;

export const EntryParamsSchema = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'Product id' }),
  entry: Type.Integer({ minimum: 1, description: 'History entry id' }),
});
