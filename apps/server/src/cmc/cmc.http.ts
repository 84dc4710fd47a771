import { CmcResponseError } from './cmc.errors.js';

/** The body as text, refused once it passes `max` bytes (declared or received). */
export async function readCapped(response: Response, max: number): Promise<string> {
  const tooLarge = () =>
    new CmcResponseError(
      `CoinMarketCap's response is larger than ${max / 1024 / 1024} MiB: refused, nothing kept`,
    );
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > max) {
    await response.body?.cancel();
    throw tooLarge();
  }
  if (!response.body) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader: ReadableStreamDefaultReader<Uint8Array> = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  // As Response.text() decodes: UTF-8, a BOM dropped.
  return new TextDecoder().decode(Buffer.concat(chunks));
}

export function describeNetworkError(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error as Error).message;
}
