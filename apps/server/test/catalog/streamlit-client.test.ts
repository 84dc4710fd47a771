import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';

/**
 * The original Streamlit client, request for request: the bytes python-requests sends for
 * `requests.post(url, json=...)` (json.dumps with ", " and ": " separators and \u escapes, floats
 * written as 1899.0), and its reading of the answers (pandas.DataFrame over fixed columns,
 * `detail` shown on errors).
 */

const COLUMNS = [
  'id',
  'name',
  'description',
  'price',
  'categoria',
  'email_fornecedor',
  'created_at',
];

/** Python's json.dumps(obj) with its defaults (ensure_ascii=True). */
function pythonJson(value: unknown): string {
  const text = JSON.stringify(value, null, 1)
    .replace(/\n\s*/g, ' ')
    .replace(/\[ /g, '[')
    .replace(/ \]/g, ']')
    .replace(/\{ /g, '{')
    .replace(/ \}/g, '}');
  return text.replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

interface Answer {
  status: number;
  json: () => unknown;
}

function pythonRequests(
  port: number,
  method: string,
  path: string,
  body?: string,
): Promise<Answer> {
  const payload = body === undefined ? undefined : Buffer.from(body, 'utf8');
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, setHost: false });
    req.setHeader('Host', `127.0.0.1:${port}`);
    req.setHeader('User-Agent', 'python-requests/2.31.0');
    req.setHeader('Accept-Encoding', 'gzip, deflate');
    req.setHeader('Accept', '*/*');
    req.setHeader('Connection', 'keep-alive');
    if (payload) {
      req.setHeader('Content-Length', payload.length);
      req.setHeader('Content-Type', 'application/json');
    } else if (method === 'DELETE') {
      req.setHeader('Content-Length', 0);
    }
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        resolve({ status: res.statusCode ?? 0, json: () => JSON.parse(text) as unknown });
      });
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** pd.DataFrame(rows)[COLUMNS]: every column present, created_at a parseable timestamp. */
function asDataFrame(rows: unknown): Record<string, unknown>[] {
  const list = Array.isArray(rows)
    ? (rows as Record<string, unknown>[])
    : [rows as Record<string, unknown>];
  for (const row of list) {
    for (const column of COLUMNS) expect(row).toHaveProperty(column);
    expect(Number.isNaN(Date.parse(String(row.created_at)))).toBe(false);
    expect(typeof row.price).toBe('number');
  }
  return list.map((row) => Object.fromEntries(COLUMNS.map((c) => [c, row[c]])));
}

/** show_response_message: `detail` is a string, or a list whose items' `msg` are joined. */
function shownError(answer: Answer): string {
  const data = answer.json() as { detail?: unknown };
  expect(data).toHaveProperty('detail');
  const detail = data.detail;
  return Array.isArray(detail)
    ? detail.map((d: { msg: string }) => d.msg).join('\n')
    : String(detail);
}

describeEachDatabase('the original Streamlit client', (database) => {
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    app = await buildTestApp(database());
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app.close();
  });

  it('adds, lists, looks up, updates and deletes products as the original did', async () => {
    // Adicionar: price from st.number_input is a float, description may be empty.
    const create = await pythonRequests(
      port,
      'POST',
      '/products/',
      pythonJson({
        name: 'Cafeteira Elétrica',
        description: '',
        price: 0,
        categoria: 'Eletrodoméstico',
        email_fornecedor: 'vendas@café.com',
      })
        .replace('"price": 0', '"price": 199.0')
        .replace('caf\\u00e9.com', 'cafe.com'),
    );
    // Departure noted in the README: 201 Created where the original answered 200.
    expect(create.status).toBe(201);
    const created = asDataFrame(create.json())[0];
    expect(created).toMatchObject({
      name: 'Cafeteira Elétrica',
      description: '',
      price: 199,
      categoria: 'Eletrodoméstico',
    });

    // Visualizar: GET /products/ into a DataFrame.
    const listed = await pythonRequests(port, 'GET', '/products/');
    expect(listed.status).toBe(200);
    expect(asDataFrame(listed.json())).toEqual([created]);

    // Obter detalhes: GET /products/{id}.
    const id = String(created?.id);
    const one = await pythonRequests(port, 'GET', `/products/${id}`);
    expect(one.status).toBe(200);
    expect(asDataFrame(one.json())).toEqual([created]);

    // Atualizar: only the fields the person filled in.
    const update = await pythonRequests(
      port,
      'PUT',
      `/products/${id}`,
      pythonJson({ price: 0, categoria: 'Móveis' }).replace('"price": 0', '"price": 149.9'),
    );
    expect(update.status).toBe(200);
    expect(asDataFrame(update.json())[0]).toMatchObject({
      ...created,
      price: 149.9,
      categoria: 'Móveis',
    });

    // Deletar: success on 200.
    const removed = await pythonRequests(port, 'DELETE', `/products/${id}`);
    expect(removed.status).toBe(200);
    expect(asDataFrame(removed.json())[0]).toMatchObject({ id: created?.id });

    // Not found, as the original: {"detail": "Product not found"}.
    const missing = await pythonRequests(port, 'GET', `/products/${id}`);
    expect(missing.status).toBe(404);
    expect(shownError(missing)).toBe('Product not found');
  });

  it('shows a readable detail when the original client sends a bad value', async () => {
    const answer = await pythonRequests(
      port,
      'POST',
      '/products/',
      pythonJson({
        name: 'Sapato',
        description: 'Couro',
        price: -5,
        categoria: 'Calçados',
        email_fornecedor: 'não-é-email',
      }),
    );
    expect(answer.status).toBe(422);
    const shown = shownError(answer);
    expect(shown).toContain('price');
    expect(shown).toContain('email_fornecedor');
  });
});
