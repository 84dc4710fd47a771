import type { Database } from '../db/client.js';
import { AppError } from '../http/app-error.js';
import { newSecret, sha256, TOKEN_PREFIX } from './secrets.js';
import * as tokens from './tokens.repository.js';

/** Personal API tokens: created (shown once), listed, revoked. */

export const MAX_TOKEN_DAYS = 366;

export async function createToken(
  db: Database,
  userId: number,
  request: { name: string; days: number },
): Promise<{ token: string; info: tokens.TokenInfo }> {
  const token = newSecret(TOKEN_PREFIX);
  const info = await tokens.insertToken(db, {
    userId,
    name: request.name,
    hash: sha256(token),
    expiresAt: new Date(Date.now() + request.days * 24 * 3600 * 1000),
  });
  return { token, info };
}

export const listTokens = (db: Database, userId: number) => tokens.listTokens(db, userId);

export async function revokeToken(
  db: Database,
  userId: number,
  id: number,
): Promise<tokens.TokenInfo> {
  const info = await tokens.revokeToken(db, userId, id);
  if (!info) throw new AppError('not_found', 'You have no token with this id');
  return info;
}
