import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { addUser } from '../../src/team/users.service.js';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';

const PASSWORD = 'a long secret passphrase';

/**
 * What the infra test (infra/test/team-sessions.test.ts) relies on: with no sticky sessions, a
 * browser's requests land on any api task, so a session must be whatever the database says.
 */
describeEachDatabase('a session across two api tasks', (database) => {
  let one: FastifyInstance;
  let two: FastifyInstance;
  beforeAll(async () => {
    [one, two] = [await buildTestApp(database()), await buildTestApp(database())];
    await addUser(database().db, { username: 'ana', password: PASSWORD, role: 'editor' });
  });
  afterAll(async () => {
    await one.close();
    await two.close();
  });

  it('signs in on one task, writes through the other, and signs out on either', async () => {
    const signedIn = await one.inject({
      method: 'POST',
      url: '/auth/sign-in',
      payload: { username: 'ana', password: PASSWORD },
    });
    expect(signedIn.statusCode).toBe(200);
    const secret = signedIn.cookies.find((c) => c.name === 'cais_session')?.value ?? '';
    const cookie = `cais_session=${secret}`;
    const csrf = signedIn.json<{ csrf_token: string }>().csrf_token;

    const me = await two.inject({ url: '/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ name: 'ana', role: 'editor' });
    const created = await two.inject({
      method: 'POST',
      url: '/products',
      headers: { cookie, 'x-csrf-token': csrf },
      payload: validProduct,
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: number }>().id;
    const history = await one.inject({ url: `/products/${id}/history`, headers: { cookie } });
    expect(history.json<{ actor: string }[]>().map((e) => e.actor)).toEqual(['ana']);

    const out = await two.inject({
      method: 'POST',
      url: '/auth/sign-out',
      headers: { cookie, 'x-csrf-token': csrf },
    });
    expect(out.statusCode).toBe(204);
    const after = await one.inject({
      method: 'PATCH',
      url: `/products/${id}`,
      headers: { cookie, 'x-csrf-token': csrf },
      payload: { price: 1 },
    });
    expect(after.statusCode).toBe(401);
  });
});
