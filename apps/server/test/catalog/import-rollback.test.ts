import { expect, it } from 'vitest';
import { importProducts } from '../../src/catalog/products.transfer.js';
import { createCatalog } from '../../src/catalog/products.service.js';
import { catalogSnapshot, describeEachDatabase } from '../helpers/database.js';

const ROWS = 100_000;

const file = () => {
  const lines = ['sku;nome;preco;categoria;email'];
  for (let i = 1; i <= ROWS; i++)
    lines.push(`SKU-${i};Produto ${i};${i},99;Roupas;f${i % 97}@loja.com`);
  return lines.join('\n');
};

describeEachDatabase('importing all or nothing', (database) => {
  it('leaves the catalog as it was when row 99,999 fails, then imports all 100,000', async () => {
    const catalog = createCatalog(database().db);
    const text = file();
    // Rows, not the id sequence: PostgreSQL never gives back the ids a rolled-back insert took.
    const rows = async () => {
      const { products, keys } = (await catalogSnapshot(database())) as Record<string, unknown>;
      return { products, keys };
    };
    const before = await rows();
    const failing = importProducts(catalog, text, {
      format: 'csv',
      mode: 'all-or-nothing',
      // The failure arrives with the batch that writes row 99,999.
      onProgress: (written) => {
        if (written >= 99_999) throw new Error('injected failure at row 99,999');
      },
    });
    await expect(failing).rejects.toThrow('injected failure at row 99,999');
    expect(await rows()).toEqual(before);

    const report = await importProducts(catalog, text, { format: 'csv', mode: 'all-or-nothing' });
    expect(report).toMatchObject({ rows: ROWS, created: ROWS, committed: true, errors: [] });
    const again = await importProducts(catalog, text, { format: 'csv', mode: 'all-or-nothing' });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: ROWS });
  }, 400_000);
});
