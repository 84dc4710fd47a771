import { api, call } from '../api/client';
import type { NewToken, Token, User, UserChange, UserCreate } from './team.types';

/** Users (admins only) and the signed-in person's own API tokens. */

export const usersKey = ['team', 'users'] as const;
export const tokensKey = ['team', 'tokens'] as const;

export async function listUsers(signal?: AbortSignal): Promise<User[]> {
  return (await call(() => api.GET('/users', signal ? { signal } : {}))).data;
}

export async function addUser(body: UserCreate): Promise<User> {
  return (await call(() => api.POST('/users', { body }))).data;
}

export async function changeUser(username: string, body: UserChange): Promise<User> {
  return (
    await call(() => api.PATCH('/users/{username}', { params: { path: { username } }, body }))
  ).data;
}

export async function listTokens(signal?: AbortSignal): Promise<Token[]> {
  return (await call(() => api.GET('/auth/tokens', signal ? { signal } : {}))).data;
}

export async function createToken(name: string, days: number): Promise<NewToken> {
  return (await call(() => api.POST('/auth/tokens', { body: { name, days } }))).data;
}

export async function revokeToken(id: number): Promise<Token> {
  return (await call(() => api.DELETE('/auth/tokens/{id}', { params: { path: { id } } }))).data;
}
