import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../src/history/diff';
import { sampleProduct } from './render';

describe("a history entry's diff", () => {
  it('lists every field of a create, from nothing', () => {
    const after = sampleProduct(1);
    expect(fieldChanges(null, after).map((c) => c.field)).toEqual([
      'name',
      'description',
      'price',
      'categoria',
      'email_fornecedor',
    ]);
  });

  it('lists only the fields an update changed, with both values', () => {
    const before = sampleProduct(1);
    const after = { ...before, price: 99.9, updated_at: '2026-05-01T00:00:00.000Z' };
    expect(fieldChanges(before, after)).toEqual([{ field: 'price', before: 10.5, after: 99.9 }]);
  });

  it('has no fields for a purge', () => {
    expect(fieldChanges(sampleProduct(1), null)).toEqual([]);
  });
});
