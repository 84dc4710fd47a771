import type { operations } from '../api/openapi.generated';

/** The team's api types, named: derived from the generated OpenAPI types. */
export type Me = operations['whoAmI']['responses'][200]['content']['application/json'];
export type User = operations['listUsers']['responses'][200]['content']['application/json'][number];
export type Role = User['role'];
export type UserCreate = NonNullable<
  operations['createUser']['requestBody']
>['content']['application/json'];
export type UserChange = NonNullable<
  operations['changeUser']['requestBody']
>['content']['application/json'];
export type Token =
  operations['listTokens']['responses'][200]['content']['application/json'][number];
export type NewToken = operations['createToken']['responses'][201]['content']['application/json'];

export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];
