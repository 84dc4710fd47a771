import { describe, expect, it } from 'vitest';
import { permissionsOf } from '../src/team/session';
import type { Me, Role } from '../src/team/team.types';

const user = (role: Role) => ({
  id: 1,
  username: 'ana',
  role,
  disabled: false,
  created_at: '2026-01-01T00:00:00.000Z',
});
const signedIn = (role: Role): Me => ({
  name: 'ana',
  role,
  user: user(role),
  open: false,
  sign_in: true,
});

describe('what the UI offers by role', () => {
  it('offers everything in the open local default, as before', () => {
    const can = permissionsOf({
      name: 'anonymous',
      role: 'admin',
      user: null,
      open: true,
      sign_in: false,
    });
    expect(can).toMatchObject({
      edit: true,
      admin: true,
      history: true,
      signIn: false,
      apiToken: false,
    });
  });

  it('keeps writes (behind the token prompt) with only API_TOKEN, and no users', () => {
    const can = permissionsOf({
      name: 'anonymous',
      role: null,
      user: null,
      open: false,
      sign_in: false,
    });
    expect(can).toMatchObject({ edit: true, admin: false, history: false, apiToken: true });
  });

  it('offers everything once the API_TOKEN given in this tab is accepted (an admin)', () => {
    const can = permissionsOf({
      name: 'API_TOKEN',
      role: 'admin',
      user: null,
      open: false,
      sign_in: false,
    });
    expect(can).toMatchObject({ edit: true, admin: true, history: true, apiToken: true });
  });

  it('offers only reading to an anonymous visitor where people sign in', () => {
    const can = permissionsOf({
      name: 'anonymous',
      role: null,
      user: null,
      open: false,
      sign_in: true,
    });
    expect(can).toMatchObject({
      edit: false,
      admin: false,
      history: false,
      signIn: true,
      apiToken: false,
    });
  });

  it('ranks viewer, editor and admin', () => {
    expect(permissionsOf(signedIn('viewer'))).toMatchObject({
      edit: false,
      history: true,
      admin: false,
    });
    expect(permissionsOf(signedIn('editor'))).toMatchObject({
      edit: true,
      history: true,
      admin: false,
    });
    expect(permissionsOf(signedIn('admin'))).toMatchObject({
      edit: true,
      history: true,
      admin: true,
    });
  });

  it('offers what it always did until the api answers', () => {
    expect(permissionsOf(undefined)).toMatchObject({ edit: true, admin: false });
  });
});
