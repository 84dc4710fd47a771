import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSecret, sha256 } from '../../src/team/secrets.js';
import { insertSession } from '../../src/team/sessions.repository.js';
import { createToken, revokeToken } from '../../src/team/tokens.service.js';
import { addUser, changeUser } from '../../src/team/users.service.js';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';
import { expected, PASSWORD, ROUTES, WHO, type Fixture, type Who } from './role-matrix.routes.js';

const TOKEN = 'matrix-test-token-0123456789';
const admin = { authorization: `Bearer ${TOKEN}` };

describeEachDatabase('role matrix', (database) => {
  let app: FastifyInstance;
  const headers = {} as Record<Who, Record<string, string>>;
  const userIds: Partial<Record<Who, number>> = {};
  let n = 0;

  beforeAll(async () => {
    const db = database().db;
    app = await buildTestApp(database(), { API_TOKEN: TOKEN });
    headers.anonymous = {};
    headers.API_TOKEN = admin;
    for (const role of ['viewer', 'editor', 'admin'] as const) {
      const user = await addUser(db, { username: role, password: PASSWORD, role });
      userIds[role] = user.id;
      headers[role] = {
        authorization: `Bearer ${(await createToken(db, user.id, { name: 'matrix', days: 1 })).token}`,
      };
    }
    const editor = await addUser(db, { username: 'revoked', password: PASSWORD, role: 'editor' });
    const revoked = await createToken(db, editor.id, { name: 'old', days: 1 });
    await revokeToken(db, editor.id, revoked.info.id);
    headers['revoked token'] = { authorization: `Bearer ${revoked.token}` };
    const gone = await addUser(db, { username: 'disabled', password: PASSWORD, role: 'admin' });
    const goneToken = await createToken(db, gone.id, { name: 'before', days: 1 });
    await changeUser(db, 'disabled', { disabled: true });
    headers['disabled user'] = { authorization: `Bearer ${goneToken.token}` };
    const secret = newSecret();
    const csrf = newSecret();
    await insertSession(db, {
      id: sha256(secret),
      userId: gone.id - 1,
      csrfHash: sha256(csrf),
      expiresAt: new Date(Date.now() - 1000),
    });
    headers['expired session'] = { cookie: `cais_session=${secret}`, 'x-csrf-token': csrf };
  });
  afterAll(async () => {
    await app.close();
  });

  /** Makes what a request needs, as the shared API_TOKEN (an admin), on demand. */
  const fixture = (): Fixture => {
    const send = async (method: 'POST' | 'DELETE', url: string, payload?: object) => {
      const response = await app.inject({
        method,
        url,
        headers: admin,
        ...(payload && { payload }),
      });
      expect(response.statusCode, response.body).toBeLessThan(300);
      return response.json<{ id: number }>().id;
    };
    const product = () => send('POST', '/products', validProduct);
    const number = n++;
    return {
      n: number,
      product,
      trashed: async () => send('DELETE', `/products/${await product()}`),
      entry: async (id) => {
        const history = await app.inject({ url: `/products/${id}/history`, headers: admin });
        return history.json<{ id: number }[]>()[0]?.id ?? 0;
      },
      tokenOf: async (who) => {
        const id = userIds[who];
        if (id === undefined) return 1;
        return (await createToken(database().db, id, { name: `old ${number}`, days: 1 })).info.id;
      },
      rule: () =>
        send('POST', '/alerts/rules', { name: `r-${number}`, kind: 'stale', threshold: 3 }),
    };
  };

  it('has an entry for every documented operation, and no other', () => {
    const document = app.swagger() as { paths?: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths ?? {}).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(Object.keys(ROUTES).sort()).toEqual(documented.sort());
  });

  for (const [name, route] of Object.entries(ROUTES)) {
    describe(name, () => {
      it.each(WHO)('%s', async (who) => {
        const request = await route.request(fixture(), who);
        const response = await app.inject({
          ...request,
          headers: { ...request.headers, ...headers[who] },
        });
        const want = expected(who, route.needs);
        if (want !== 'allowed') expect(response.statusCode, response.body).toBe(want);
        else if (route.allowed !== undefined) expect(response.statusCode).toBe(route.allowed);
        else expect(response.statusCode, response.body).toBeLessThan(300);
      });
    });
  }

  it('with CATALOG_READS=signed-in, reads need a signed-in role', async () => {
    const closed = await buildTestApp(database(), {
      API_TOKEN: TOKEN,
      CATALOG_READS: 'signed-in',
    });
    try {
      for (const url of ['/products', '/categories', '/products/1', '/products.csv']) {
        expect((await closed.inject({ url })).statusCode).toBe(401);
        const revoked = await closed.inject({ url, headers: headers['revoked token'] });
        expect(revoked.statusCode).toBe(401);
        expect((await closed.inject({ url, headers: headers.viewer })).statusCode).not.toBe(401);
      }
      expect((await closed.inject({ url: '/products', headers: admin })).statusCode).toBe(200);
    } finally {
      await closed.close();
    }
  });
});
