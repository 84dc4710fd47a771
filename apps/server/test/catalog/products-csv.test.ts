import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { catalogSnapshot, describeEachDatabase, resetCatalog } from '../helpers/database.js';

interface Report {
  rows: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  unchanged: number;
  committed: boolean;
  errors: { line: number; field: string; message: string }[];
}

describeEachDatabase('products as CSV', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await resetCatalog(database());
  });

  const importFile = async (body: string, mode = 'dry-run', type = 'text/csv') => {
    const response = await app.inject({
      method: 'POST',
      url: `/products/import?mode=${mode}`,
      headers: { 'content-type': type },
      payload: body,
    });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Report>();
  };
  const exported = async (query = '', accept = 'text/csv') => {
    const response = await app.inject({ url: `/products.csv${query}`, headers: { accept } });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };
  const create = async (overrides: Record<string, unknown>) => {
    const response = await app.inject({
      method: 'POST',
      url: '/products',
      payload: { ...validProduct, ...overrides },
    });
    expect(response.statusCode, response.body).toBe(201);
  };

  it('exports the filtered list in its order, CSV with a header or JSON lines', async () => {
    await create({ name: 'Barato', price: 10, sku: 'B-1' });
    await create({ name: 'Caro, "o melhor"', price: 1000, description: 'linha 1\nlinha 2' });
    await create({ name: 'Roupa', price: 50, categoria: 'Roupas' });
    const csv = await exported('?sort=-price&categoria=Eletrodom%C3%A9stico');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.split('\n');
    expect(lines[0]).toBe(
      'id,sku,name,description,price,categoria,email_fornecedor,created_at,updated_at',
    );
    expect(csv.body).toContain('"Caro, ""o melhor""","linha 1\nlinha 2",1000,');
    expect(csv.body.indexOf('Caro')).toBeLessThan(csv.body.indexOf('Barato'));
    expect(csv.body).not.toContain('Roupa');
    const ndjson = await exported('?sort=price', 'application/x-ndjson');
    const products = ndjson.body
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { name: string });
    expect(products.map((p) => p.name)).toEqual(['Barato', 'Roupa', 'Caro, "o melhor"']);
  });

  it('reads Portuguese headers, ; separators, a BOM, decimal commas and quoted newlines', async () => {
    const file =
      '\uFEFFNome;Descrição;Preço;Categoria;E-mail;Código\r\n' +
      'Geladeira;"Duas portas; inox\r\ncom ""frost free""";3.899,90;Eletrodoméstico;a@b.com;GEL-1\r\n' +
      'Sofá;;1299,5;Móveis;c@d.com;\r\n';
    const dry = await importFile(file);
    expect(dry).toMatchObject({ rows: 2, valid: 2, invalid: 0, committed: false, errors: [] });
    const done = await importFile(file, 'all-or-nothing');
    expect(done).toMatchObject({ created: 2, committed: true });
    const list = await app.inject({ url: '/products?sort=id' });
    expect(list.json()).toMatchObject([
      {
        name: 'Geladeira',
        description: 'Duas portas; inox\r\ncom "frost free"',
        price: 3899.9,
        sku: 'GEL-1',
      },
      { name: 'Sofá', description: null, price: 1299.5, categoria: 'Móveis' },
    ]);
  });

  it('reports every invalid row with its line, field and reason, and a dry run writes nothing', async () => {
    const file = [
      'name,description,price,categoria,email_fornecedor,sku',
      'Ok,"two\nlines",10,Roupas,a@b.com,S-1',
      `Long,${'x'.repeat(5001)},10,Roupas,a@b.com,`,
      'Toy,,10,Brinquedos,a@b.com,',
      'Again,,12,Roupas,a@b.com,S-1',
      'Bad price,,dez,Roupas,not-an-email,',
      'Short,10',
    ].join('\n');
    const before = await catalogSnapshot(database());
    const report = await importFile(file);
    expect(report).toMatchObject({ rows: 6, valid: 1, invalid: 5, committed: false });
    expect(report.errors).toEqual([
      { line: 4, field: 'description', message: 'must be at most 5000 characters' },
      { line: 5, field: 'categoria', message: expect.stringContaining('must be one of') as string },
      { line: 6, field: 'sku', message: 'repeats the sku of line 2' },
      { line: 7, field: 'price', message: 'must be a number' },
      { line: 7, field: 'email_fornecedor', message: 'must be a valid email address' },
      { line: 8, field: 'row', message: 'has 2 fields, the header 6' },
    ]);
    expect((await importFile(file, 'all-or-nothing')).committed).toBe(false);
    expect(await catalogSnapshot(database())).toEqual(before);
    const valid = await importFile(file, 'valid-rows');
    expect(valid).toMatchObject({ created: 1, committed: true });
  });

  it('refuses a file with an unknown or a missing column, naming it', async () => {
    for (const [header, text] of [
      ['name,price,categoria,email_fornecedor,peso', 'peso'],
      ['name,price,categoria', 'email_fornecedor'],
    ] as const) {
      const response = await app.inject({
        method: 'POST',
        url: '/products/import',
        headers: { 'content-type': 'text/csv' },
        payload: `${header}\n`,
      });
      expect(response.statusCode).toBe(422);
      expect(response.json<{ detail: string }>().detail).toContain(text);
    }
  });

  it('imports an export back unchanged, and re-importing duplicates nothing', async () => {
    await create({ name: 'Um', sku: 'U-1', description: 'vírgula, aspas " e\nquebra' });
    await create({ name: 'Dois', sku: 'D-2', price: 0.01 });
    await create({ name: 'Três', sku: 'T-3', price: 9999999999.99, description: null });
    const first = (await exported('?sort=id')).body;
    const again = await importFile(first, 'all-or-nothing');
    expect(again).toMatchObject({ rows: 3, created: 0, updated: 0, unchanged: 3 });
    expect((await exported('?sort=id')).body).toBe(first);

    await resetCatalog(database());
    expect(await importFile(first, 'all-or-nothing')).toMatchObject({ created: 3 });
    const second = (await exported('?sort=id')).body;
    const values = (csv: string) =>
      csv.split('\n').map((line) => line.replace(/^\d+,/, '').replace(/,[^,]*,[^,]*$/, ''));
    expect(values(second)).toEqual(values(first));
  });

  it('imports JSON lines and updates by sku', async () => {
    await create({ name: 'Antigo', sku: 'X-1' });
    const lines = [
      JSON.stringify({ ...validProduct, name: 'Novo', sku: 'X-1' }),
      JSON.stringify({ ...validProduct, name: 'Outro' }),
      '{not json',
    ].join('\n');
    const report = await importFile(lines, 'valid-rows', 'application/x-ndjson');
    expect(report).toMatchObject({ created: 1, updated: 1, invalid: 1 });
    expect(report.errors).toEqual([{ line: 3, field: 'row', message: 'is not valid JSON' }]);
    const names = (await app.inject({ url: '/products?sort=id' })).json<{ name: string }[]>();
    expect(names.map((p) => p.name)).toEqual(['Novo', 'Outro']);
  });
});
