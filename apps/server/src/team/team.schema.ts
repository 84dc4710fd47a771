import Type from 'typebox';
import { Defaulted } from '../http/validated.js';
import { USER_ROLES } from './roles.js';

const RoleSchema = Type.Enum(USER_ROLES, {
  type: 'string',
  description:
    '`viewer` reads; `editor` also changes products and the trash; `admin` also manages users and purges',
});

export const UserSchema = Type.Object(
  {
    id: Type.Integer(),
    username: Type.String(),
    role: RoleSchema,
    disabled: Type.Boolean({ description: 'A disabled user cannot sign in; their tokens stop' }),
    created_at: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);

const Username = Type.String({
  minLength: 1,
  maxLength: 64,
  pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
  'x-messages': { pattern: 'must be letters, digits, dots, dashes or underscores' },
  description: 'Sign-in name (kept in lower case)',
});
const Password = Type.String({
  minLength: 12,
  maxLength: 1024,
  description: 'At least 12 characters; stored only as a scrypt hash',
});

export const SignInSchema = Type.Object(
  {
    username: Type.String({ minLength: 1, maxLength: 64 }),
    password: Type.String({ maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const SessionSchema = Type.Object({
  user: UserSchema,
  csrf_token: Type.String({
    description: 'Send it back in X-CSRF-Token with every write (also in the cais_csrf cookie)',
  }),
  expires_at: Type.String({ format: 'date-time', description: 'Absolute end of the session' }),
});

export const MeSchema = Type.Object({
  name: Type.String({ description: 'As recorded in the history' }),
  role: Type.Union([RoleSchema, Type.Null()], { description: 'null: not signed in' }),
  user: Type.Union([UserSchema, Type.Null()]),
  open: Type.Boolean({
    description: 'true while no user and no API_TOKEN exist: the local default, open to anyone',
  }),
  sign_in: Type.Boolean({
    description:
      'true once a user exists: people sign in (POST /auth/sign-in) rather than paste API_TOKEN',
  }),
});

export const UserCreateSchema = Type.Object(
  { username: Username, password: Password, role: RoleSchema },
  { additionalProperties: false },
);

export const UserChangeSchema = Type.Object(
  {
    role: Type.Optional(RoleSchema),
    password: Type.Optional(Password),
    disabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const UsernameParamsSchema = Type.Object({ username: Username });

export const TokenSchema = Type.Object(
  {
    id: Type.Integer(),
    name: Type.String(),
    created_at: Type.String({ format: 'date-time' }),
    expires_at: Type.String({ format: 'date-time' }),
    revoked: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const TokenCreateSchema = Type.Object(
  {
    name: Type.String({
      minLength: 1,
      maxLength: 100,
      pattern: '\\S',
      description: 'What it is for',
    }),
    days: Defaulted(
      Type.Integer({ minimum: 1, maximum: 366, default: 90, description: 'Days until it expires' }),
    ),
  },
  { additionalProperties: false },
);

export const NewTokenSchema = Type.Object({
  token: Type.String({ description: 'Shown this once; only its hash is kept' }),
  info: TokenSchema,
});

export const TokenParamsSchema = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }),
});
