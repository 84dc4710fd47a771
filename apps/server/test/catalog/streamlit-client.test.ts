import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createToken } from '../../src/team/tokens.service.js';
import { addUser } from '../../src/team/users.service.js';
import { buildTestApp } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';
import {
  asDataFrame,
  pythonJson,
  pythonRequests,
  shownError,
} from '../helpers/streamlit-client.js';

/** The original Streamlit client's requests (test/helpers/streamlit-client.ts) on a fresh catalog. */
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

/** Once people sign in, the same requests with a token added: API_TOKEN or a personal one. */
describeEachDatabase('the original Streamlit client with a token', (database) => {
  const API_TOKEN = 'old-clients-shared-token';
  let app: FastifyInstance;
  let port: number;
  let personal: string;
  beforeAll(async () => {
    app = await buildTestApp(database(), { API_TOKEN });
    const user = await addUser(database().db, {
      username: 'streamlit',
      password: 'a long enough passphrase',
      role: 'editor',
    });
    personal = (await createToken(database().db, user.id, { name: 'streamlit', days: 1 })).token;
    await app.listen({ host: '127.0.0.1', port: 0 });
    port = (app.server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses its writes without a token, with a detail the client shows', async () => {
    const body = pythonJson({ name: 'Mesa', description: '', price: 1, categoria: 'Móveis' });
    const refused = await pythonRequests(port, 'POST', '/products/', body);
    expect(refused.status).toBe(401);
    expect(shownError(refused)).toContain('Authorization: Bearer');
    expect((await pythonRequests(port, 'GET', '/products/')).status).toBe(200);
  });

  it.each(['API_TOKEN', 'a personal token'])(
    'adds, looks up, updates and deletes with %s',
    async (which) => {
      const token = which === 'API_TOKEN' ? API_TOKEN : personal;
      const auth = { Authorization: `Bearer ${token}` };
      const product = {
        name: `Cafeteira ${which}`,
        description: '',
        price: 0,
        categoria: 'Eletrodoméstico',
        email_fornecedor: 'vendas@cafe.com',
      };
      const body = pythonJson(product).replace('"price": 0', '"price": 199.0');
      const create = await pythonRequests(port, 'POST', '/products/', body, auth);
      expect(create.status).toBe(201);
      const created = asDataFrame(create.json())[0];
      const id = String(created?.id);
      const one = await pythonRequests(port, 'GET', `/products/${id}`, undefined, auth);
      expect(asDataFrame(one.json())).toEqual([created]);
      const change = pythonJson({ price: 0 }).replace('"price": 0', '"price": 149.9');
      const update = await pythonRequests(port, 'PUT', `/products/${id}`, change, auth);
      expect(update.status).toBe(200);
      expect(asDataFrame(update.json())[0]).toMatchObject({ price: 149.9 });
      const removed = await pythonRequests(port, 'DELETE', `/products/${id}`, undefined, auth);
      expect(removed.status).toBe(200);
      const missing = await pythonRequests(port, 'GET', `/products/${id}`, undefined, auth);
      expect(shownError(missing)).toBe('Product not found');
    },
  );
});
