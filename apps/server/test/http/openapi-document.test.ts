import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../src/http/openapi-document.js';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: { default?: unknown };
}
type Operation = { operationId?: string; parameters?: Parameter[] };

describe('OpenAPI document', () => {
  it('is built without a database, with every catalog operation', async () => {
    const document = (await openApiDocument()) as {
      openapi: string;
      paths: Record<string, Record<string, Operation>>;
    };
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.values(document.paths).flatMap((path) =>
      Object.values(path).map((op) => op.operationId),
    );
    expect(operations).toEqual(
      expect.arrayContaining([
        'createProduct',
        'listProducts',
        'getProduct',
        'updateProduct',
        'patchProduct',
        'deleteProduct',
        'listCategories',
      ]),
    );
  });

  it('documents limit and offset of the list as optional, with their defaults', async () => {
    const document = (await openApiDocument()) as {
      paths: Record<string, Record<string, Operation>>;
    };
    const parameters = document.paths['/products']?.get?.parameters ?? [];
    const param = (name: string) => parameters.find((p) => p.name === name);
    expect(param('limit')).toMatchObject({ in: 'query', schema: { default: 50 } });
    expect(param('limit')?.required).not.toBe(true);
    expect(param('offset')).toMatchObject({ in: 'query', schema: { default: 0 } });
    expect(param('offset')?.required).not.toBe(true);
  });
});
