// @vitest-environment node
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { apiFile, generateApiFiles } from '../scripts/generate-api';

describe('the generated api client', () => {
  it('matches the api it was generated from', async () => {
    const files = await generateApiFiles();
    expect(Object.keys(files).sort()).toEqual(['openapi.generated.ts', 'rules.generated.ts']);
    for (const [name, expected] of Object.entries(files)) {
      const committed = await readFile(apiFile(name), 'utf8').catch(() => '');
      expect(
        committed,
        `src/api/${name} is out of date with the api: run \`npm run generate -w apps/web\` and commit it`,
      ).toBe(expected);
    }
  });

  it('carries the rules the form checks', async () => {
    const { productRules, EMAIL_PATTERN } = await import('../src/api/rules.generated');
    expect(productRules.price).toMatchObject({ exclusiveMinimum: 0, 'x-decimal-places': 2 });
    expect(productRules.name).toMatchObject({ required: true, maxLength: 200 });
    expect(productRules.description).toMatchObject({ required: false, nullable: true });
    expect(EMAIL_PATTERN.test('vendas@fornecedor.com.br')).toBe(true);
  });
});
