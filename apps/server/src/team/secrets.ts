import { createHash, randomBytes } from 'node:crypto';

/** Session cookies and tokens are random; only their SHA-256 is stored. */
export const sha256 = (value: string): string =>
  createHash('sha256').update(value).digest('base64url');

/** 32 random bytes; personal tokens carry the `cais_` prefix so they are easy to spot in a leak. */
export const newSecret = (prefix = ''): string => prefix + randomBytes(32).toString('base64url');

export const TOKEN_PREFIX = 'cais_';
