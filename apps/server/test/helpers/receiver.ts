import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got. */
export interface Received {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The body parsed as JSON; undefined when it is not JSON. */
  json: unknown;
  /** The status it was answered. */
  status: number;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Statuses (and bodies) for the next requests, in order; then 200 `{"ok":true}`. */
  queue(...answers: { status: number; body?: string; contentType?: string }[]): void;
  /** Requests that were answered 2xx. */
  accepted(): Received[];
  close(): Promise<void>;
}

/**
 * A local HTTP server standing in for Slack, Telegram, a generic webhook or SNS: it records
 * every request and answers as scripted, so the real senders are tested over real HTTP.
 */
export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const queued: { status: number; body?: string; contentType?: string }[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(body);
      } catch {
        json = undefined;
      }
      const answer = queued.shift() ?? { status: 200, body: '{"ok":true}' };
      received.push({
        method: req.method ?? '',
        path: req.url ?? '/',
        headers: req.headers,
        body,
        json,
        status: answer.status,
      });
      res.writeHead(answer.status, { 'content-type': answer.contentType ?? 'application/json' });
      res.end(answer.body ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    queue: (...answers) => queued.push(...answers),
    accepted: () => received.filter((r) => r.status < 300),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
