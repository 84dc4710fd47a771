import type { RoutePlugin } from '../http/validated.js';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { json, problems } from '../http/openapi.js';
import {
  UserChangeSchema,
  UserCreateSchema,
  UserSchema,
  UsernameParamsSchema,
} from './team.schema.js';
import * as users from './users.service.js';

const tags = ['users'];
const SECURITY = [{ bearerAuth: [] }, { cookieAuth: [] }];
const denied = {
  401: 'Not signed in',
  403: 'Not an admin, or a cookie write without X-CSRF-Token',
};

/** Managing people: admins only. */
export const userRoutes: RoutePlugin<{ db: Database }> = async (app, { db }) => {
  app.get(
    '/users',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        operationId: 'listUsers',
        summary: 'List the users',
        security: SECURITY,
        response: { 200: json('Every user', Type.Array(UserSchema)), ...problems(denied) },
      },
    },
    () => users.listUsers(db),
  );

  app.post(
    '/users',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        operationId: 'createUser',
        summary: 'Add a user',
        security: SECURITY,
        body: UserCreateSchema,
        response: {
          201: json('The new user', UserSchema),
          ...problems({
            ...denied,
            400: 'The body is not valid JSON',
            409: 'A user already has this name',
            415: 'The body is not JSON',
            422: 'A field is invalid',
          }),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await users.addUser(db, request.body)),
  );

  app.patch(
    '/users/:username',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        operationId: 'changeUser',
        summary: "Change a user's role, password or disabled state",
        description: 'A new password or disabling ends the user’s sessions.',
        security: SECURITY,
        params: UsernameParamsSchema,
        body: UserChangeSchema,
        response: {
          200: json('The user', UserSchema),
          ...problems({
            ...denied,
            400: 'The body is not valid JSON',
            404: 'No user has this name',
            415: 'The body is not JSON',
            422: 'A field is invalid',
          }),
        },
      },
    },
    (request) => users.changeUser(db, request.params.username, request.body),
  );
};
