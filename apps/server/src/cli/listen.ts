import type { FastifyInstance } from 'fastify';
import { UsageError } from './context.js';

/** Listens, turning the common failures into messages that name the setting to change. */
export async function listen(
  app: FastifyInstance,
  host: string,
  port: number,
  portVariable: string,
): Promise<string> {
  try {
    return await app.listen({ host, port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new UsageError(
        `Port ${port} on ${host} is already in use: stop the other process or set ${portVariable}`,
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new UsageError(`Cannot listen on ${host} (HOST): no such local address`);
    }
    throw error;
  }
}
