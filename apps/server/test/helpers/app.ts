import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { loadConfig } from '../../src/config/config.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { buildApp } from '../../src/http/app.js';

/** The real app on a test database; `env` overrides the configuration as variables would. */
export async function buildTestApp(
  database: DatabaseHandle,
  env: Record<string, string> = {},
): Promise<FastifyInstance> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  const app = await buildApp({ config, database, log: pino({ level: 'silent' }) });
  await app.ready();
  return app;
}

export const validProduct = {
  name: 'Geladeira Frost Free 400 L',
  description: 'Duas portas, inox',
  price: 3899.9,
  categoria: 'Eletrodoméstico',
  email_fornecedor: 'vendas@fornecedor.com.br',
};
