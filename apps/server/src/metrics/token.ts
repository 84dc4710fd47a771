import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Whether a scrape may read the metrics: always without METRICS_TOKEN, else only with
 * `Authorization: Bearer <token>` (compared as digests: constant time whatever the lengths).
 */
export function scrapeAllowed(
  token: string | undefined,
): (authorization: string | undefined) => boolean {
  if (token === undefined) return () => true;
  const expected = digest(`Bearer ${token}`);
  return (authorization) => timingSafeEqual(digest(authorization ?? ''), expected);
}

export const TOKEN_NEEDED = '/metrics needs the METRICS_TOKEN in Authorization: Bearer <token>';
