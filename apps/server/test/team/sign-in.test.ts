import { sql } from 'drizzle-orm';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { query } from '../helpers/sql.js';
import { THROTTLE } from '../../src/team/sign-in.service.js';
import { addUser } from '../../src/team/users.service.js';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { captureLog } from '../helpers/capture-log.js';
import { describeEachDatabase } from '../helpers/database.js';

const PASSWORD = 'a long secret passphrase';

const cookieOf = (response: LightMyRequestResponse, name: string) =>
  response.cookies.find((c) => c.name === name);

describeEachDatabase('signing in', (database) => {
  const capture = captureLog();
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database(), { SESSION_IDLE_MINUTES: '5' }, capture.log);
    await addUser(database().db, { username: 'ana', password: PASSWORD, role: 'editor' });
    await addUser(database().db, { username: 'bia', password: PASSWORD, role: 'admin' });
  });
  afterAll(async () => {
    await app.close();
  });

  const signIn = async (username: string, password = PASSWORD, address = '10.0.0.1') => {
    const response = await app.inject({
      method: 'POST',
      url: '/auth/sign-in',
      payload: { username, password },
      remoteAddress: address,
    });
    return response;
  };
  const session = async (username: string) => {
    const response = await signIn(username);
    expect(response.statusCode, response.body).toBe(200);
    const secret = cookieOf(response, 'cais_session')?.value ?? '';
    const csrf = response.json<{ csrf_token: string }>().csrf_token;
    return { cookie: `cais_session=${secret}`, csrf, secret };
  };

  it('sets an HttpOnly, SameSite=Strict session cookie and a readable CSRF cookie', async () => {
    const response = await signIn('ana');
    expect(response.statusCode).toBe(200);
    const cookie = cookieOf(response, 'cais_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookieOf(response, 'cais_csrf')?.httpOnly).toBeFalsy();
    expect(response.json()).toMatchObject({ user: { username: 'ana', role: 'editor' } });
  });

  it('marks the cookie Secure behind an HTTPS proxy when TRUST_PROXY is set', async () => {
    const proxied = await buildTestApp(database(), { TRUST_PROXY: 'true' });
    try {
      const response = await proxied.inject({
        method: 'POST',
        url: '/auth/sign-in',
        headers: { 'x-forwarded-proto': 'https' },
        payload: { username: 'ana', password: PASSWORD },
      });
      expect(cookieOf(response, 'cais_session')?.secure).toBe(true);
    } finally {
      await proxied.close();
    }
  });

  it('refuses cookie writes without the CSRF token, and records the user as author', async () => {
    const { cookie, csrf } = await session('ana');
    const create = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: '/products', headers, payload: validProduct });
    for (const headers of [{ cookie }, { cookie, 'x-csrf-token': 'forged' }]) {
      const refused = await create(headers);
      expect(refused.statusCode).toBe(403);
      expect(refused.json()).toMatchObject({ code: 'forbidden' });
    }
    const made = await create({ cookie, 'x-csrf-token': csrf });
    expect(made.statusCode).toBe(201);
    const id = made.json<{ id: number }>().id;
    const history = await app.inject({ url: `/products/${id}/history`, headers: { cookie } });
    expect(history.json<{ actor: string }[]>()[0]?.actor).toBe('ana');
  });

  it('gives the same answer for an unknown user and a wrong password', async () => {
    const unknown = await signIn('nobody', PASSWORD, '10.0.0.2');
    const wrong = await signIn('bia', 'not the password', '10.0.0.2');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json<{ detail: string }>().detail).toBe(wrong.json<{ detail: string }>().detail);
  });

  it('throttles guessing one account with a clear 429, from any address', async () => {
    await query(database().db, sql`delete from sign_in_attempts`);
    for (let i = 0; i < THROTTLE.perAccount; i++) {
      expect((await signIn('bia', `guess ${i}`, `10.1.0.${i}`)).statusCode).toBe(401);
    }
    const blocked = await signIn('bia', PASSWORD, '10.1.1.1');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toMatch(/^\d+$/);
    expect(blocked.json<{ detail: string }>().detail).toMatch(
      /Too many failed sign-ins; try again in \d+ minutes/,
    );
    // The state is in the database, so another api task refuses as well.
    const other = await buildTestApp(database());
    try {
      const elsewhere = await other.inject({
        method: 'POST',
        url: '/auth/sign-in',
        payload: { username: 'bia', password: PASSWORD },
      });
      expect(elsewhere.statusCode).toBe(429);
    } finally {
      await other.close();
    }
    await query(database().db, sql`delete from sign_in_attempts`);
  });

  it('throttles one address guessing many accounts', async () => {
    for (let i = 0; i < THROTTLE.perAddress; i++) {
      await signIn(`user${i}`, 'whatever it is', '10.2.0.1');
    }
    expect((await signIn('ana', PASSWORD, '10.2.0.1')).statusCode).toBe(429);
    expect((await signIn('ana', PASSWORD, '10.2.0.2')).statusCode).toBe(200);
    await query(database().db, sql`delete from sign_in_attempts`);
  });

  it('keeps an active session alive: a request notes it seen once a tenth of the idle time passed', async () => {
    await query(database().db, sql`delete from sessions`);
    const active = await session('ana');
    const seenAgo = async () => {
      const [row] = await query<{ ago: number }>(
        database().db,
        sql`select extract(epoch from now() - last_seen_at)::float8 as ago from sessions`,
      );
      return Number(row?.ago);
    };
    // Idle timeout 5 minutes: seen 20 s ago is fresh enough, 40 s ago (over 30 s) is noted again.
    await query(database().db, sql`update sessions set last_seen_at = now() - interval '20 s'`);
    await app.inject({ url: '/auth/me', headers: { cookie: active.cookie } });
    expect(await seenAgo()).toBeGreaterThanOrEqual(20);
    await query(database().db, sql`update sessions set last_seen_at = now() - interval '40 s'`);
    const me = await app.inject({ url: '/auth/me', headers: { cookie: active.cookie } });
    expect(me.json()).toMatchObject({ name: 'ana', role: 'editor' });
    expect(await seenAgo()).toBeLessThan(5);
    await query(database().db, sql`delete from sessions`);
  });

  it('ends an idle session, and signs out here or everywhere', async () => {
    const idle = await session('ana');
    await query(
      database().db,
      sql`update sessions set last_seen_at = now() - interval '6 minutes'`,
    );
    const expired = await app.inject({ url: '/auth/me', headers: { cookie: idle.cookie } });
    expect(expired.json()).toMatchObject({ role: null });

    const one = await session('ana');
    const two = await session('ana');
    const out = await app.inject({
      method: 'POST',
      url: '/auth/sign-out',
      headers: { cookie: one.cookie, 'x-csrf-token': one.csrf },
    });
    expect(out.statusCode).toBe(204);
    expect((await app.inject({ url: '/trash', headers: { cookie: one.cookie } })).statusCode).toBe(
      401,
    );
    expect((await app.inject({ url: '/trash', headers: { cookie: two.cookie } })).statusCode).toBe(
      200,
    );
    const three = await session('ana');
    const everywhere = await app.inject({
      method: 'POST',
      url: '/auth/sign-out-everywhere',
      headers: { cookie: three.cookie, 'x-csrf-token': three.csrf },
    });
    expect(everywhere.statusCode).toBe(200);
    for (const s of [two, three]) {
      expect((await app.inject({ url: '/trash', headers: { cookie: s.cookie } })).statusCode).toBe(
        401,
      );
    }
  });

  it('creates a personal token shown once, usable, revocable, and never stored or logged', async () => {
    const { cookie, csrf, secret } = await session('ana');
    const created = await app.inject({
      method: 'POST',
      url: '/auth/tokens',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { name: 'import script', days: 7 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { token, info } = created.json<{ token: string; info: { id: number } }>();
    expect(token).toMatch(/^cais_/);
    const bearer = { authorization: `Bearer ${token}` };
    const made = await app.inject({
      method: 'POST',
      url: '/products',
      headers: bearer,
      payload: validProduct,
    });
    expect(made.statusCode).toBe(201);
    const id = made.json<{ id: number }>().id;
    const entries = await app.inject({ url: `/products/${id}/history`, headers: bearer });
    expect(entries.json<{ actor: string }[]>()[0]?.actor).toBe('ana (token "import script")');

    const listed = await app.inject({ url: '/auth/tokens', headers: { cookie } });
    expect(listed.body).not.toContain(token);
    const revoked = await app.inject({
      method: 'DELETE',
      url: `/auth/tokens/${info.id}`,
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(revoked.json()).toMatchObject({ revoked: true });
    const after = await app.inject({
      method: 'POST',
      url: '/products',
      headers: bearer,
      payload: validProduct,
    });
    expect(after.statusCode).toBe(401);

    const stored = JSON.stringify(
      await query(database().db, sql`select * from api_tokens, sessions, users, product_history`),
    );
    const logged = JSON.stringify(capture.lines);
    const admin = await session('bia');
    const csv = (await app.inject({ url: '/history.csv', headers: { cookie: admin.cookie } })).body;
    for (const text of [stored, logged, csv]) {
      for (const secretValue of [token, PASSWORD, secret, csrf]) {
        expect(text).not.toContain(secretValue);
      }
    }
  });
});

describeEachDatabase('the open local default', (database) => {
  it('stays open with no users and no API_TOKEN, and closes once a user exists', async () => {
    const app = await buildTestApp(database());
    try {
      const open = await app.inject({ method: 'POST', url: '/products', payload: validProduct });
      expect(open.statusCode).toBe(201);
      expect((await app.inject('/auth/me')).json()).toMatchObject({
        open: true,
        role: 'admin',
        sign_in: false,
      });
      await addUser(database().db, { username: 'first', password: PASSWORD, role: 'admin' });
      const closed = await app.inject({
        method: 'POST',
        url: '/products',
        payload: validProduct,
      });
      expect(closed.statusCode).toBe(401);
      expect((await app.inject('/products')).statusCode).toBe(200);
      expect((await app.inject('/auth/me')).json()).toMatchObject({
        open: false,
        role: null,
        sign_in: true,
      });
    } finally {
      await app.close();
    }
  });
});
