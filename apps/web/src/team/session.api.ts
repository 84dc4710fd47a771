import { api, call } from '../api/client';
import type { Me } from './team.types';

/** Signing in and out: the api sets and clears the session and CSRF cookies itself. */

export async function whoAmI(signal?: AbortSignal): Promise<Me> {
  return (await call(() => api.GET('/auth/me', signal ? { signal } : {}))).data;
}

export async function signIn(username: string, password: string): Promise<void> {
  await call(() => api.POST('/auth/sign-in', { body: { username, password } }));
}

export async function signOut(): Promise<void> {
  await call(() => api.POST('/auth/sign-out'));
}

export async function signOutEverywhere(): Promise<number> {
  return (await call(() => api.POST('/auth/sign-out-everywhere'))).data.ended;
}
