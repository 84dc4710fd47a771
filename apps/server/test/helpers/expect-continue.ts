import { request as httpRequest } from 'node:http';

/**
 * A POST as curl sends a large body: headers with `Expect: 100-continue` first, the body once the
 * server says continue (or after a second without an answer, as curl does).
 */
export function postExpectingContinue(
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; contentType: string; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      method: 'POST',
      headers: {
        ...headers,
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        expect: '100-continue',
      },
    });
    let sent = false;
    const send = () => {
      if (sent) return;
      sent = true;
      request.end(body);
    };
    const fallback = setTimeout(send, 1000);
    request.on('continue', send);
    request.on('error', reject);
    request.on('response', (response) => {
      clearTimeout(fallback);
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({
          status: response.statusCode ?? 0,
          contentType: response.headers['content-type'] ?? '',
          body: Buffer.concat(chunks).toString(),
        });
      });
      // A final answer before the body: the body is not sent (the server did not ask for it).
      if (!sent) {
        sent = true;
        request.destroy();
      }
    });
  });
}
