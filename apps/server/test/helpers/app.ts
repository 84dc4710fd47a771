import type { FastifyInstance, InjectOptions, LightMyRequestResponse as Response } from 'fastify';
import { pino, type Logger } from 'pino';
import { loadConfig } from '../../src/config/config.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { buildApp } from '../../src/http/app.js';
import type { Metrics } from '../../src/metrics/registry.js';
import { checkResponsesAgainstOpenApi } from './openapi-responses.js';

/**
 * The real app on a test database; `env` overrides the configuration as variables would. Every
 * response it gives is checked against its own /openapi.json: `inject` throws at the first
 * disagreement, and `close` throws if a response over a real connection disagreed.
 */
export async function buildTestApp(
  database: DatabaseHandle,
  env: Record<string, string> = {},
  log: Logger = pino({ level: 'silent' }),
  metrics?: Metrics,
): Promise<FastifyInstance> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ config, database, log, metrics });
  const responses = checkResponsesAgainstOpenApi(app);
  app.addHook('onClose', async () => {
    responses.assertNone();
  });
  await app.ready();
  const inject = app.inject.bind(app) as (options: InjectOptions | string) => Promise<Response>;
  return Object.assign(app, {
    inject: async (options: InjectOptions | string) => {
      const response = await inject(options);
      responses.assertNone();
      return response;
    },
  });
}

export const validProduct = {
  name: 'Geladeira Frost Free 400 L',
  description: 'Duas portas, inox',
  price: 3899.9,
  categoria: 'Eletrodoméstico',
  email_fornecedor: 'vendas@fornecedor.com.br',
};
