import swagger from '@fastify/swagger';
import Fastify, { type FastifySchema } from 'fastify';
import { describe, expect, it } from 'vitest';
import { checkResponsesAgainstOpenApi } from '../helpers/openapi-responses.js';

const schema: FastifySchema = {
  response: {
    200: {
      description: 'A thing',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            properties: { n: { type: 'integer', minimum: 1 } },
            required: ['n'],
          },
        },
      },
    },
  },
};

/** The guard every test app carries: it must see a response that strays from the document. */
describe('the OpenAPI response check', () => {
  it('reports an undocumented status, media type or a body off its schema', async () => {
    const app = Fastify();
    await app.register(swagger, {
      openapi: { openapi: '3.1.0', info: { title: 't', version: '1' } },
    });
    app.get('/things/:id', { schema }, async (request, reply) => {
      const { id } = request.params as { id: string };
      if (id === 'teapot') return reply.code(418).send({ n: 1 });
      if (id === 'text') return reply.type('text/plain').send('1');
      return { n: Number(id) };
    });
    const { violations } = checkResponsesAgainstOpenApi(app);
    await app.ready();
    for (const id of ['1', '0', 'teapot', 'text']) await app.inject({ url: `/things/${id}` });
    expect(violations).toEqual([
      expect.stringMatching(/^GET \/things\/0 -> 200: the body does not match .*n must be >= 1/),
      expect.stringMatching(/^GET \/things\/teapot -> 418: status 418 is not documented/),
      expect.stringMatching(/^GET \/things\/text -> 200: media type text\/plain is not documented/),
    ]);
    await app.close();
  });
});
