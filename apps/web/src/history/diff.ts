import type { Product } from '../api/types';

/** The fields a person edits, in the form's order: what a history entry's diff shows. */
export const DIFF_FIELDS = [
  'name',
  'description',
  'price',
  'categoria',
  'email_fornecedor',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldChange {
  field: DiffField;
  before: Product[DiffField] | undefined;
  after: Product[DiffField] | undefined;
}

/**
 * The fields that differ between two versions (a create: every field, from nothing). A delete or
 * a restore from the trash moves the product without changing a field, so it has none.
 */
export function fieldChanges(before: Product | null, after: Product | null): FieldChange[] {
  if (after === null) return [];
  return DIFF_FIELDS.filter((field) => before?.[field] !== after[field]).map((field) => ({
    field,
    before: before?.[field],
    after: after[field],
  }));
}
