import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newSecret, sha256 } from '../../src/team/secrets.js';
import { insertSession } from '../../src/team/sessions.repository.js';
import { createToken, revokeToken } from '../../src/team/tokens.service.js';
import { addUser, changeUser } from '../../src/team/users.service.js';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';

const TOKEN = 'matrix-test-token-0123456789';
const admin = { authorization: `Bearer ${TOKEN}` };
const PASSWORD = 'correct horse battery';

type Who =
  | 'anonymous'
  | 'viewer'
  | 'editor'
  | 'admin'
  | 'revoked token'
  | 'expired session'
  | 'disabled user';
const WHO: Who[] = [
  'anonymous',
  'viewer',
  'editor',
  'admin',
  'revoked token',
  'expired session',
  'disabled user',
];
type Needs = 'anyone' | 'viewer' | 'editor' | 'admin';

interface Fixture {
  live: number;
  trashed: number;
  entry: number;
  n: number;
}

/** Every catalog route, what it needs with CATALOG_READS=public, and a request for it. */
const ROUTES: { name: string; needs: Needs; request: (f: Fixture) => InjectOptions }[] = [
  { name: 'GET /products', needs: 'anyone', request: () => ({ url: '/products' }) },
  { name: 'GET /products/{id}', needs: 'anyone', request: (f) => ({ url: `/products/${f.live}` }) },
  { name: 'GET /categories', needs: 'anyone', request: () => ({ url: '/categories' }) },
  {
    name: 'POST /products',
    needs: 'editor',
    request: () => ({ method: 'POST', url: '/products', payload: validProduct }),
  },
  {
    name: 'PUT /products/{id}',
    needs: 'editor',
    request: (f) => ({ method: 'PUT', url: `/products/${f.live}`, payload: { price: 5 } }),
  },
  {
    name: 'PATCH /products/{id}',
    needs: 'editor',
    request: (f) => ({ method: 'PATCH', url: `/products/${f.live}`, payload: { price: 6 } }),
  },
  {
    name: 'DELETE /products/{id}',
    needs: 'editor',
    request: (f) => ({ method: 'DELETE', url: `/products/${f.live}` }),
  },
  {
    name: 'GET /products/{id}/history',
    needs: 'viewer',
    request: (f) => ({ url: `/products/${f.live}/history` }),
  },
  {
    name: 'POST /products/{id}/history/{entry}/restore',
    needs: 'editor',
    request: (f) => ({ method: 'POST', url: `/products/${f.live}/history/${f.entry}/restore` }),
  },
  { name: 'GET /trash', needs: 'editor', request: () => ({ url: '/trash' }) },
  {
    name: 'POST /products/{id}/restore',
    needs: 'editor',
    request: (f) => ({ method: 'POST', url: `/products/${f.trashed}/restore` }),
  },
  {
    name: 'DELETE /trash/{id}',
    needs: 'admin',
    request: (f) => ({ method: 'DELETE', url: `/trash/${f.trashed}` }),
  },
  { name: 'GET /history.csv', needs: 'admin', request: () => ({ url: '/history.csv' }) },
  { name: 'GET /users', needs: 'admin', request: () => ({ url: '/users' }) },
  {
    name: 'POST /users',
    needs: 'admin',
    request: (f) => ({
      method: 'POST',
      url: '/users',
      payload: { username: `new-${f.n}`, password: PASSWORD, role: 'viewer' },
    }),
  },
  {
    name: 'PATCH /users/{username}',
    needs: 'admin',
    request: () => ({ method: 'PATCH', url: '/users/viewer', payload: { role: 'viewer' } }),
  },
];

const RANK: Record<Needs, number> = { anyone: 0, viewer: 1, editor: 2, admin: 3 };

function expected(who: Who, needs: Needs): number | 'ok' {
  if (needs === 'anyone') return 'ok';
  if (who === 'viewer' || who === 'editor' || who === 'admin') {
    return RANK[who] >= RANK[needs] ? 'ok' : 403;
  }
  return 401;
}

describeEachDatabase('role matrix', (database) => {
  let app: FastifyInstance;
  const headers = {} as Record<Who, Record<string, string>>;
  let n = 0;

  beforeAll(async () => {
    const db = database().db;
    app = await buildTestApp(database(), { API_TOKEN: TOKEN });
    headers.anonymous = {};
    for (const role of ['viewer', 'editor', 'admin'] as const) {
      const user = await addUser(db, { username: role, password: PASSWORD, role });
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

  const fixture = async (): Promise<Fixture> => {
    const make = async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/products',
        headers: admin,
        payload: validProduct,
      });
      return response.json<{ id: number }>().id;
    };
    const live = await make();
    const trashed = await make();
    await app.inject({ method: 'DELETE', url: `/products/${trashed}`, headers: admin });
    const history = await app.inject({ url: `/products/${live}/history`, headers: admin });
    const entry = history.json<{ id: number }[]>()[0]?.id ?? 0;
    return { live, trashed, entry, n: n++ };
  };

  for (const route of ROUTES) {
    describe(route.name, () => {
      it.each(WHO)('%s', async (who) => {
        const request = route.request(await fixture());
        const response = await app.inject({
          ...request,
          headers: { ...request.headers, ...headers[who] },
        });
        const want = expected(who, route.needs);
        if (want === 'ok') expect(response.statusCode, response.body).toBeLessThan(300);
        else expect(response.statusCode, response.body).toBe(want);
      });
    });
  }

  it('with CATALOG_READS=signed-in, reads need a signed-in role', async () => {
    const closed = await buildTestApp(database(), {
      API_TOKEN: TOKEN,
      CATALOG_READS: 'signed-in',
    });
    try {
      for (const url of ['/products', '/categories', '/products/1']) {
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
