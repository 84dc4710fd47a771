import Type from 'typebox';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { PageQuerySchema, type PageQuery } from '../../src/catalog/history.schema.js';
import { ListQuerySchema, type ListQuery } from '../../src/catalog/product.schema.js';
import {
  RowsQuerySchema,
  type RowsQuery,
  type SeriesQuery,
} from '../../src/prices/price.schema.js';
import { Defaulted, type Validated } from '../../src/http/validated.js';

const requiredOf = (schema: object): unknown[] => {
  const required: unknown = Reflect.get(schema, 'required');
  return Array.isArray(required) ? required : [];
};

describe('Defaulted fields', () => {
  it('are the same JSON schema as an optional field, so the OpenAPI document does not change', () => {
    const field = Type.Integer({ minimum: 1, default: 50 });
    expect(JSON.stringify(Defaulted(field))).toBe(JSON.stringify(Type.Optional(field)));
    expect(requiredOf(ListQuerySchema)).not.toContain('limit');
    expect(requiredOf(PageQuerySchema)).not.toContain('offset');
    expect(requiredOf(RowsQuerySchema)).not.toContain('sort');
  });

  it('refuse a schema without a default (validation could not fill it in)', () => {
    expect(() => Defaulted(Type.Integer())).toThrow(/needs a schema with a default/);
  });

  it('are present in the type a handler sees, and the other optional fields stay optional', () => {
    expectTypeOf<PageQuery>().toEqualTypeOf<{ limit: number; offset: number }>();
    expectTypeOf<ListQuery['limit']>().toEqualTypeOf<number>();
    expectTypeOf<ListQuery['offset']>().toEqualTypeOf<number>();
    expectTypeOf<ListQuery>().toHaveProperty('q');
    expectTypeOf<Pick<ListQuery, 'q'>>().toEqualTypeOf<{ q?: string }>();
    expectTypeOf<SeriesQuery['points']>().toEqualTypeOf<number>();
    expectTypeOf<RowsQuery['sort']>().toEqualTypeOf<string>();
    const schema = Type.Object({ n: Defaulted(Type.Integer({ default: 1 })), m: Type.String() });
    expectTypeOf<Validated<typeof schema>>().toEqualTypeOf<{ n: number; m: string }>();
    expect(requiredOf(schema)).toEqual(['m']);
    // @ts-expect-error a renamed field is a compile error, not a silent undefined
    const renamed: Validated<typeof schema>['count'] = 1;
    expect(renamed).toBe(1);
  });
});
